import { ChinaMap } from '../ChinaMap.tsx';
import { ClusterList } from '../ClusterList.tsx';
import { ClusterPanel } from '../ClusterPanel.tsx';
import { DetectPanel } from '../DetectPanel.tsx';
import { DrillBar } from '../DrillDown.tsx';
import { useLang } from '../../lang.tsx';
import type { Region } from '../../types.ts';
import type { AtlasData } from './use-atlas-data.ts';
import type { MapState } from './use-map-state.ts';

/** The home page: the China map with the clusters, the list beside it and a cluster panel. */
export function MapView({ data, state }: { data: AtlasData; state: MapState }) {
  const { name } = useLang();
  const { selected, setSelected, detected, drill } = state;
  return (
    <main className={selected ? 'main with-panel' : 'main'}>
      <ChinaMap
        geo={data.geo}
        provinces={data.provinces}
        clusters={state.shown ?? data.clusters}
        selected={selected}
        onSelect={setSelected}
        detected={detected}
        focus={drill.focus}
        prefectures={drill.prefectures}
        cities={drill.cities}
        firms={drill.firms?.items}
        onProvince={drill.open}
      />
      <DrillBar drill={drill} provinces={data.provinces} />
      <DetectPanel
        provinces={data.provinces}
        result={detected}
        onResult={state.setDetected}
        focus={drill.focus}
      />
      <ClusterList
        clusters={data.clusters}
        selected={selected}
        onSelect={setSelected}
        onShownChange={state.setShown}
        focus={focusOf(drill.focus, data.provinces, name, () => drill.open(null))}
      />
      {selected ? <ClusterPanel id={selected} onClose={() => setSelected(null)} /> : null}
    </main>
  );
}

/** The drilled province for the cluster list: its code, its name, the way back. */
function focusOf(
  code: string | null,
  provinces: Region[],
  name: (zh: string, en: string | null) => string,
  onLeave: () => void,
) {
  const p = code ? provinces.find((r) => r.code === code) : undefined;
  return code ? { code, name: p ? name(p.nameZh, p.nameEn) : code, onLeave } : null;
}
