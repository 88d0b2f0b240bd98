import { IndustryCodes } from '../components/IndustryCodes.tsx';
import { DataText, SourceText } from '../components/SourceText.tsx';
import { useState } from 'react';
import {
  chainApi,
  criticalReason,
  templateDescription,
  type ChainTemplate,
  type Stage,
} from '../api/chain.ts';
import { sessionApi } from '../api/session.ts';
import { IoEvidence } from '../components/chain/IoEvidence.tsx';
import { TemplateEditor } from '../components/chain/TemplateEditor.tsx';
import { UnverifiedBadge } from '../components/Badges.tsx';
import { chainText } from '../i18n/chain.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { useLang } from '../lang.tsx';
import { sectionHref } from '../route.ts';
import { useLoad } from '../useLoad.ts';

const STAGES: Stage[] = ['upstream', 'midstream', 'downstream', 'support'];

/** The chain templates (route #/chains/ID): the list, and one template's nodes with their sources. */
export function ChainsPage(props: { rest: string[] }) {
  const { t, name } = useLang();
  const tt = useDictionary(chainText);
  const [generation, setGeneration] = useState(0);
  const chains = useLoad(`chains-${generation}`, () => chainApi.chains());
  const me = useLoad('me', () => sessionApi.me());
  const canEdit = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const id = props.rest[0] ?? chains.data?.[0]?.id ?? null;
  const saved = (savedId: string) => {
    setGeneration((g) => g + 1);
    window.location.hash = sectionHref('chains', savedId).slice(1);
  };
  return (
    <section className="page chains-page" data-testid="page-chains">
      <h2>{tt('chainsTitle')}</h2>
      <p className="muted">{tt('chainsExplain')}</p>
      {chains.error ? <p role="alert">{chains.error}</p> : null}
      <div className="chains-grid">
        <nav className="chain-list" aria-label={tt('chainsTitle')}>
          {chains.data?.map((c) => (
            <a
              key={c.id}
              href={sectionHref('chains', c.id)}
              className={c.id === id ? 'current' : undefined}
              data-testid="chain-link"
            >
              {name(c.nameZh, c.nameEn)}
            </a>
          )) ?? <span className="muted">{t('loading')}</span>}
        </nav>
        {id ? <Template id={id} generation={generation} canEdit={canEdit} onSaved={saved} /> : null}
      </div>
    </section>
  );
}

function Template(props: {
  id: string;
  generation: number;
  canEdit: boolean;
  onSaved: (id: string) => void;
}) {
  const { id } = props;
  const { t, lang, name, join } = useLang();
  const tt = useDictionary(chainText);
  const { data, error } = useLoad(`${id}|${props.generation}`, () => chainApi.template(id));
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const tpl: ChainTemplate = data;
  const byId = new Map(tpl.nodes.map((n) => [n.id, n]));
  const parentName = (parent: string) => {
    const p = byId.get(parent);
    return p ? name(p.nameZh, p.nameEn) : parent;
  };
  return (
    <article data-testid="chain-template">
      <h3>
        {name(tpl.nameZh, tpl.nameEn)}{' '}
        <span className="muted">{tt('version', { v: tpl.version })}</span>
      </h3>
      {templateDescription(tpl, lang) ? (
        <p>
          <SourceText text={templateDescription(tpl, lang) ?? ''} />
        </p>
      ) : null}
      {props.canEdit ? <TemplateEditor template={tpl} onSaved={props.onSaved} /> : null}
      <div className="panorama-stages">
        {STAGES.map((stage) => (
          <div key={stage} className="panorama-stage">
            <h4>{tt(`stage.${stage}`)}</h4>
            {tpl.nodes
              .filter((n) => n.stage === stage)
              .map((n) => {
                const src = n.source ? sources.get(n.source) : undefined;
                return (
                  <div
                    key={n.id}
                    className="template-node"
                    data-testid="template-node"
                    data-node={n.id}
                  >
                    <b>{name(n.nameZh, n.nameEn)}</b>
                    {n.parent ? <span className="muted"> ← {parentName(n.parent)}</span> : null}
                    {n.fourBases !== 'none' ? (
                      <div className="badge">
                        {tt(`bases.${n.fourBases}` as 'bases.key_materials')}
                      </div>
                    ) : null}
                    {n.critical ? (
                      <div className="critical-badge badge" title={n.critical.quote ?? ''}>
                        ⚠ {tt('critical')}: <SourceText text={criticalReason(n.critical, lang)} />
                        {n.critical.verified ? null : <UnverifiedBadge />}
                      </div>
                    ) : null}
                    {n.industries?.length ? (
                      <div className="muted">
                        {tt('codes')}: <IndustryCodes codes={n.industries} />
                      </div>
                    ) : null}
                    {n.keywords?.length ? (
                      <div className="muted">
                        {tt('keywords')}: <DataText text={join(n.keywords)} />
                      </div>
                    ) : null}
                    {src ? (
                      <div className="muted" title={n.quote ?? ''}>
                        {tt('sources')}: <SourceText text={src.citation} />{' '}
                        {src.verified ? null : <UnverifiedBadge />}
                      </div>
                    ) : null}
                  </div>
                );
              })}
          </div>
        ))}
      </div>
      {tpl.edges?.length ? <IoEvidence template={tpl} /> : null}
      <h4>{tt('sources')}</h4>
      <ul>
        {tpl.sources.map((s) => (
          <li key={s.id}>
            {/* Cited as a reader cites it; the project's file name is not the reader's. */}
            <SourceText text={s.citation} />{' '}
            {s.verified ? <span className="muted">{tt('verified')}</span> : <UnverifiedBadge />}
          </li>
        ))}
      </ul>
    </article>
  );
}
