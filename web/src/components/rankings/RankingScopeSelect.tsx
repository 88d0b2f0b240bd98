import type { RankingParams } from '../../api/rankings.ts';
import { peersApi } from '../../api/peer-sets.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';

/** Which clusters are ranked: a designation, all, or exactly a saved peer set. */
export function RankingScopeSelect(props: {
  draft: RankingParams;
  setDraft: (next: RankingParams) => void;
}) {
  const { draft, setDraft } = props;
  const { t } = useLang();
  const tt = useDictionary(rankingsText);
  const ty = useDictionary(yearsPeersText);
  const sets = useLoad('peer-sets', () => peersApi.list());
  return (
    <label>
      {tt('designation')}
      <select
        value={draft.peerSet ? `set:${draft.peerSet}` : draft.designation}
        data-testid="ranking-scope"
        onChange={(e) => {
          const v = e.target.value;
          setDraft(
            v.startsWith('set:')
              ? { ...draft, designation: '', peerSet: v.slice(4) }
              : { ...draft, designation: v, peerSet: undefined },
          );
        }}
      >
        <option value="national">{t('national')}</option>
        <option value="">{tt('all')}</option>
        {sets.data?.items.length ? (
          <optgroup label={ty('peerTitle')}>
            {sets.data.items.map((s) => (
              <option key={s.id} value={`set:${s.id}`}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}
