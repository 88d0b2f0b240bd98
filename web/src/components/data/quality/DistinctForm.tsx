import { useDictionary } from '../../../i18n/dictionary.ts';
import { qualityText } from '../../../i18n/quality.ts';

/** Records a duplicate candidate as distinct firms, with an optional note. */
export function DistinctForm(props: { onDistinct: (note: string | undefined) => void }) {
  const tt = useDictionary(qualityText);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const note = String(new FormData(e.currentTarget).get('note') ?? '').trim();
        props.onDistinct(note || undefined);
      }}
    >
      <input
        name="note"
        maxLength={500}
        aria-label={tt('distinctNote')}
        placeholder={tt('distinctNote')}
        data-testid="distinct-note"
      />
      <button
        type="submit"
        className="small-button"
        title={tt('distinctTitle')}
        data-testid="mark-distinct"
      >
        {tt('distinct')}
      </button>
    </form>
  );
}
