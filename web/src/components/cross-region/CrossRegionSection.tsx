import { crossRegionApi } from '../../api/cross-region.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { crossRegionText } from '../../i18n/cross-region.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { BorderTies } from './BorderTies.tsx';
import { DuplicatedNodes } from './DuplicatedNodes.tsx';
import { PartsTable } from './PartsTable.tsx';
import { WorkPlanBoard } from './WorkPlanBoard.tsx';

/** Whether a cluster's own regions lie in more than one province (GB/T 2260: the first two digits). */
export function spansProvinces(regions: readonly string[]): boolean {
  return new Set(regions.map((r) => r.slice(0, 2))).size > 1;
}

/**
 * A cluster that spans provinces, by its sides: per province and city, the
 * ties across the border, duplicated attraction, and the joint work plan.
 */
export function CrossRegionSection(props: { clusterId: string }) {
  const { t } = useLang();
  const tt = useDictionary(crossRegionText);
  const { data, error } = useLoad(`cross-region|${props.clusterId}`, () =>
    crossRegionApi.profile(props.clusterId),
  );
  return (
    <section className="cross-region" data-testid="cross-region">
      <h3>{tt('title')}</h3>
      {!data ? (
        <p className="muted">{error ?? t('loading')}</p>
      ) : (
        <>
          <p className="muted small">{tt('intro', { n: data.provinces.length })}</p>
          {data.synthetic.syntheticOrganizations > 0 ? (
            <p className="small" data-testid="cross-synthetic">
              {tt('syntheticNote', {
                share: `${(data.synthetic.syntheticShare * 100).toFixed(1)}%`,
                links: `${(data.synthetic.syntheticLinkShare * 100).toFixed(1)}%`,
              })}
            </p>
          ) : null}
          <PartsTable profile={data} />
          <BorderTies profile={data} />
          <DuplicatedNodes profile={data} />
          <WorkPlanBoard cluster={props.clusterId} />
        </>
      )}
    </section>
  );
}
