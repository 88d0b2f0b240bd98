import { useState } from 'react';
import { chainApi, type ClusterChains } from '../../api/chain.ts';
import { sessionApi } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLoad } from '../../use-load.ts';
import { chainBindingText } from './chain-binding-text.ts';

/**
 * A cluster's chain binding on screen: when no template is bound, says
 * plainly that the chain shown is guessed from the cluster's name; lets an
 * analyst bind the chain shown (first, keeping the others) or drop an
 * analyst's choice (PUT /api/clusters/:id/chains). Visitors see the words only.
 */
export function ChainBinding(props: {
  clusterId: string;
  binding: ClusterChains | null;
  /** The template shown, and its name in the reader's language. */
  chain: string | null;
  chainName: string;
  /** The reader chose the template shown on this page (not bound, not guessed). */
  picked: boolean;
  /** Called with the binding the server answered. */
  onChanged: (binding: ClusterChains) => void;
}) {
  const tb = useDictionary(chainBindingText);
  const me = useLoad('me', () => sessionApi.me());
  const analyst = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const by = props.binding?.chainTemplatesBy ?? 'none';
  const bound = props.binding?.chainTemplates ?? [];
  const save = (templates: string[], done: string) => {
    setBusy(true);
    setError(null);
    chainApi.bindChains(props.clusterId, templates).then(
      (b) => {
        setBusy(false);
        setSaid(done);
        props.onChanged(b);
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  const chain = props.chain;
  const vars = { chain: props.chainName };
  return (
    <div className="chain-binding" data-testid="chain-binding" data-by={by}>
      {by === 'none' ? (
        <p role="note" className="chain-guessed" data-testid="chain-guessed">
          {!chain ? tb('guessedNone') : tb(props.picked ? 'pickedNote' : 'guessedNote', vars)}
          {analyst ? null : ` ${tb('guessedAskAnalyst')}`}
        </p>
      ) : null}
      {analyst && chain && bound[0] !== chain ? (
        <button
          type="button"
          disabled={busy}
          data-testid="chain-bind"
          onClick={() => save([chain, ...bound.filter((x) => x !== chain)], tb('bound', vars))}
        >
          {busy ? tb('binding') : tb(bound.length ? 'bindFirst' : 'bind', vars)}
        </button>
      ) : null}{' '}
      {analyst && by === 'analyst' ? (
        <button
          type="button"
          disabled={busy}
          data-testid="chain-unbind"
          onClick={() => save([], tb('wasReset'))}
        >
          {props.binding?.fields.length ? tb('reset') : tb('resetNone')}
        </button>
      ) : null}
      {said ? (
        <span role="status" className="muted">
          {' '}
          {said}
        </span>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
