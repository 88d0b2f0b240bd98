import { useState } from 'react';
import {
  importsApi,
  type ImportAnswer,
  type HeldCandidate,
  type ImportKind,
  type Reviewed,
} from '../../api/imports.ts';
import { useImportProgress } from './use-import-progress.ts';

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
  // A person's decisions on the rows held for review, sent with the preview and the commit.
  const [reviewed, setReviewed] = useState<Reviewed>({});
  // Every row held in a preview of this file: it stays listed once decided (and no longer held).
  const [held, setHeld] = useState<HeldCandidate[]>([]);
  const tracker = useImportProgress();
  const settle = () => {
    tracker.end();
    setBusy(null);
  };

  const run = (f: File, m: Mapping | undefined, decisions: Reviewed = reviewed) => {
    setBusy('preview');
    setError(null);
    setDone(null);
    importsApi
      .upload(f, kind, 'preview', m, false, decisions, tracker.begin())
      .then((p) => {
        setPreview(p);
        const queued = p.resolution?.queued ?? [];
        setHeld((was) => withQueued(was, queued));
        setMap(p.mapping);
      })
      .catch((e: Error) => setError(e.message))
      .finally(settle);
  };
  const pick = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setPreview(null);
    setReviewed({});
    setHeld([]);
    run(f, undefined, {});
  };
  const commit = (skipInvalid: boolean) => {
    if (!file) return;
    setBusy('commit');
    setError(null);
    importsApi
      .upload(file, kind, 'commit', map, skipInvalid, reviewed, tracker.begin())
      .then((r) => {
        setDone(r);
        onImported?.();
      })
      .catch((e: Error) => setError(e.message))
      .finally(settle);
  };
  const fieldOf = (column: string) => Object.entries(map).find(([, h]) => h === column)?.[0] ?? '';
  const setField = (column: string, field: string) => setMap(withField(map, column, field));
  const repreview = () => file && run(file, map);
  /** Decide a held row: 'new', an organisation's id, or '' to keep it held. */
  const decide = (row: number, decision: string) => {
    const next = { ...reviewed };
    if (decision) next[row] = decision;
    else delete next[row];
    setReviewed(next);
  };

  return {
    kind,
    setKind,
    file,
    preview,
    busy,
    progress: tracker.progress,
    error,
    done,
    pick,
    commit,
    fieldOf,
    setField,
    repreview,
    reviewed,
    held,
    decide,
  };
}

/** The rows held so far, a new preview's held rows replacing the same rows, by row. */
function withQueued(was: HeldCandidate[], queued: HeldCandidate[]): HeldCandidate[] {
  const rows = new Set(queued.map((q) => q.row));
  return [...was.filter((h) => !rows.has(h.row)), ...queued].sort((a, b) => a.row - b.row);
}

/** The mapping with a column given to a field (and to no other; '' maps it to none). */
function withField(map: Mapping, column: string, field: string): Mapping {
  const next = Object.fromEntries(
    Object.entries(map).filter(([f, h]) => h !== column && f !== field),
  );
  if (field) next[field] = column;
  return next;
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
