import { useDictionary } from '../../i18n/dictionary.ts';
import { templateEditorText } from '../../i18n/template-editor.ts';
import type { EditorMode } from './use-template-draft.ts';

/** Form or JSON: the JSON view is for those who know the format. */
export function TemplateModeSwitch(props: { mode: EditorMode; onMode: (m: EditorMode) => void }) {
  const te = useDictionary(templateEditorText);
  return (
    <div className="mode-switch" role="group" aria-label={te('modeLabel')}>
      {(['form', 'json'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={props.mode === m}
          className={props.mode === m ? 'current' : undefined}
          onClick={() => props.onMode(m)}
          data-testid={`template-mode-${m}`}
        >
          {te(m === 'form' ? 'modeForm' : 'modeJson')}
        </button>
      ))}
    </div>
  );
}
