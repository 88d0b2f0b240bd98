import type { MatrixParams } from '../../api/index.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import type { NamedCode } from '../../types.ts';

/** The region level and the region: both move the hash, the one source of truth. */
export function RegionPicker(props: {
  regionLevel: MatrixParams['regionLevel'];
  regions: NamedCode[];
  current: NamedCode | null;
}) {
  const { regionLevel, regions, current } = props;
  const { t, name } = useLang();
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
              {name(r.nameZh, r.nameEn)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
