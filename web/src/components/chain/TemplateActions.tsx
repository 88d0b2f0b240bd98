import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';

/** Check (the server's dry run), save as a new version, or leave the editor. */
export function TemplateActions(props: {
  onSubmit: (dryRun: boolean) => void;
  onCancel: () => void;
}) {
  const tt = useDictionary(chainText);
  return (
    <p>
      <button type="button" onClick={() => props.onSubmit(true)} data-testid="template-check">
        {tt('editorCheck')}
      </button>{' '}
      <button type="button" onClick={() => props.onSubmit(false)} data-testid="template-save">
        {tt('editorSave')}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        {tt('editorCancel')}
      </button>
    </p>
  );
}
