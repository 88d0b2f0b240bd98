import { MatchItem } from '../components/matching/MatchItem.tsx';
import { Fragment, useState, type FormEvent } from 'react';
import { matchingApi, type Dashboard, type RankAnswer } from '../api/matching.ts';
import { MatchOutcomes } from '../components/matching/MatchOutcomes.tsx';
import { ServicePlatforms } from '../components/matching/ServicePlatforms.tsx';
import { SupplierPool } from '../components/matching/SupplierPool.tsx';
import { sessionApi } from '../api/session.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { matchingText } from '../i18n/matching.ts';
import { formatNumber } from '../i18n/common.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';
import { Picker } from '../components/Picker.tsx';
import { capacityText } from '../i18n/capacity.ts';
import { sectionHref } from '../route.ts';
import { CapacityPage } from './CapacityPage.tsx';

const RECORD_TOP = 3;

/**
 * Matchmaking (route #/matching; #/matching/capacity is the capacity
 * alliance's order allocation): a need ranked against every capability
 * with the reasons; analysts can save it as a demand and record the top
 * matches; the outcome counts a promotion organisation reports, the
 * parties' matches moving through their states, and the public service
 * platforms with their requests.
 */
export function MatchingPage(props: { rest: string[] }) {
  return props.rest[0] === 'capacity' ? <CapacityPage /> : <Matchmaking />;
}

function Matchmaking() {
  const tt = useDictionary(matchingText);
  const tc = useDictionary(capacityText);
  // The example need in the reader's language (the search finds the same suppliers from either).
  const [need, setNeed] = useState(() => tt('defaultNeed'));
  // No buyer chosen for the reader: the ranking needs none, saving a demand asks for one.
  const [buyer, setBuyer] = useState('');
  const [region, setRegion] = useState('');
  const [answer, setAnswer] = useState<RankAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const dashboard = useLoad(`dash-${generation}`, () => matchingApi.dashboard());
  const me = useLoad('me', () => sessionApi.me());

  const search = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNote(null);
    matchingApi.rank(need, buyer, region).then(setAnswer, (err: Error) => setError(err.message));
  };
  const save = () => {
    setError(null);
    if (!buyer) return setNote(tt('needsBuyer'));
    matchingApi
      .postDemand(buyer, need)
      .then((d) => matchingApi.recordMatches(d.id, RECORD_TOP))
      .then(() => {
        setNote(tt('saved'));
        setGeneration((g) => g + 1);
      })
      .catch((err: Error) => setError(err.message));
  };

  return (
    <section className="page matching-page" data-testid="page-matching">
      <h2>{tt('title')}</h2>
      <p className="muted">{tt('explain')}</p>
      <p>
        <a href={sectionHref('matching', 'capacity')} data-testid="capacity-link">
          {tc('link')}
        </a>
      </p>
      <MatchForm
        need={need}
        onNeed={setNeed}
        buyer={buyer}
        onBuyer={setBuyer}
        region={region}
        onRegion={setRegion}
        onSubmit={search}
      />
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
      <div className="matching-grid">
        <div>{answer ? <MatchResults answer={answer} onSave={save} /> : null}</div>
        <aside className="matching-dashboard" data-testid="match-dashboard">
          <h3>{tt('dashboard')}</h3>
          <DashboardCounts totals={dashboard.data?.totals ?? null} />
          {/* The pool as the chosen buyer sees it: chosen anew with the buyer. */}
          <SupplierPool key={buyer} leader={buyer} />
        </aside>
      </div>
      <MatchOutcomes
        me={me.data ?? null}
        generation={generation}
        onMoved={() => setGeneration((g) => g + 1)}
      />
      <ServicePlatforms key={me.data?.organization ?? ''} me={me.data ?? null} />
    </section>
  );
}

type Totals = Dashboard['totals'];

/** This year's outcome counts: SMEs matched with leaders, leaders taking part, matches by state. */
function DashboardCounts({ totals }: { totals: Totals | null }) {
  const { t } = useLang();
  const tt = useDictionary(matchingText);
  if (!totals) return <p className="muted">{t('loading')}</p>;
  return (
    <dl className="facts">
      <dt>{tt('smes')}</dt>
      <dd data-testid="dash-smes">{totals.smesWithLeaders}</dd>
      <dt>{tt('leaders')}</dt>
      <dd>{totals.leaders}</dd>
      <dt>{tt('matches')}</dt>
      <dd data-testid="dash-matches">{totals.matches}</dd>
      {Object.entries(totals.byStatus).map(([s, n]) => (
        <Fragment key={s}>
          <dt>{tt(`status.${s}` as 'status.proposed')}</dt>
          <dd>{n}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The need in words, the buyer and the region chosen by name (both optional). */
function MatchForm(p: {
  need: string;
  onNeed: (need: string) => void;
  buyer: string;
  onBuyer: (id: string) => void;
  region: string;
  onRegion: (id: string) => void;
  onSubmit: (e: FormEvent) => void;
}) {
  const tt = useDictionary(matchingText);
  return (
    <form className="matching-form" onSubmit={p.onSubmit}>
      <label>
        {tt('need')}
        <input
          value={p.need}
          onChange={(e) => p.onNeed(e.target.value)}
          placeholder={tt('needPlaceholder')}
          required
        />
      </label>
      <Picker
        types={['organization']}
        value={p.buyer}
        onChange={(id) => p.onBuyer(id)}
        label={tt('buyer')}
        testId="match-buyer"
      />
      <Picker
        types={['region']}
        value={p.region}
        onChange={(id) => p.onRegion(id)}
        label={tt('region')}
        testId="match-region"
      />
      <button type="submit" data-testid="match-search">
        {tt('search')}
      </button>
    </form>
  );
}

/** The ranked suppliers, and saving the need as a demand with its top matches recorded. */
function MatchResults({ answer, onSave }: { answer: RankAnswer; onSave: () => void }) {
  const { lang } = useLang();
  const tt = useDictionary(matchingText);
  return (
    <>
      <p className="muted">{tt('candidates', { n: formatNumber(lang, answer.candidates) })}</p>
      {answer.matches.length === 0 ? <p className="muted">{tt('noMatch')}</p> : null}
      <ol className="match-list" data-testid="match-list">
        {answer.matches.map((m) => (
          <MatchItem key={m.capability} m={m} />
        ))}
      </ol>
      {answer.matches.length ? (
        <button type="button" onClick={onSave} data-testid="match-save">
          {tt('save', { n: RECORD_TOP })}
        </button>
      ) : null}
    </>
  );
}
