import { useState } from 'react';
import { peersApi } from '../../api/peer-sets.ts';
import { sessionApi } from '../../api/session.ts';
import { Picker } from '../Picker.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { useLoad, useReload } from '../../useLoad.ts';

/**
 * A cluster's peers chosen by name: pick a saved peer set (the scorecard is
 * then drawn among exactly its clusters), or build one with the search
 * picker and the suggestions (similar industry structure and size, each
 * with why) and save it — saving needs a signed-in account.
 */
export function PeerSetPanel(props: {
  cluster: string;
  peerSet: string;
  onChoose: (id: string) => void;
}) {
  const { lang } = useLang();
  const tt = useDictionary(yearsPeersText);
  const [version, setVersion] = useState(0);
  const sets = useReload(`${props.cluster}-${version}`, () => peersApi.list(props.cluster));
  const me = useLoad('session', () => sessionApi.me());
  const suggested = useLoad(props.cluster, () => peersApi.suggest(props.cluster));
  const [chosen, setChosen] = useState<{ id: string; name: string }[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const add = (id: string, label: string) => {
    if (id && id !== props.cluster && !chosen.some((c) => c.id === id))
      setChosen([...chosen, { id, name: label }]);
  };
  const save = async () => {
    try {
      const set = await peersApi.save({
        name: name.trim(),
        subject: props.cluster,
        members: chosen.map((c) => c.id),
      });
      setMessage(tt('saved', { name: set.name }));
      setChosen([]);
      setName('');
      setVersion(version + 1);
      props.onChoose(set.id);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <section className="peer-set-panel" data-testid="peer-set-panel">
      <h3>{tt('peerTitle')}</h3>
      <p className="muted">{tt('peerExplain')}</p>
      <label>
        {tt('peerChoice')}
        <select
          value={props.peerSet}
          onChange={(e) => props.onChoose(e.target.value)}
          data-testid="peer-set-choice"
        >
          <option value="">{tt('byType')}</option>
          {(sets.data?.items ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.members.map((m) => m.name).join('、')})
            </option>
          ))}
        </select>
      </label>
      <Picker
        types={['cluster']}
        value=""
        clearOnPick
        label={tt('addPeer')}
        testId="peer-picker"
        onChange={(id, hit) => add(id, hit ? hit.name : id)}
      />
      <ul className="peer-chips" data-testid="peer-chosen">
        {chosen.map((c) => (
          <li key={c.id} data-cluster={c.id}>
            {c.name}{' '}
            <button type="button" onClick={() => setChosen(chosen.filter((x) => x.id !== c.id))}>
              {tt('remove')}
            </button>
          </li>
        ))}
      </ul>
      {me.data?.signedIn ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {tt('setName')}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              data-testid="peer-set-name"
            />
          </label>
          <button
            type="submit"
            disabled={chosen.length === 0 || !name.trim()}
            data-testid="peer-set-save"
          >
            {tt('save')}
          </button>
        </form>
      ) : (
        <p className="muted">{tt('signInToSave')}</p>
      )}
      {message ? (
        <p role="status" data-testid="peer-set-message">
          {message}
        </p>
      ) : null}
      <h4>{tt('suggestions')}</h4>
      <ul data-testid="peer-suggestions">
        {(suggested.data?.items ?? []).map((s) => (
          <li key={s.id} data-cluster={s.id}>
            <b>{s.name}</b>{' '}
            <span className="muted">
              {tt('similarity', { p: formatPercent(lang, s.similarity) })}
            </span>{' '}
            <button type="button" onClick={() => add(s.id, s.name)}>
              {tt('add')}
            </button>
            <br />
            <span className="muted">{lang === 'en' ? s.reason.en : s.reason.zh}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
