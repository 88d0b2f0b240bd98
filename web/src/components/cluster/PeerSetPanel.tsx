import { useState } from 'react';
import { peersApi } from '../../api/peer-sets.ts';
import { sessionApi } from '../../api/session.ts';
import { Picker } from '../Picker.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useLoad, useReload } from '../../use-load.ts';

type Peer = { id: string; name: string };

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
  const tt = useDictionary(yearsPeersText);
  const [version, setVersion] = useState(0);
  const sets = useReload(`${props.cluster}-${version}`, () => peersApi.list(props.cluster));
  const [chosen, setChosen] = useState<Peer[]>([]);
  const add = (p: Peer) => {
    if (p.id && p.id !== props.cluster && !chosen.some((c) => c.id === p.id))
      setChosen([...chosen, p]);
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
      <PeerBuilder
        cluster={props.cluster}
        chosen={chosen}
        add={add}
        drop={(id) => setChosen(chosen.filter((x) => x.id !== id))}
        saved={(id) => {
          setChosen([]);
          setVersion(version + 1);
          props.onChoose(id);
        }}
      />
      <PeerSuggestions cluster={props.cluster} add={add} />
    </section>
  );
}

/** The peers being chosen: the search picker, the list so far, and the save form. */
function PeerBuilder(props: {
  cluster: string;
  chosen: Peer[];
  add: (p: Peer) => void;
  drop: (id: string) => void;
  saved: (id: string) => void;
}) {
  const tt = useDictionary(yearsPeersText);
  const me = useLoad('session', () => sessionApi.me());
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      const set = await peersApi.save({
        name: name.trim(),
        subject: props.cluster,
        members: props.chosen.map((c) => c.id),
      });
      setMessage(tt('saved', { name: set.name }));
      setName('');
      props.saved(set.id);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <>
      <Picker
        types={['cluster']}
        value=""
        clearOnPick
        label={tt('addPeer')}
        testId="peer-picker"
        onChange={(id, hit) => props.add({ id, name: hit ? hit.name : id })}
      />
      <ul className="peer-chips" data-testid="peer-chosen">
        {props.chosen.map((c) => (
          <li key={c.id} data-cluster={c.id}>
            {c.name}{' '}
            <button type="button" onClick={() => props.drop(c.id)}>
              {tt('remove')}
            </button>
          </li>
        ))}
      </ul>
      {me.data?.role === 'analyst' || me.data?.role === 'admin' ? (
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
            disabled={props.chosen.length === 0 || !name.trim()}
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
    </>
  );
}

/** Peers suggested by similarity of industry structure and size, each with why. */
function PeerSuggestions(props: { cluster: string; add: (p: Peer) => void }) {
  const { lang, name } = useLang();
  const tt = useDictionary(yearsPeersText);
  const suggested = useLoad(props.cluster, () => peersApi.suggest(props.cluster));
  return (
    <>
      <h4>{tt('suggestions')}</h4>
      <ul data-testid="peer-suggestions">
        {(suggested.data?.items ?? []).map((s) => (
          <li key={s.id} data-cluster={s.id}>
            <b>{name(s.name, s.nameEn)}</b>{' '}
            <span className="muted">
              {tt('similarity', { p: formatPercent(lang, s.similarity) })}
            </span>{' '}
            <button
              type="button"
              onClick={() => props.add({ id: s.id, name: name(s.name, s.nameEn) })}
            >
              {tt('add')}
            </button>
            <br />
            <span className="muted">{lang === 'en' ? s.reason.en : s.reason.zh}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
