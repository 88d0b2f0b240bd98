import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';

/** The template as its JSON, every field of the format (data/chains/README.md). */
export function TemplateJson(props: { text: string; onText: (text: string) => void }) {
  const tt = useDictionary(chainText);
  return (
    <>
      <p className="muted">{tt('editorHint')}</p>
      <textarea
        value={props.text}
        onChange={(e) => props.onText(e.target.value)}
        rows={24}
        spellCheck={false}
        aria-label={tt('editorEdit')}
        data-testid="template-json"
      />
    </>
  );
}
