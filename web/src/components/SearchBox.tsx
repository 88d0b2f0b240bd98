import { useHitName, useHitNote } from './hit-name.ts';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { catalogApi, type SearchHit } from '../api/catalog.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { catalogText } from '../i18n/catalog.ts';
import { useLang } from '../lang.tsx';
import { clusterHref, organizationHref, regionHref } from '../route.ts';
import { SyntheticBadge } from './Badges.tsx';

const DEBOUNCE_MS = 200;

/** Where a hit leads; industries have no page of their own (null). */
export function hitHref(h: SearchHit): string | null {
  if (h.type === 'cluster') return clusterHref(h.id);
  if (h.type === 'organization') return organizationHref(h.id);
  if (h.type === 'region' && /^\d{6}$/.test(h.id)) return regionHref(h.id);
  return null;
}

/** The hits of a search, asked once the typing pauses; a later keystroke's answer wins. */
function useSearchHits(text: string) {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const q = text.trim();
    if (q === '') {
      setHits(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      catalogApi
        .search(q)
        .then((r) => {
          if (mine !== seq.current) return; // a later keystroke won
          setHits(r.hits);
          setActive(0);
          setOpen(true);
        })
        .catch(() => mine === seq.current && setHits([]));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return { hits, active, setActive, open, setOpen };
}

/** The header's search box: firms, clusters, regions, industries; arrows and Enter choose. */
export function SearchBox() {
  const tt = useDictionary(catalogText);
  const listId = useId();
  const [text, setText] = useState('');
  const { hits, active, setActive, open, setOpen } = useSearchHits(text);
  const go = (h: SearchHit | undefined) => {
    const href = h ? hitHref(h) : null;
    if (!href) return;
    window.location.hash = href.slice(1);
    setOpen(false);
    setText('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!hits || hits.length === 0) return;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') go(hits[active]);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };
  return (
    <div className="search" onBlur={() => setTimeout(() => setOpen(false), 150)}>
      <input
        type="search"
        value={text}
        placeholder={tt('searchPlaceholder')}
        aria-label={tt('searchLabel')}
        aria-controls={listId}
        aria-expanded={open}
        role="combobox"
        data-testid="search-input"
        onChange={(e) => setText(e.target.value)}
        onFocus={() => hits && setOpen(true)}
        onKeyDown={onKey}
      />
      {open && hits ? (
        <ul className="search-hits" id={listId} role="listbox" data-testid="search-hits">
          {hits.length === 0 ? <li className="muted">{tt('noHits')}</li> : null}
          {hits.map((h, i) => (
            <SearchHitItem
              key={`${h.type}:${h.id}`}
              hit={h}
              active={i === active}
              onHover={() => setActive(i)}
              onGo={() => setOpen(false)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** One hit: its kind, its name in the reader's language, a detail; a link where it has a page. */
function SearchHitItem(props: {
  hit: SearchHit;
  active: boolean;
  onHover: () => void;
  onGo: () => void;
}) {
  const { code } = useLang();
  const hitName = useHitName();
  const hitNote = useHitNote();
  const tt = useDictionary(catalogText);
  const h = props.hit;
  const href = hitHref(h);
  const label = (
    <>
      <span className="hit-type">{tt(`type.${h.type}`)}</span>
      <span className="hit-name" title={hitNote(h)}>
        {hitName(h)}
      </span>
      <span className="muted hit-detail">
        {h.type === 'organization' ? code('kind', h.detail) : h.type === 'industry' ? h.id : ''}
      </span>
      {h.synthetic ? <SyntheticBadge /> : null}
    </>
  );
  return (
    <li
      role="option"
      aria-selected={props.active}
      className={props.active ? 'active' : undefined}
      onMouseEnter={props.onHover}
    >
      {href ? (
        <a href={href} onMouseDown={(e) => e.preventDefault()} onClick={props.onGo}>
          {label}
        </a>
      ) : (
        <span title={tt('industryHint')}>{label}</span>
      )}
    </li>
  );
}
