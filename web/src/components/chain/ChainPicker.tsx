import { useState } from 'react';
import { chainApi } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../useLoad.ts';
import { guessChain } from './guess-chain.ts';

/**
 * A chain-template picker for a cluster, starting from the template its name
 * suggests (said so on screen); renders `children(chainId)` once one is chosen.
 */
export function ChainPicker(props: {
  clusterName: string;
  children: (chain: string) => React.ReactNode;
}) {
  const { t } = useLang();
  const tt = useDictionary(chainText);
  const chains = useLoad('chains', () => chainApi.chains());
  const [picked, setPicked] = useState<string | null>(null);
  if (chains.error) return <p role="alert">{chains.error}</p>;
  if (!chains.data) return <p className="muted">{t('loading')}</p>;
  const guess = guessChain(props.clusterName, chains.data);
  const chain = picked ?? guess;
  return (
    <>
      <label className="chain-picker">
        {tt('template')}{' '}
        <select
          value={chain ?? ''}
          onChange={(e) => setPicked(e.target.value || null)}
          data-testid="chain-picker"
        >
          <option value="">{tt('chooseTemplate')}</option>
          {chains.data.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nameZh} · {c.nameEn}
            </option>
          ))}
        </select>{' '}
        {picked === null && guess ? <span className="muted">({tt('guessed')})</span> : null}
      </label>
      {chain ? props.children(chain) : null}
    </>
  );
}
