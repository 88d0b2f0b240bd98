import { useState } from 'react';
import { importsApi, type ImportAnswer, type ImportKind } from '../../api/imports.ts';

type Mapping = Record<string, string>;

/**
 * The import wizard's state: the kind, the file, its preview and the header
 * mapping being edited, and the committed answer. Nothing is written before
 * commit; the file and the chosen mapping stay while the person fixes things.
 */
export function useImportWizard(onImported?: () => void) {
  const [kind, setKind] = useState<ImportKind>('organizations');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [map, setMap] = useState<Mapping>({});
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportAnswer | null>(null);

  const run = (f: File, m: Mapping | undefined) => {
    setBusy('preview');
    setError(null);
    setDone(null);
    importsApi
      .upload(f, kind, 'preview', m)
      .then((p) => {
        setPreview(p);
        setMap(p.mapping);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(null));
  };
  const pick = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setPreview(null);
    run(f, undefined);
  };
  const commit = (skipInvalid: boolean) => {
    if (!file) return;
    setBusy('commit');
    setError(null);
    importsApi
      .upload(file, kind, 'commit', map, skipInvalid)
      .then((r) => {
        setDone(r);
        onImported?.();
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(null));
  };
  const fieldOf = (column: string) => Object.entries(map).find(([, h]) => h === column)?.[0] ?? '';
  const setField = (column: string, field: string) => {
    const next = Object.fromEntries(
      Object.entries(map).filter(([f, h]) => h !== column && f !== field),
    );
    if (field) next[field] = column;
    setMap(next);
  };
  const repreview = () => file && run(file, map);

  return {
    kind,
    setKind,
    file,
    preview,
    busy,
    error,
    done,
    pick,
    commit,
    fieldOf,
    setField,
    repreview,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
