import type { DraftNode, Stage, TemplateDraft, TemplateNode } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { templateEditorText } from '../../i18n/template-editor.ts';
import { useLang } from '../../lang.tsx';

const STAGES: Stage[] = ['upstream', 'midstream', 'downstream', 'support'];
const BASES = ['none', 'core_components', 'key_materials', 'testing_equipment', 'basic_processes'];

/** "a, b，c" → ['a', 'b', 'c']: commas of either width, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A node id not yet in the template: node-N with the first free N. */
export function freeNodeId(t: TemplateDraft): string {
  const ids = new Set(t.nodes.map((n) => n.id));
  let i = t.nodes.length + 1;
  while (ids.has(`node-${i}`)) i += 1;
  return `node-${i}`;
}

/**
 * A chain template as a form: its names and version, a row per node (names,
 * stage, parent, four-bases class, industry codes, keywords) and a row per
 * link. Fields the form does not show (choke points, quotes, sources) travel
 * untouched; the server checks the whole on "check" and "save".
 */
export function TemplateForm(props: {
  template: TemplateDraft;
  onChange: (t: TemplateDraft) => void;
}) {
  const te = useDictionary(templateEditorText);
  const t = props.template;
  const set = (patch: Partial<TemplateDraft>) => props.onChange({ ...t, ...patch });
  const field = (key: 'id' | 'version' | 'nameZh' | 'nameEn') => (
    <label className="template-field">
      {te(key)}
      <input
        value={t[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`template-${key}`}
      />
    </label>
  );
  return (
    <div className="template-form" data-testid="template-form">
      <p className="muted">{te('formHint')}</p>
      <div className="form-row">
        {field('id')}
        {field('version')}
        {field('nameZh')}
        {field('nameEn')}
      </div>
      <NodeRows template={t} onChange={props.onChange} />
      <EdgeRows template={t} onChange={props.onChange} />
    </div>
  );
}

function NodeRows(props: { template: TemplateDraft; onChange: (t: TemplateDraft) => void }) {
  const te = useDictionary(templateEditorText);
  const t = props.template;
  const setNode = (i: number, patch: Partial<DraftNode>) =>
    props.onChange({ ...t, nodes: t.nodes.map((n, j) => (j === i ? { ...n, ...patch } : n)) });
  const remove = (id: string) =>
    props.onChange({
      ...t,
      nodes: t.nodes
        .filter((n) => n.id !== id)
        .map((n) => (n.parent === id ? { ...n, parent: undefined } : n)),
      edges: t.edges.filter((e) => e.from !== id && e.to !== id),
    });
  const add = () =>
    props.onChange({
      ...t,
      nodes: [
        ...t.nodes,
        {
          id: freeNodeId(t),
          nameZh: te('newNode'),
          nameEn: 'New node',
          stage: 'midstream',
          fourBases: 'none',
          source: t.sources[0]?.id,
        },
      ],
    });
  return (
    <fieldset>
      <legend>{te('nodes')}</legend>
      <div className="template-nodes">
        <table className="table">
          <thead>
            <tr>
              <th>{te('id')}</th>
              <th>{te('nameZh')}</th>
              <th>{te('nameEn')}</th>
              <th>{te('stage')}</th>
              <th>{te('parent')}</th>
              <th>{te('fourBases')}</th>
              <th>{te('industries')}</th>
              <th>{te('keywords')}</th>
              <th>
                <span className="visually-hidden">{te('removeNode')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {t.nodes.map((n, i) => (
              <NodeRow
                key={i}
                node={n}
                nodes={t.nodes}
                onChange={(patch) => setNode(i, patch)}
                onRemove={() => remove(n.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={add} data-testid="template-add-node">
        {te('addNode')}
      </button>
    </fieldset>
  );
}

/** One node's row: every field the form edits. */
function NodeRow(props: {
  node: DraftNode;
  nodes: DraftNode[];
  onChange: (patch: Partial<DraftNode>) => void;
  onRemove: () => void;
}) {
  const { name } = useLang();
  const tt = useDictionary(chainText);
  const te = useDictionary(templateEditorText);
  const n = props.node;
  const text = (key: 'id' | 'nameZh' | 'nameEn') => (
    <td>
      <input
        value={n[key]}
        aria-label={te(key)}
        onChange={(e) => props.onChange({ [key]: e.target.value })}
        data-testid={`node-${key}`}
      />
    </td>
  );
  return (
    <tr data-testid="template-form-node" data-node={n.id}>
      {text('id')}
      {text('nameZh')}
      {text('nameEn')}
      {ChoiceCell(
        te('stage'),
        n.stage,
        STAGES.map((s) => [s, tt(`stage.${s}`)]),
        (v) => props.onChange({ stage: v as Stage }),
      )}
      {ChoiceCell(
        te('parent'),
        n.parent ?? '',
        [
          ['', te('noParent')],
          ...props.nodes
            .filter((p) => p.id !== n.id)
            .map((p): [string, string] => [p.id, name(p.nameZh, p.nameEn)]),
        ],
        (v) => props.onChange({ parent: v || undefined }),
      )}
      {ChoiceCell(
        te('fourBases'),
        n.fourBases ?? 'none',
        BASES.map((b) => [
          b,
          b === 'none' ? te('bases.none') : tt(`bases.${b}` as 'bases.key_materials'),
        ]),
        (v) => props.onChange({ fourBases: v as TemplateNode['fourBases'] }),
      )}
      <td>
        <ListInput
          key={(n.industries ?? []).join(',')}
          value={n.industries ?? []}
          label={te('industries')}
          onChange={(v) => props.onChange({ industries: v })}
        />
      </td>
      <td>
        <ListInput
          key={(n.keywords ?? []).join(',')}
          value={n.keywords ?? []}
          label={te('keywords')}
          onChange={(v) => props.onChange({ keywords: v })}
        />
      </td>
      <td>
        <button type="button" className="small-button" onClick={props.onRemove}>
          {te('removeNode')}
        </button>
      </td>
    </tr>
  );
}

/** A table cell with a select of [value, label] options. */
function ChoiceCell(
  label: string,
  value: string,
  options: [string, string][],
  onChange: (v: string) => void,
) {
  return (
    <td>
      <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </td>
  );
}

/** A list of words edited as one comma-separated line. */
function ListInput(props: { value: string[]; label: string; onChange: (v: string[]) => void }) {
  return (
    <input
      defaultValue={props.value.join(', ')}
      aria-label={props.label}
      // Split when the field is left: splitting on each key would eat a comma being typed.
      onBlur={(e) => props.onChange(splitList(e.target.value))}
    />
  );
}

function EdgeRows(props: { template: TemplateDraft; onChange: (t: TemplateDraft) => void }) {
  const { name } = useLang();
  const te = useDictionary(templateEditorText);
  const t = props.template;
  const setEdge = (i: number, patch: Partial<{ from: string; to: string }>) =>
    props.onChange({ ...t, edges: t.edges.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  const nodeSelect = (value: string, label: string, onChange: (v: string) => void) => (
    <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
      {t.nodes.map((n) => (
        <option key={n.id} value={n.id}>
          {name(n.nameZh, n.nameEn)}
        </option>
      ))}
    </select>
  );
  const first = t.nodes[0]?.id ?? '';
  const second = t.nodes[1]?.id ?? first;
  return (
    <fieldset>
      <legend>{te('edges')}</legend>
      {t.edges.length === 0 ? <p className="muted">{te('noEdges')}</p> : null}
      <ul className="template-edges">
        {t.edges.map((e, i) => (
          <li key={i} data-testid="template-form-edge">
            {nodeSelect(e.from, te('from'), (v) => setEdge(i, { from: v }))} →{' '}
            {nodeSelect(e.to, te('to'), (v) => setEdge(i, { to: v }))}{' '}
            <button
              type="button"
              className="small-button"
              onClick={() => props.onChange({ ...t, edges: t.edges.filter((_, j) => j !== i) })}
            >
              {te('removeEdge')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={t.nodes.length < 2}
        onClick={() => props.onChange({ ...t, edges: [...t.edges, { from: first, to: second }] })}
        data-testid="template-add-edge"
      >
        {te('addEdge')}
      </button>
    </fieldset>
  );
}
