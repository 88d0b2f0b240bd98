import type { PanoramaAnswer, Tier } from '../../api/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { edgeEvidence, type MapTemplate, type MapText } from './chain-map-option.ts';
import { chainMapText } from './chain-map-text.ts';

const TIERS: Tier[] = ['chain_leader', 'single_champion', 'little_giant', 'sme'];

/** The selected node: its organisations by tier and the evidence of its inputs. */
export function ChainMapNodeDetail(props: {
  template: MapTemplate;
  node: string;
  panorama: PanoramaAnswer | null;
}) {
  const { lang } = useLang();
  const tt = useDictionary(chainMapText);
  const n = props.template.nodes.find((x) => x.id === props.node);
  if (!n) return null;
  const name = (x: { nameZh: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameZh);
  const p = props.panorama?.panorama.nodes.find((x) => x.id === n.id);
  const firms = p ? TIERS.flatMap((k) => p.firms[k]) : [];
  const inputs = props.template.edges.filter((e) => e.to === n.id);
  return (
    <div className="chain-map-detail" data-testid="chain-map-detail" aria-live="polite">
      <h4>{tt('selectedNode', { node: name(n) })}</h4>
      {firms.length ? (
        <ul>
          {firms.slice(0, 12).map((f) => (
            <li key={f.id}>
              <a href={organizationHref(f.id)}>{f.name}</a>
              {f.tier ? ` · ${tt(f.tier)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{tt('noFirms')}</p>
      )}
      {inputs.length ? (
        <ul className="chain-map-inputs">
          {inputs.map((e) => {
            const from = props.template.nodes.find((x) => x.id === e.from);
            return (
              <li key={e.from}>
                {from ? name(from) : e.from} → {name(n)}:{' '}
                {edgeEvidence(e, props.template, tt as MapText)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
