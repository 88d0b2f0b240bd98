import { api, type MatrixParams } from '../../api/index.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import type { NamedCode } from '../../types.ts';
import { useLoad } from '../../use-load.ts';

/**
 * GB/T 2260 names a province's counties outside any prefecture
 * "省直辖县级行政区划" in Henan, Hubei and Hainan alike: such a name, or any
 * name the list holds twice, is read with its province's before it.
 */
function needsProvince(regions: NamedCode[]): Set<string> {
  const seen = new Map<string, number>();
  for (const r of regions) seen.set(r.nameZh, (seen.get(r.nameZh) ?? 0) + 1);
  return new Set(
    regions
      .filter((r) => (seen.get(r.nameZh) ?? 0) > 1 || /直辖县级/.test(r.nameZh))
      .map((r) => r.code),
  );
}

/** The region level and the region: both move the hash, the one source of truth. */
export function RegionPicker(props: {
  regionLevel: MatrixParams['regionLevel'];
  regions: NamedCode[];
  current: NamedCode | null;
}) {
  const { regionLevel, regions, current } = props;
  const { t, name } = useLang();
  const qualified = needsProvince(regions);
  const provinces = useLoad(qualified.size ? 'provinces' : 'provinces-none', () =>
    qualified.size ? api.provinces() : Promise.resolve([]),
  );
  const label = (r: NamedCode) => {
    const own = name(r.nameZh, r.nameEn);
    const p = qualified.has(r.code)
      ? provinces.data?.find((x) => x.code === `${r.code.slice(0, 2)}0000`)
      : undefined;
    return p ? `${name(p.nameZh, p.nameEn)} · ${own}` : own;
  };
  const changeLevel = (level: MatrixParams['regionLevel']) => {
    if (!current) return;
    const province = `${current.code.slice(0, 2)}0000`;
    // To prefectures: the province's capital-or-first city is found once the data arrive.
    window.location.replace(
      regionHref(level === 'province' ? province : `${current.code.slice(0, 2)}0100`),
    );
  };
  return (
    <>
      <label>
        {t('regionLevel')}
        <select
          value={regionLevel}
          onChange={(e) => changeLevel(e.target.value as MatrixParams['regionLevel'])}
          data-testid="region-level"
        >
          <option value="province">{t('levelProvince')}</option>
          <option value="prefecture">{t('levelPrefecture')}</option>
        </select>
      </label>
      <label>
        {t('pickRegion')}
        <select
          value={current?.code ?? ''}
          onChange={(e) => window.location.assign(regionHref(e.target.value))}
          data-testid="region-select"
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {label(r)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
