import type { MatrixParams } from '../../api/index.ts';
import { useLang } from '../../lang.tsx';
import type { HomogeneityAnswer } from '../../types.ts';
import { IndustrySpace } from './IndustrySpace.tsx';
import { LqHeatmap } from './LqHeatmap.tsx';
import { RegionOpportunities } from './RegionOpportunities.tsx';
import { RegionPeers } from './RegionPeers.tsx';
import { RegionYears } from './RegionYears.tsx';
import { SimilarRegions } from './SimilarRegions.tsx';
import { StrongClusters } from './StrongClusters.tsx';
import { StructureChart } from './StructureChart.tsx';
import type { Matrices } from './use-region-data.ts';

/** The region's cards: structure, strong clusters, LQ heat map, homogeneity, opportunities, industry space. */
export function RegionGrid(props: {
  data: Matrices;
  region: string;
  homog: HomogeneityAnswer | null;
  params: MatrixParams;
  measureName: string;
}) {
  const { data, region, homog, params } = props;
  const { t } = useLang();
  return (
    <div className="region-grid">
      <section className="card">
        <h3>{t('structureTitle', { measure: props.measureName })}</h3>
        {homog ? <StructureChart h={homog} /> : <p className="muted">{t('loading')}</p>}
      </section>
      <section className="card">
        <h3>{t('clustersTitle')}</h3>
        <p className="muted">{t('clustersHint')}</p>
        <StrongClusters data={data} region={region} homog={homog} />
      </section>
      <section className="card wide">
        <h3>{t('heatmapTitle')}</h3>
        <p className="muted">{t('heatmapHint')}</p>
        <LqHeatmap lq={data.lq} region={region} />
      </section>
      <RegionYears region={region} params={params} matrix={data.lq.matrix} />
      <RegionPeers region={region} params={params} matrix={data.lq.matrix} />
      <section className="card wide" data-testid="homogeneity">
        <h3>{t('homogeneityTitle')}</h3>
        <p className="muted">{t('homogeneityHint')}</p>
        {homog ? <SimilarRegions h={homog} /> : <p className="muted">{t('loading')}</p>}
      </section>
      <RegionOpportunities region={region} params={params} />
      <IndustrySpace region={region} params={params} />
    </div>
  );
}
