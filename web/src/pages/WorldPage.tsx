import { worldApi } from '../api/world.ts';
import { SideBySide } from '../components/world/SideBySide.tsx';
import { UsCounterpart } from '../components/world/UsCounterpart.tsx';
import { UsTaxonomy } from '../components/world/UsTaxonomy.tsx';
import { WorldRecords } from '../components/world/WorldRecords.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { worldText } from '../i18n/world.ts';
import { useLang } from '../lang.tsx';
import { sectionHref } from '../route.ts';
import { useLoad } from '../use-load.ts';

/**
 * World benchmarks: #/world lists the world clusters and the fields;
 * #/world/FIELD and #/world/cluster/ID put a field (or a cluster, by its
 * field) beside its US counterpart and the world's clusters.
 */
export function WorldPage(props: { rest: string[] }) {
  const { t, name } = useLang();
  const tt = useDictionary(worldText);
  const [head, id] = props.rest;
  const ask = head === 'cluster' && id ? { cluster: id } : head ? { field: head } : null;
  const list = useLoad('world-clusters', () => worldApi.clusters());
  const bench = useLoad(`world|${head ?? ''}|${id ?? ''}`, () =>
    ask ? worldApi.benchmark(ask) : Promise.resolve(null),
  );
  const current = bench.data?.field.id ?? '';
  return (
    <section className="page world-page" data-testid="world-page">
      <header className="page-head">
        <h2>{tt('title')}</h2>
      </header>
      <p className="muted">{tt('intro')}</p>
      {list.data ? (
        <label>
          {tt('field')}{' '}
          <select
            data-testid="world-field"
            value={current}
            onChange={(e) => {
              window.location.hash = sectionHref('world', e.target.value);
            }}
          >
            <option value="" disabled>
              —
            </option>
            {list.data.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {name(f.nameZh, f.nameEn)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {ask && !bench.data ? <p className="muted">{bench.error ?? t('loading')}</p> : null}
      {bench.data ? (
        <>
          <h3 data-testid="world-field-name">
            {name(bench.data.field.nameZh, bench.data.field.nameEn)}
          </h3>
          <p className="small">
            {tt('codes')}:{' '}
            {bench.data.codes
              .map((c) => `${c.code} ${c.nameZh}${c.product ? `（${tt('product')}）` : ''}`)
              .join('、')}
          </p>
          <UsCounterpart data={bench.data} />
          <SideBySide data={bench.data} />
        </>
      ) : null}
      {list.data ? <WorldRecords list={list.data} /> : null}
      {ask ? null : <UsTaxonomy />}
    </section>
  );
}
