import { useState, type ReactNode } from 'react';
import { historyApi, type ChangeItem } from '../api/history.ts';
import { citeSource } from '../citation.ts';
import { ApiFailure } from '../http.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { historyText } from '../i18n/history.ts';
import { formatNumber } from '../i18n/common.ts';
import type { Unit } from '../format.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';
import { DataText, SourceText } from './SourceText.tsx';
import { Quantity } from './Quantity.tsx';
import { colon } from '../i18n/colon.ts';

/** Revenue, output and R&D spend are stored in 万元 (core/model/organization.ts). */
const FIGURE_UNITS: Record<string, Unit> = {
  employees: 'persons',
  revenue: 'yuan10k',
  output: 'yuan10k',
  rdSpend: 'yuan10k',
  patents: 'patents',
};

type Key = keyof (typeof historyText)['en'];

/** A stored value in words: codes by their names, figures with their units, never raw JSON. */
function Value(props: { change: ChangeItem; v: unknown }) {
  const { lang, code, join } = useLang();
  const tt = useDictionary(historyText);
  const { change, v } = props;
  if (change.restricted) return <span className="restricted">{tt('withheld')}</span>;
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return <>—</>;
  const field = change.field ?? '';
  if (change.entity === 'measure')
    return <Quantity value={Number(v)} unit={FIGURE_UNITS[field] ?? 'none'} />;
  if (field === 'kind') return <>{code('kind', String(v))}</>;
  if (field === 'type') return <>{code('link', String(v))}</>;
  if (field === 'role') return <>{code('role', String(v))}</>;
  if (field === 'tags' && Array.isArray(v))
    return <>{join(v.map((x) => code('tag', String(x))))}</>;
  if (field === 'coordinates' && Array.isArray(v))
    return <>{v.map((x) => Number(x).toFixed(4)).join(', ')}</>;
  if (field === 'provenance' && typeof v === 'object')
    return <SourceText text={citeSource(lang, String((v as { source?: unknown }).source ?? ''))} />;
  // External ids by their values (a stock code, a short name): the schemes are keys.
  if (field === 'externalIds' && typeof v === 'object')
    return <DataText text={join(Object.values(v).map(String))} />;
  if (typeof v === 'number') return <>{formatNumber(lang, v)}</>;
  if (Array.isArray(v)) return <DataText text={join(v.map(String))} />;
  if (typeof v === 'object') return <DataText text={join(Object.values(v).map(String))} />;
  return <DataText text={String(v)} />;
}

/** What a change is about, in words. */
function what(
  c: ChangeItem,
  tt: (k: Key, vars?: Record<string, string | number>) => string,
): string {
  const year = c.entity === 'measure' ? c.entityId.slice(c.entityId.lastIndexOf('|') + 1) : '';
  const field = c.field ? tt(`field.${c.field}` as Key) : '';
  if (c.entity === 'measure') {
    if (c.action === 'create') return tt('createdYear', { year });
    if (c.action === 'delete') return tt('deletedYear', { year });
    return `${year} · ${field}`;
  }
  if (c.entity === 'link') {
    if (c.action === 'create') return tt('createdLink');
    if (c.action === 'delete') return tt('deletedLink');
    return `${tt('link')} · ${field}`;
  }
  if (c.entity === 'membership') {
    // The cluster's name is on the page (its clusters); its id is not for readers.
    if (c.action === 'create') return tt('joined');
    if (c.action === 'delete') return tt('left');
    return `${tt('membership')} · ${field}`;
  }
  if (c.action === 'create') return tt('created');
  if (c.action === 'delete') return tt('deleted');
  return field;
}

/** The source in words: the store's own sources (an edit, an undo, a merge), else cited as a reader cites it. */
function Source(props: { text: string }) {
  const { lang } = useLang();
  const tt = useDictionary(historyText);
  const undo = /^undo of change (\d+)$/.exec(props.text);
  if (props.text === 'edited by hand') return <>{tt('sourceEdit')}</>;
  if (undo) return <>{tt('sourceUndo', { id: undo[1] })}</>;
  if (MERGE.test(props.text)) return <>{tt('sourceMerge')}</>;
  return <SourceText text={citeSource(lang, props.text)} />;
}

const MERGE = /^merge of .+ into .+$/;

/** The newest row of each merge none of whose rows is undone yet (a merge's rows share source and time). */
/** Why an undo failed, after its label. */
function UndoFailed(props: { text: string }) {
  const { lang } = useLang();
  const tt = useDictionary(historyText);
  return (
    <p role="alert">
      {tt('undoFailed')}
      {colon(lang)}
      {props.text}
    </p>
  );
}

function mergeHeadsOf(items: readonly ChangeItem[]): Set<number> {
  const undone = new Set(
    items.filter((c) => MERGE.test(c.source) && c.undoneBy !== null).map((c) => c.source + c.at),
  );
  const seen = new Set<string>();
  const heads = new Set<number>();
  for (const c of items) {
    const key = c.source + c.at;
    if (!MERGE.test(c.source) || seen.has(key) || undone.has(key)) continue;
    seen.add(key);
    heads.add(c.id);
  }
  return heads;
}

const undoable = (c: ChangeItem) =>
  c.undoneBy === null &&
  ((c.entity === 'organization' && c.action === 'update') || c.entity === 'measure');

/**
 * The history of an organisation: every change, newest first, who made it,
 * from what source, the previous and the new value; an analyst may undo a
 * change to a field or a yearly figure (the undo is itself a change).
 */
export function OrganizationHistory(props: {
  id: string;
  canUndo: boolean;
  generation: number;
  onUndone: () => void;
}) {
  const tt = useDictionary(historyText);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, error } = useLoad(`history|${props.id}|${props.generation}`, () =>
    historyApi.organization(props.id),
  );
  const undo = async (c: ChangeItem, whole = false) => {
    setBusy(true);
    setFailure(null);
    try {
      await (whole ? historyApi.undoMerge(c.id) : historyApi.undo(c.id));
      props.onUndone();
    } catch (e) {
      setFailure(e instanceof ApiFailure ? e.body.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const mergeHeads = mergeHeadsOf(data?.items ?? []);
  let body: ReactNode;
  if (error) body = <p className="muted">{error}</p>;
  else if (!data) body = null;
  else if (data.items.length === 0) body = <p className="muted">{tt('none')}</p>;
  else
    body = (
      <table className="table" data-testid="organization-history">
        <thead>
          <tr>
            <th>{tt('when')}</th>
            <th>{tt('who')}</th>
            <th>{tt('what')}</th>
            <th>{tt('previous')}</th>
            <th>{tt('value')}</th>
            <th>{tt('source')}</th>
            <th>{tt('dataYear')}</th>
            {props.canUndo ? (
              <th>
                <span className="visually-hidden">{tt('undo')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {data.items.map((c) => (
            <HistoryRow
              key={c.id}
              c={c}
              canUndo={props.canUndo}
              busy={busy}
              onUndo={() => void undo(c)}
              onUndoMerge={mergeHeads.has(c.id) ? () => void undo(c, true) : undefined}
            />
          ))}
        </tbody>
      </table>
    );
  return (
    <section aria-labelledby="organization-history-title">
      <h3 id="organization-history-title">{tt('title')}</h3>
      <p className="muted">{tt('hint')}</p>
      {failure ? <UndoFailed text={failure} /> : null}
      {body}
      {data && data.total > data.items.length ? (
        <p className="muted">{tt('more', { n: data.total - data.items.length })}</p>
      ) : null}
    </section>
  );
}

/** One unambiguous form in both languages (07/12/2026 reads as 12 July in the US): 2026-12-07 14:36 UTC. */
function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One change: when, by whom, what in words, the values before and after, its source and year; an undo where allowed. */
function HistoryRow(p: {
  c: ChangeItem;
  canUndo: boolean;
  busy: boolean;
  onUndo: () => void;
  /** On the newest row of a merge not yet undone: undo the whole merge. */
  onUndoMerge?: () => void;
}) {
  const tt = useDictionary(historyText);
  const c = p.c;
  return (
    <tr data-testid="history-row">
      <td className="history-when">{when(c.at)}</td>
      <td>{c.by ?? tt('tool')}</td>
      <td>
        {what(c, tt)}
        {c.undoes !== null ? (
          <span className="muted"> · {tt('undoes', { id: c.undoes })}</span>
        ) : null}
      </td>
      <td>
        {c.action === 'create' ? (
          '—'
        ) : (
          <Value change={c} v={c.action === 'delete' ? null : c.previous} />
        )}
      </td>
      <td>{c.action === 'update' ? <Value change={c} v={c.value} /> : '—'}</td>
      <td>
        <Source text={c.source} />
      </td>
      <td>{c.dataYear ?? '—'}</td>
      {p.canUndo ? (
        <td>
          {undoable(c) ? (
            <button type="button" disabled={p.busy} onClick={p.onUndo} data-testid="history-undo">
              {tt('undo')}
            </button>
          ) : c.undoneBy !== null ? (
            <span className="muted">{tt('undone')}</span>
          ) : null}
          {p.onUndoMerge ? (
            <button
              type="button"
              disabled={p.busy}
              onClick={p.onUndoMerge}
              data-testid="history-undo-merge"
            >
              {tt('undoMerge')}
            </button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
