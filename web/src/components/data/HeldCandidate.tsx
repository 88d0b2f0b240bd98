import { useState } from 'react';
import type { HeldCandidate as Held } from '../../api/imports.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { organizationHref } from '../../route.ts';
import { Picker } from '../Picker.tsx';
import { DataText, SourceText } from '../SourceText.tsx';

type Choice = 'keep' | 'same' | 'other' | 'new';

/** The stable words of the resolver's reasons (analytics/resolution/score-pair.ts) the page says. */
const REASONS = new Set([
  'same_name',
  'name_contained',
  'abbreviation',
  'similar_name',
  'same_pinyin',
  'same_city',
  'same_province',
  'different_province',
  'same_industry',
  'different_industry',
  'same_uscc',
  'different_uscc',
  'same_stock_code',
  'ambiguous',
  'different_place_in_name',
]);

/**
 * One row held for review: the name in the file, the atlas's candidate by
 * name (a link to its page), how alike they are and why, and the person's
 * decision — keep it held, the candidate, another organisation chosen by
 * name in a picker, or a new organisation.
 */
export function HeldCandidate(props: {
  held: Held;
  decision: string | undefined;
  decide: (row: number, decision: string) => void;
}) {
  const { held, decision, decide } = props;
  const tt = useDictionary(dataText);
  // 'other' before an organisation is picked: no decision yet, the picker open.
  const [picking, setPicking] = useState(false);
  const choice: Choice =
    decision === undefined
      ? picking
        ? 'other'
        : 'keep'
      : decision === 'new'
        ? 'new'
        : decision === held.candidate
          ? 'same'
          : 'other';
  const choose = (c: Choice) => {
    setPicking(c === 'other');
    decide(held.row, { keep: '', same: held.candidate, new: 'new', other: '' }[c]);
  };
  const say = (r: string) => (REASONS.has(r) ? tt(`reason.${r}` as 'reason.same_name') : r);
  return (
    <tr data-testid="held-candidate">
      <td className="num">{held.row}</td>
      <td>
        <DataText text={held.name} />
      </td>
      <td>
        <a href={organizationHref(held.candidate)} data-testid="held-candidate-link">
          <DataText text={held.candidateName} />
        </a>
      </td>
      <td className="num">{`${Math.round(held.score * 100)}%`}</td>
      <td>
        <SourceText text={held.reasons.map(say).join('；')} />
      </td>
      <td>
        <select
          aria-label={tt('res.decision')}
          value={choice}
          onChange={(e) => choose(e.target.value as Choice)}
          data-testid="held-decision"
        >
          <option value="keep">{tt('res.keep')}</option>
          <option value="same">{tt('res.same', { name: held.candidateName })}</option>
          <option value="other">{tt('res.other')}</option>
          <option value="new">{tt('res.new')}</option>
        </select>
        {choice === 'other' ? (
          <Picker
            types={['organization']}
            value={decision ?? ''}
            onChange={(id) => decide(held.row, id)}
            label={tt('res.pickOther')}
            testId="held-other"
          />
        ) : null}
      </td>
    </tr>
  );
}
