import { useState } from 'react';
import { peersApi } from '../../api/peer-sets.ts';
import { sessionApi } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';
import { useLoad } from '../../use-load.ts';
import { Picker } from '../Picker.tsx';

type Peer = { id: string; name: string };

/** Peer regions picked by name (the search picker), listed, and saved as a set by an analyst. */
export function RegionPeerBuilder(props: { region: string; saved: (id: string) => void }) {
  const tt = useDictionary(timeSliderText);
  const me = useLoad('session', () => sessionApi.me());
  const [chosen, setChosen] = useState<Peer[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const add = (p: Peer) => {
    if (p.id && p.id !== props.region && !chosen.some((c) => c.id === p.id))
      setChosen([...chosen, p]);
  };
  const save = async () => {
    try {
      const set = await peersApi.saveRegions({
        name: name.trim(),
        subject: props.region,
        members: chosen.map((c) => c.id),
      });
      setMessage(tt('saved', { name: set.name }));
      setName('');
      setChosen([]);
      props.saved(set.id);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const analyst = me.data?.role === 'analyst' || me.data?.role === 'admin';
  return (
    <>
      <Picker
        types={['region']}
        value=""
        clearOnPick
        label={tt('addRegion')}
        testId="region-peer-picker"
        onChange={(id, hit) => add({ id, name: hit ? hit.name : id })}
      />
      <ChosenPeers
        chosen={chosen}
        removeLabel={tt('remove')}
        remove={(id) => setChosen(chosen.filter((x) => x.id !== id))}
      />
      {analyst ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {tt('setName')}{' '}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              data-testid="region-peer-name"
            />
          </label>{' '}
          <button
            type="submit"
            disabled={chosen.length === 0 || !name.trim()}
            data-testid="region-peer-save"
          >
            {tt('save')}
          </button>
        </form>
      ) : (
        <p className="muted">{tt('signInToSave')}</p>
      )}
      {message ? (
        <p role="status" data-testid="region-peer-message">
          {message}
        </p>
      ) : null}
    </>
  );
}

/** The peers picked so far, each with a button to remove it. */
function ChosenPeers(props: { chosen: Peer[]; removeLabel: string; remove: (id: string) => void }) {
  return (
    <ul className="peer-chips" data-testid="region-peer-chosen">
      {props.chosen.map((c) => (
        <li key={c.id} data-region={c.id}>
          {c.name}{' '}
          <button type="button" onClick={() => props.remove(c.id)}>
            {props.removeLabel}
          </button>
        </li>
      ))}
    </ul>
  );
}
