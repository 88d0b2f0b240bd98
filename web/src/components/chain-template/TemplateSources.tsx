import type { ChainTemplate } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { UnverifiedBadge } from '../Badges.tsx';
import { SourceText } from '../SourceText.tsx';

/** A template's sources, cited as a reader cites them, each verified or marked unverified. */
export function TemplateSources({ sources }: { sources: ChainTemplate['sources'] }) {
  const tt = useDictionary(chainText);
  return (
    <>
      <h4>{tt('sources')}</h4>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            {/* Cited as a reader cites it; the project's file name is not the reader's. */}
            <SourceText text={s.citation} />{' '}
            {s.verified ? <span className="muted">{tt('verified')}</span> : <UnverifiedBadge />}
          </li>
        ))}
      </ul>
    </>
  );
}
