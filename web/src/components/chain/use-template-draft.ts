import { useState } from 'react';
import type { TemplateDraft } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { templateEditorText } from '../../i18n/template-editor.ts';
import { submitTemplate, type TemplateProblem } from './template-draft.ts';

export type EditorMode = 'form' | 'json';

type Parsed = { ok: true; value: unknown } | { ok: false; problem: TemplateProblem };

/** Parses the JSON view's text, or answers the parser's complaint as a problem. */
function parsed(text: string | null, say: (reason: string) => string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text ?? '') as unknown };
  } catch (e) {
    return { ok: false, problem: { node: 'JSON', reason: say((e as Error).message) } };
  }
}

/**
 * The state of a template being edited: the object the form edits, the text
 * the JSON view edits, which of the two is shown, and what the last check or
 * save said. Switching views carries the edits across; broken JSON stays put
 * with the parser's reason.
 */
export function useTemplateDraft(onSaved: (id: string) => void) {
  const tt = useDictionary(chainText);
  const te = useDictionary(templateEditorText);
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [mode, setMode] = useState<EditorMode>('form');
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const open = (t: TemplateDraft) => {
    setDraft(t);
    setText(JSON.stringify(t, null, 2));
    setProblems([]);
    setNote(null);
  };
  const close = () => {
    setDraft(null);
    setText(null);
  };
  const switchTo = (m: EditorMode) => {
    if (m === mode) return;
    setProblems([]);
    if (m === 'json') setText(JSON.stringify(draft, null, 2));
    else {
      const p = parsed(text, (reason) => te('jsonBroken', { reason }));
      if (!p.ok) return setProblems([p.problem]);
      setDraft(p.value as TemplateDraft);
    }
    setMode(m);
  };
  const submit = async (dryRun: boolean) => {
    setProblems([]);
    setNote(null);
    const body: Parsed = mode === 'json' ? parsed(text, (r) => r) : { ok: true, value: draft };
    if (!body.ok) return setProblems([body.problem]);
    const outcome = await submitTemplate(body.value, dryRun);
    if (outcome.kind === 'valid') setNote(tt('editorValid'));
    else if (outcome.kind === 'problems') setProblems(outcome.problems);
    else {
      close();
      onSaved(outcome.id);
    }
  };
  return { draft, setDraft, text, setText, mode, problems, note, open, close, switchTo, submit };
}
