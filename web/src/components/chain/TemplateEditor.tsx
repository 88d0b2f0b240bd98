import { useState } from 'react';
import type { ChainTemplate } from '../../api/chain.ts';
import { send } from '../../http.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';

/** 1.0.0 → 1.0.1; anything else gets ".1" appended. */
export function nextVersion(v: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : `${v}.1`;
}

interface Problem {
  node: string;
  reason: string;
}

/**
 * Edits a template as its JSON (every field of the format, documented in
 * data/chains/README.md), saved as a new version: the server checks it
 * first and names the node and the reason of each problem; nothing is stored
 * until it passes. "New template" starts from a one-node skeleton.
 */
export function TemplateEditor(props: { template: ChainTemplate; onSaved: (id: string) => void }) {
  const tt = useDictionary(chainText);
  const [text, setText] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const open = (t: object) => {
    setText(JSON.stringify(t, null, 2));
    setProblems([]);
    setNote(null);
  };
  const submit = async (dryRun: boolean) => {
    setProblems([]);
    setNote(null);
    let body: unknown;
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
      setText(null);
      props.onSaved(saved.id);
    } catch (e) {
      const details = (e as { body?: { details?: { problems?: Problem[] } } }).body?.details;
      setProblems(details?.problems ?? [{ node: '', reason: (e as Error).message }]);
    }
  };
  if (text === null)
    return (
      <p>
        <button
          type="button"
          data-testid="template-edit"
          onClick={() => open({ ...props.template, version: nextVersion(props.template.version) })}
        >
          {tt('editorEdit')}
        </button>{' '}
        <button
          type="button"
          data-testid="template-new"
          onClick={() =>
            open({
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
            })
          }
        >
          {tt('editorNew')}
        </button>
      </p>
    );
  return (
    <div className="template-editor" data-testid="template-editor">
      <p className="muted">{tt('editorHint')}</p>
      <textarea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={24}
        spellCheck={false}
        aria-label={tt('editorEdit')}
        data-testid="template-json"
      />
      <p>
        <button type="button" onClick={() => void submit(true)} data-testid="template-check">
          {tt('editorCheck')}
        </button>{' '}
        <button type="button" onClick={() => void submit(false)} data-testid="template-save">
          {tt('editorSave')}
        </button>{' '}
        <button type="button" onClick={() => setText(null)}>
          {tt('editorCancel')}
        </button>
      </p>
      {note ? <p role="status">{note}</p> : null}
      {problems.length ? (
        <ul role="alert" data-testid="template-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <b>{p.node}</b>: {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
