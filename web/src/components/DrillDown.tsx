import { useCallback, useState } from 'react';
import { api } from '../api/index.ts';
import { catalogApi, type OrganizationItem } from '../api/catalog.ts';
import { get } from '../http.ts';
import { formatNumber } from '../i18n/common.ts';
import { useLang } from '../lang.tsx';
import { regionHref } from '../route.ts';
import type { GeoJson, Region } from '../types.ts';

export interface DrillDown {
  /** The province shown with its prefectures and firms; null: the whole country. */
  focus: string | null;
  prefectures: GeoJson | null;
  /** The focused province's prefectures with both names (the outlines carry Chinese only). */
  cities: Region[] | null;
  firms: { items: OrganizationItem[]; total: number } | null;
  error: string | null;
  open: (province: string | null) => void;
}

/**
 * The map's drill-down: a province's prefecture outlines (loaded once, on
 * the first drill) and its located organisations as points (one page, up
 * to 500; the bar says how many exist).
 */
export function useDrillDown(): DrillDown {
  const [focus, setFocus] = useState<string | null>(null);
  const [prefectures, setPrefectures] = useState<GeoJson | null>(null);
  const [firms, setFirms] = useState<DrillDown['firms']>(null);
  const [cities, setCities] = useState<Region[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    (province: string | null) => {
      setError(null);
      setFirms(null);
      setCities(null);
      setFocus(province);
      if (!province) return;
      Promise.all([
        prefectures ? Promise.resolve(prefectures) : api.geo('prefecture'),
        catalogApi.organizationsIn(province),
        get<Region[]>(`/api/regions?level=prefecture&parent=${province}`),
      ])
        .then(([geo, page, named]) => {
          setPrefectures(geo);
          setFirms(page);
          setCities(named);
        })
        .catch((e: Error) => setError(e.message));
    },
    [prefectures],
  );
  return { focus, prefectures, cities, firms, error, open };
}

/** Above the map while drilled down: where, how many firms, back to the country. */
export function DrillBar(props: { drill: DrillDown; provinces: Region[] }) {
  const { t, lang, name } = useLang();
  const { focus, firms, error } = props.drill;
  if (!focus) {
    // The keyboard's way in, as well as clicking the map.
    return (
      <div className="drill-bar">
        <select
          value=""
          aria-label={t('drillHint')}
          onChange={(e) => e.target.value && props.drill.open(e.target.value)}
          data-testid="drill-select"
        >
          <option value="">{t('drillHint')}</option>
          {props.provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {name(p.nameZh, p.nameEn)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const p = props.provinces.find((r) => r.code === focus);
  return (
    <div className="drill-bar" data-testid="drill-bar">
      <button type="button" onClick={() => props.drill.open(null)} data-testid="drill-back">
        ← {t('wholeCountry')}
      </button>
      <a href={regionHref(focus)}>{p ? name(p.nameZh, p.nameEn) : focus}</a>
      <PrefectureSelect
        geo={props.drill.prefectures}
        cities={props.drill.cities}
        province={focus}
      />
      {firms ? (
        <span data-testid="drill-firms">
          {t('firmsShown', {
            n: formatNumber(lang, firms.items.filter((f) => f.lon !== null).length),
            total: formatNumber(lang, firms.total),
          })}
        </span>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}

/**
 * The keyboard's way to what a click on a prefecture does: open its region
 * page. Names in the reader's language (the outlines carry Chinese only).
 */
function PrefectureSelect(props: {
  geo: GeoJson | null;
  cities: Region[] | null;
  province: string;
}) {
  const { t, name } = useLang();
  const prefix = props.province.slice(0, 2);
  const named = new Map((props.cities ?? []).map((c) => [c.code, c]));
  const options = (props.geo?.features ?? [])
    .map((f) => {
      const code = String(f.properties.adcode ?? '');
      const city = named.get(code);
      return {
        code,
        name: city ? name(city.nameZh, city.nameEn) : String(f.properties.name ?? ''),
      };
    })
    .filter((f) => f.code.startsWith(prefix) && f.code !== props.province)
    .sort((a, b) => a.code.localeCompare(b.code));
  if (options.length === 0) return null;
  return (
    <select
      value=""
      aria-label={t('drillPrefecture')}
      onChange={(e) => {
        if (e.target.value) window.location.hash = regionHref(e.target.value).slice(1);
      }}
      data-testid="drill-prefecture"
    >
      <option value="">{t('drillPrefecture')}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
