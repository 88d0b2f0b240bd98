import type { SupplierMatch } from '../../api/matching.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { matchingText } from '../../i18n/matching.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { Quantity } from '../Quantity.tsx';
import { DataText } from '../SourceText.tsx';
import { useEvidenceSpeaker } from '../chain/evidence-speaker.ts';
import { matchReasons } from './match-reasons.ts';

/**
 * One ranked supplier: its name (the capability's title beside it only where
 * it says more), its match score and distance named as such, its tags, and
 * one line per part of the score saying why.
 */
export function MatchItem({ m }: { m: SupplierMatch }) {
  const { lang, code, join } = useLang();
  const speaker = useEvidenceSpeaker();
  const tt = useDictionary(matchingText);
  const title = m.title && m.title !== m.supplier.name ? m.title : null;
  return (
    <li data-testid="match">
      <a href={organizationHref(m.supplier.id)}>
        <DataText text={m.supplier.name} />
      </a>{' '}
      {m.supplier.synthetic ? <SyntheticBadge /> : null}{' '}
      <span className="muted">
        {title ? (
          <>
            <DataText text={title} />
            {' · '}
          </>
        ) : null}
        <span data-testid="match-score">{tt('matchScore', { score: m.score.toFixed(2) })}</span>
        {' · '}
        {tt('distanceLabel')} <Quantity value={m.distanceKm} unit="km" missing="notLocated" />
        {m.supplier.tags.length ? ` · ${join(m.supplier.tags.map((x) => code('tag', x)))}` : ''}
        {m.qualifiedBy.length ? ` · ${tt('qualified')}` : ''}
      </span>
      <ul className="reasons">
        {matchReasons(m, speaker, {
          tag: (x) => code('tag', x),
          node: (n) => (lang === 'en' ? n.nameEn : n.nameZh),
        }).map((r) => (
          <li key={r}>
            <DataText text={r} />
          </li>
        ))}
      </ul>
    </li>
  );
}
