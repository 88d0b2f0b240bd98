import { ioApi } from '../../api/io.ts';
import type { ChainTemplate } from '../../api/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { ioText } from '../../i18n/io.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { ioEvidenceText } from './io-evidence-text.ts';

/**
 * The input-output evidence of a template's edges (GET /api/chains/:id/io-evidence):
 * each link with the sectors its ends fall in, the direct input coefficient and
 * its year, and links without support marked to review.
 */
export function IoEvidence(props: { template: ChainTemplate }) {
  const { template } = props;
  const { lang, name } = useLang();
  const tt = useDictionary(ioText);
  const { data, error } = useLoad(`io-${template.id}-${template.version}`, () =>
    ioApi.chainEvidence(template.id),
  );
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{tt('loading')}</p>;
  const nodes = new Map(template.nodes.map((n) => [n.id, n]));
  const nodeName = (id: string) => {
    const n = nodes.get(id);
    return n ? name(n.nameZh, n.nameEn) : id;
  };
  const sector = (s: { nameZh: string; nameEn: string } | null) =>
    s ? name(s.nameZh, s.nameEn) : '—';
  const review = data.edges.filter((e) => e.review).length;
  return (
    <section data-testid="io-evidence">
      <h4>{tt('title')}</h4>
      <p className="muted">
        {tt('explain', {
          year: data.table.year,
          sectors: data.table.sectors,
          min: data.minCoefficient,
        })}
      </p>
      <p>{tt('summary', { supported: data.summary.supported, review })}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{tt('edge')}</th>
            <th scope="col">{tt('sectors')}</th>
            <th scope="col">{tt('evidence')}</th>
            <th scope="col">{tt('status')}</th>
          </tr>
        </thead>
        <tbody>
          {data.edges.map((e) => (
            <tr key={`${e.from}>${e.to}`} data-testid="io-edge" data-status={e.status}>
              <td>
                {nodeName(e.from)} → {nodeName(e.to)}
              </td>
              <td>{e.supplier ? `${sector(e.supplier)} → ${sector(e.buyer)}` : '—'}</td>
              <td>{ioEvidenceText(e, lang, nodeName)}</td>
              <td>
                <span className={e.review ? 'badge badge-unverified' : 'badge badge-inferred'}>
                  {tt(`status.${e.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{tt('source')}</p>
    </section>
  );
}
