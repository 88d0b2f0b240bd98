import { useHitName, useHitNote } from './hit-name.ts';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { catalogApi, type SearchHit } from '../api/catalog.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { pickerText } from '../i18n/picker.ts';
import { useLang } from '../lang.tsx';
import './picker.css';

const DEBOUNCE_MS = 150;

type PickType = SearchHit['type'];

/** What a hit is, said in a few words beside its name: a region's level, an industry's code, a node's chain. */
function HitDetail({ hit }: { hit: SearchHit }) {
  const tt = useDictionary(pickerText);
  const { code } = useLang();
  if (hit.type === 'region') {
    const level = hit.detail as 'province' | 'prefecture' | 'county' | null;
    return (
      <span className="muted picker-detail">
        {level ? `${tt(`level.${level}`)} · ` : ''}
        {hit.id}
      </span>
    );
  }
  if (hit.type === 'industry') return <span className="muted picker-detail">{hit.id}</span>;
  if (hit.type === 'organization')
    return <span className="muted picker-detail">{code('kind', hit.detail)}</span>;
  return null;
}

/** Finds the hit an id stands for (to show a preset value by its name). */
function useHitOf(id: string, types: PickType[]): SearchHit | null {
  const [hit, setHit] = useState<SearchHit | null>(null);
  const key = types.join(',');
  useEffect(() => {
    if (!id) {
      setHit(null);
      return;
    }
    let live = true;
    catalogApi
      .search(id, { types: key.split(',') as PickType[], limit: 5 })
      .then((r) => live && setHit(r.hits.find((h) => h.id === id) ?? null))
      .catch(() => live && setHit(null));
    return () => {
      live = false;
    };
  }, [id, key]);
  return hit;
}

/** The hits of what the reader types, asked once the typing pauses; a later keystroke's answer wins. */
function usePickerHits(text: string | null, typesKey: string) {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const q = (text ?? '').trim();
    if (q === '') {
      setHits(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      catalogApi
        .search(q, { types: typesKey.split(',') as PickType[], limit: 8 })
        .then((r) => {
          if (mine !== seq.current) return;
          setHits(r.hits);
          setActive(0);
          setOpen(true);
        })
        .catch(() => mine === seq.current && setHits([]));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, typesKey]);

  return { hits, setHits, active, setActive, open, setOpen };
}

interface PickerProps {
  types: PickType[];
  value: string;
  onChange: (id: string, hit: SearchHit | null) => void;
  label: string;
  testId: string;
  required?: boolean;
  /** Keep the text empty after a choice (a picker that adds to a list). */
  clearOnPick?: boolean;
}

/** Shown in the picker: what the reader types, else the chosen thing's name (looked up for a preset id), else its id. */
function useShownText(props: PickerProps, picked: SearchHit | null, text: string | null): string {
  const hitName = useHitName();
  const known = picked && picked.id === props.value;
  const looked = useHitOf(props.clearOnPick || known ? '' : props.value, props.types);
  const preset = known ? picked : looked;
  return (
    text ?? (props.value && !props.clearOnPick ? (preset ? hitName(preset) : props.value) : '')
  );
}

/**
 * A searchable picker instead of a box for codes: type a name, a short
 * name, a code or pinyin initials (中联重科, zlzk, 430100, cs), choose with the
 * mouse or the arrows and Enter. The server's fuzzy search ranks the hits
 * (`/api/search?types=`). `value` is the chosen id ('' for none); the input
 * shows its name in the reader's language.
 */
export function Picker(props: PickerProps) {
  const tt = useDictionary(pickerText);
  const inputId = useId();
  const listId = useId();
  const [picked, setPicked] = useState<SearchHit | null>(null);
  const [text, setText] = useState<string | null>(null);
  const { hits, setHits, active, setActive, open, setOpen } = usePickerHits(
    text,
    props.types.join(','),
  );

  const shown = useShownText(props, picked, text);

  const pick = (h: SearchHit | undefined) => {
    if (!h) return;
    setPicked(h);
    props.onChange(h.id, h);
    setText(props.clearOnPick ? '' : null);
    setHits(null);
    setOpen(false);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) =>
    pickerKey(e, { hits, active, typing: text !== null, setActive, setOpen, pick });

  const activeId = open && hits && hits[active] ? `${listId}-${active}` : undefined;
  return (
    <div
      className="picker"
      data-testid={props.testId}
      onBlur={() => setTimeout(() => setOpen(false), 150)}
    >
      <label htmlFor={inputId}>{props.label}</label>
      <div className="picker-box">
        <input
          id={inputId}
          type="text"
          value={shown}
          placeholder={tt('placeholder')}
          role="combobox"
          aria-autocomplete="list"
          aria-controls={listId}
          aria-expanded={open}
          aria-activedescendant={activeId}
          required={props.required && !props.value}
          autoComplete="off"
          data-testid={`${props.testId}-input`}
          onChange={(e) => {
            setText(e.target.value);
            if (props.value && !props.clearOnPick) props.onChange('', null);
          }}
          onFocus={() => hits && setOpen(true)}
          onKeyDown={onKey}
        />
        {props.value && !props.clearOnPick ? (
          <PickerClear
            onClear={() => {
              props.onChange('', null);
              setText('');
            }}
          />
        ) : null}
        {open && hits ? (
          <PickerHits
            hits={hits}
            listId={listId}
            testId={props.testId}
            active={active}
            showType={props.types.length > 1}
            onHover={setActive}
            onPick={pick}
          />
        ) : null}
      </div>
    </div>
  );
}

/** Arrows move through the hits, Enter picks (and never submits the form while typing), Escape closes. */
function pickerKey(
  e: KeyboardEvent<HTMLInputElement>,
  s: {
    hits: SearchHit[] | null;
    active: number;
    typing: boolean;
    setActive: (f: (a: number) => number) => void;
    setOpen: (open: boolean) => void;
    pick: (h: SearchHit | undefined) => void;
  },
): void {
  if (e.key === 'Escape') return s.setOpen(false);
  const hits = s.hits;
  if (!hits || hits.length === 0) {
    if (e.key === 'Enter' && s.typing) e.preventDefault();
    return;
  }
  if (e.key === 'ArrowDown') s.setActive((a) => Math.min(a + 1, hits.length - 1));
  else if (e.key === 'ArrowUp') s.setActive((a) => Math.max(a - 1, 0));
  else if (e.key === 'Enter') s.pick(hits[s.active]);
  else return;
  e.preventDefault();
}

/** Empties the picker's choice. */
function PickerClear({ onClear }: { onClear: () => void }) {
  const tt = useDictionary(pickerText);
  return (
    <button
      type="button"
      className="picker-clear"
      aria-label={tt('clear')}
      title={tt('clear')}
      onClick={onClear}
    >
      ×
    </button>
  );
}

/** The picker's list of hits: kind (when it may be of several), name, detail. */
function PickerHits(props: {
  hits: SearchHit[];
  listId: string;
  testId: string;
  active: number;
  showType: boolean;
  onHover: (i: number) => void;
  onPick: (h: SearchHit) => void;
}) {
  const hitName = useHitName();
  const hitNote = useHitNote();
  const tt = useDictionary(pickerText);
  return (
    <ul
      className="picker-hits"
      id={props.listId}
      role="listbox"
      data-testid={`${props.testId}-hits`}
    >
      {props.hits.length === 0 ? <li className="muted">{tt('noHits')}</li> : null}
      {props.hits.map((h, i) => (
        <li
          key={`${h.type}:${h.id}`}
          id={`${props.listId}-${i}`}
          role="option"
          aria-selected={i === props.active}
          className={i === props.active ? 'active' : undefined}
          onMouseEnter={() => props.onHover(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onPick(h)}
        >
          {props.showType ? <span className="picker-type">{tt(`type.${h.type}`)}</span> : null}
          <span className="picker-name" title={hitNote(h)}>
            {hitName(h)}
          </span>
          <HitDetail hit={h} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Several things chosen with one picker (the regions of a detection): each
 * shown by its name with a button to remove it; `value` holds their ids.
 */
export function MultiPicker(props: {
  types: PickType[];
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
  testId: string;
}) {
  const hitName = useHitName();
  const tt = useDictionary(pickerText);
  const [names, setNames] = useState<Record<string, SearchHit>>({});
  const typesKey = props.types.join(',');
  const missing = props.value.filter((id) => !names[id]).join(',');
  useEffect(() => {
    if (!missing) return;
    let live = true;
    for (const id of missing.split(',')) {
      catalogApi
        .search(id, { types: typesKey.split(',') as PickType[], limit: 5 })
        .then((r) => {
          const h = r.hits.find((x) => x.id === id);
          if (live && h) setNames((n) => ({ ...n, [id]: h }));
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [missing, typesKey]);

  return (
    <div className="multi-picker">
      <Picker
        types={props.types}
        value=""
        clearOnPick
        label={props.label}
        testId={props.testId}
        onChange={(id, hit) => {
          if (!id || props.value.includes(id)) return;
          if (hit) setNames((n) => ({ ...n, [id]: hit }));
          props.onChange([...props.value, id]);
        }}
      />
      {props.value.length > 0 ? (
        <ul className="picker-chosen" data-testid={`${props.testId}-chosen`}>
          {props.value.map((id) => {
            const h = names[id];
            const label = h ? hitName(h) : id;
            return (
              <li key={id}>
                <span>{label}</span>
                <button
                  type="button"
                  aria-label={tt('remove', { name: label })}
                  title={tt('remove', { name: label })}
                  onClick={() => props.onChange(props.value.filter((x) => x !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
