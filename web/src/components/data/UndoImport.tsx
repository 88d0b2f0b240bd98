import { useState } from 'react';
import type { UndoImportAnswer } from '../../../../src/contract/history.ts';
import { importsApi } from '../../api/imports.ts';
import { ApiFailure } from '../../http.ts';
import { undoImportText } from '../../i18n/undo-import.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';

type Step =
  | { at: 'idle' }
  | { at: 'checking' }
  | { at: 'confirm'; what: UndoImportAnswer }
  | { at: 'undoing'; what: UndoImportAnswer }
  | { at: 'done'; what: UndoImportAnswer }
  | { at: 'refused'; why: ApiFailure | Error };

type Tt = (key: keyof typeof undoImportText.en, vars?: Record<string, string | number>) => string;

const REASONS = ['undone', 'changed', 'referred', 'kind'] as const;

/** Counts as the dictionary's texts take them, in the language's digits. */
function counts(w: UndoImportAnswer, locale: string) {
  const f = (n: number) => n.toLocaleString(locale);
  return {
    organizations: f(w.organizations),
    figures: f(w.figures),
    links: f(w.links),
    changes: f(w.changes),
  };
}

/**
 * "Undo this import" on a row of the imports made: first what the undo
 * would remove (nothing written), a confirm step naming the counts, then
 * the undo; a refusal is said in words (why, and what to do).
 */
export function UndoImport(props: {
  id: string;
  file: string;
  kindName: string;
  onUndone: () => void;
}) {
  const tt = useDictionary(undoImportText);
  const { lang: locale } = useLang();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const fail = (e: unknown) =>
    setStep({ at: 'refused', why: e instanceof Error ? e : new Error(String(e)) });
  const check = () => {
    setStep({ at: 'checking' });
    importsApi.undoPreview(props.id).then((what) => setStep({ at: 'confirm', what }), fail);
  };
  const undo = (what: UndoImportAnswer) => {
    setStep({ at: 'undoing', what });
    importsApi.undo(props.id).then((done) => {
      setStep({ at: 'done', what: done });
      props.onUndone();
    }, fail);
  };
  if (step.at === 'done')
    return (
      <p role="status" data-testid="undo-import-done">
        {tt('done', counts(step.what, locale))}
      </p>
    );
  if (step.at === 'confirm' || step.at === 'undoing')
    return (
      <div
        role="alertdialog"
        aria-labelledby={`undo-${props.id}`}
        data-testid="undo-import-confirm"
      >
        <p id={`undo-${props.id}`}>
          <strong>{tt('confirmTitle', { file: props.file })}</strong>
        </p>
        <p>{tt('removes', counts(step.what, locale))}</p>
        <button
          type="button"
          data-testid="undo-import-yes"
          disabled={step.at === 'undoing'}
          onClick={() => undo(step.what)}
        >
          {step.at === 'undoing' ? tt('undoing') : tt('confirm')}
        </button>{' '}
        <button type="button" onClick={() => setStep({ at: 'idle' })}>
          {tt('cancel')}
        </button>
      </div>
    );
  return (
    <>
      <button
        type="button"
        data-testid="undo-import"
        disabled={step.at === 'checking'}
        onClick={check}
      >
        {step.at === 'checking' ? tt('checking') : tt('undo')}
      </button>
      {step.at === 'refused' ? (
        <p role="alert" data-testid="undo-import-refused">
          {tt('refused')}
          {refusal(tt, step.why, props.kindName)}
        </p>
      ) : null}
    </>
  );
}

/** Why the undo is refused, in words: the catalogue's reason with its numbers. */
function refusal(tt: Tt, e: ApiFailure | Error, kindName: string): string {
  if (!(e instanceof ApiFailure)) return tt('reason.other', { message: e.message });
  const d = e.body.details as Record<string, unknown>;
  const reason = REASONS.find((r) => r === d.reason);
  if (reason === 'kind') return tt('reason.kind', { kind: kindName });
  if (reason) {
    const vars = Object.fromEntries(
      Object.entries(d).filter((x): x is [string, number] => typeof x[1] === 'number'),
    );
    return tt(`reason.${reason}`, vars);
  }
  if (e.body.code === 'ATLAS_E_NOT_FOUND') return tt('reason.missing');
  return tt('reason.other', { message: e.body.message });
}
