import { chainApi, templateDescription, type ChainTemplate, type Stage } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { IoEvidence } from '../chain/IoEvidence.tsx';
import { TemplateEditor } from '../chain/TemplateEditor.tsx';
import { SourceText } from '../SourceText.tsx';
import { TemplateNodeCard } from './TemplateNodeCard.tsx';
import { TemplateSources } from './TemplateSources.tsx';

const STAGES: Stage[] = ['upstream', 'midstream', 'downstream', 'support'];

/** One chain template: its nodes by stage with their sources, its IO evidence, the editor for analysts. */
export function TemplateView(props: {
  id: string;
  generation: number;
  canEdit: boolean;
  onSaved: (id: string) => void;
}) {
  const { id } = props;
  const { t, lang, name } = useLang();
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
  const description = templateDescription(tpl, lang);
  return (
    <article data-testid="chain-template">
      <h3>
        {name(tpl.nameZh, tpl.nameEn)}{' '}
        <span className="muted">{tt('version', { v: tpl.version })}</span>
      </h3>
      {description ? (
        <p>
          <SourceText text={description} />
        </p>
      ) : null}
      {props.canEdit ? <TemplateEditor template={tpl} onSaved={props.onSaved} /> : null}
      <div className="panorama-stages">
        {STAGES.map((stage) => (
          <div key={stage} className="panorama-stage">
            <h4>{tt(`stage.${stage}`)}</h4>
            {tpl.nodes
              .filter((n) => n.stage === stage)
              .map((n) => (
                <TemplateNodeCard
                  key={n.id}
                  node={n}
                  parentName={parentName}
                  source={n.source ? sources.get(n.source) : undefined}
                />
              ))}
          </div>
        ))}
      </div>
      {tpl.edges?.length ? <IoEvidence template={tpl} /> : null}
      <TemplateSources sources={tpl.sources} />
    </article>
  );
}
