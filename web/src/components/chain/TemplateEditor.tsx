import { useState } from 'react';
import type { ChainTemplate } from '../../api/chain.ts';
import { send } from '../../http.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { templateEditorText } from '../../i18n/template-editor.ts';
import { TemplateForm } from './TemplateForm.tsx';

/** 1.0.0 → 1.0.1; anything else gets ".1" appended. */
export function nextVersion(v: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : `${v}.1`;
}

/** Where "new template" starts: one node citing one source, to be filled in. */
const NEW_TEMPLATE: ChainTemplate = {
  id: 'my-chain',
  version: '1.0.0',
  nameZh: '新产业链',
  nameEn: 'New chain',
  sources: [{ id: 's1', citation: '（填写依据）', verified: false }],
  nodes: [
    {
      id: 'node-1',
      nameZh: '环节一',
      nameEn: 'Node one',
      stage: 'midstream',
      fourBases: 'none',
      source: 's1',
    },
  ],
  edges: [],
};

interface Problem {
  node: string;
  reason: string;
}

/**
 * Edits a template, saved as a new version: in a form (names, stages,
 * parents, four-bases class, codes, keywords, links) or, for power users, as
 * its JSON (every field of the format, documented in data/chains/README.md).
 * The server checks it first and names the node and the reason of each
 * problem; nothing is stored until it passes. "New template" starts from a
 * one-node skeleton.
 */
export function TemplateEditor(props: { template: ChainTemplate; onSaved: (id: string) => void }) {
  const tt = useDictionary(chainText);
  const te = useDictionary(templateEditorText);
  // The template being edited: an object in the form, a text in the JSON view.
  const [draft, setDraft] = useState<ChainTemplate | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const open = (t: ChainTemplate) => {
    setDraft(t);
    setText(JSON.stringify(t, null, 2));
    setProblems([]);
    setNote(null);
  };
  const close = () => {
    setDraft(null);
    setText(null);
  };
  const switchTo = (m: 'form' | 'json') => {
    if (m === mode) return;
    setProblems([]);
    if (m === 'json') setText(JSON.stringify(draft, null, 2));
    else {
      try {
        setDraft(JSON.parse(text ?? '') as ChainTemplate);
      } catch (e) {
        setProblems([{ node: 'JSON', reason: te('jsonBroken', { reason: (e as Error).message }) }]);
        return;
      }
    }
    setMode(m);
  };
  const submit = async (dryRun: boolean) => {
    setProblems([]);
    setNote(null);
    let body: unknown = draft;
    if (mode === 'json')
      try {
        body = JSON.parse(text ?? '');
      } catch (e) {
        setProblems([{ node: 'JSON', reason: (e as Error).message }]);
        return;
      }
    try {
      if (dryRun) {
        const r = await send<{ valid: boolean; problems: Problem[] }>(
          'POST',
          '/api/chains?dryRun=true',
          body,
        );
        if (r.valid) setNote(tt('editorValid'));
        else setProblems(r.problems);
        return;
      }
      const saved = await send<ChainTemplate>('POST', '/api/chains', body);
      close();
      props.onSaved(saved.id);
    } catch (e) {
      const details = (e as { body?: { details?: { problems?: Problem[] } } }).body?.details;
      setProblems(details?.problems ?? [{ node: '', reason: (e as Error).message }]);
    }
  };
  if (draft === null || text === null)
    return (
      <p>
        <button
          type="button"
          data-testid="template-edit"
          onClick={() => open({ ...props.template, version: nextVersion(props.template.version) })}
        >
          {tt('editorEdit')}
        </button>{' '}
        <button type="button" data-testid="template-new" onClick={() => open(NEW_TEMPLATE)}>
          {tt('editorNew')}
        </button>
      </p>
    );
  return (
    <div className="template-editor" data-testid="template-editor">
      <ModeSwitch mode={mode} onMode={switchTo} />
      {mode === 'form' ? (
        <TemplateForm template={draft} onChange={setDraft} />
      ) : (
        <>
          <p className="muted">{tt('editorHint')}</p>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={24}
            spellCheck={false}
            aria-label={tt('editorEdit')}
            data-testid="template-json"
          />
        </>
      )}
      <p>
        <button type="button" onClick={() => void submit(true)} data-testid="template-check">
          {tt('editorCheck')}
        </button>{' '}
        <button type="button" onClick={() => void submit(false)} data-testid="template-save">
          {tt('editorSave')}
        </button>{' '}
        <button type="button" onClick={close}>
          {tt('editorCancel')}
        </button>
      </p>
      {note ? <p role="status">{note}</p> : null}
      <ProblemList problems={problems} />
    </div>
  );
}

/** Form or JSON: the JSON view is for those who know the format. */
function ModeSwitch(props: { mode: 'form' | 'json'; onMode: (m: 'form' | 'json') => void }) {
  const te = useDictionary(templateEditorText);
  return (
    <div className="mode-switch" role="group" aria-label={te('modeLabel')}>
      {(['form', 'json'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={props.mode === m}
          className={props.mode === m ? 'current' : undefined}
          onClick={() => props.onMode(m)}
          data-testid={`template-mode-${m}`}
        >
          {te(m === 'form' ? 'modeForm' : 'modeJson')}
        </button>
      ))}
    </div>
  );
}

/** The server's (or the JSON parser's) problems, each with the node it is about. */
function ProblemList({ problems }: { problems: Problem[] }) {
  if (!problems.length) return null;
  return (
    <ul role="alert" data-testid="template-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <b>{p.node}</b>: {p.reason}
        </li>
      ))}
    </ul>
  );
}
