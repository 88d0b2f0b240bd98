import { criticalReason, type ChainTemplate, type TemplateNode } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { UnverifiedBadge } from '../Badges.tsx';
import { IndustryCodes } from '../IndustryCodes.tsx';
import { DataText, SourceText } from '../SourceText.tsx';
import { colon } from '../../i18n/colon.ts';

/** One node of a chain template: name, parent, marks, choke-point reason, codes, keywords, source. */
export function TemplateNodeCard(props: {
  node: TemplateNode;
  /** The parent's name in the reader's language. */
  parentName: (parent: string) => string;
  source: ChainTemplate['sources'][number] | undefined;
}) {
  const { lang, name, join } = useLang();
  const tt = useDictionary(chainText);
  const { node: n, source: src } = props;
  return (
    <div className="template-node" data-testid="template-node" data-node={n.id}>
      <b>{name(n.nameZh, n.nameEn)}</b>
      {n.parent ? <span className="muted"> ← {props.parentName(n.parent)}</span> : null}
      {n.fourBases !== 'none' ? (
        <div className="badge">{tt(`bases.${n.fourBases}` as 'bases.key_materials')}</div>
      ) : null}
      {n.critical ? (
        <div className="critical-badge badge" title={n.critical.quote ?? ''}>
          ⚠ {tt('critical')}
          {colon(lang)}
          <SourceText text={criticalReason(n.critical, lang)} />
          {n.critical.verified ? null : <UnverifiedBadge />}
        </div>
      ) : null}
      {n.industries?.length ? (
        <div className="muted">
          {tt('codes')}
          {colon(lang)}
          <IndustryCodes codes={n.industries} />
        </div>
      ) : null}
      {n.keywords?.length ? (
        <div className="muted">
          {tt('keywords')}
          {colon(lang)}
          <DataText text={join(n.keywords)} />
        </div>
      ) : null}
      {src ? (
        <div className="muted" title={n.quote ?? ''}>
          {tt('sources')}
          {colon(lang)}
          <SourceText text={src.citation} /> {src.verified ? null : <UnverifiedBadge />}
        </div>
      ) : null}
    </div>
  );
}
