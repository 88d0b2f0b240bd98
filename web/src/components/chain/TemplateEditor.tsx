import type { ChainTemplate } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { TemplateActions } from './TemplateActions.tsx';
import { TemplateForm } from './TemplateForm.tsx';
import { TemplateJson } from './TemplateJson.tsx';
import { TemplateModeSwitch } from './TemplateModeSwitch.tsx';
import { TemplateProblems } from './TemplateProblems.tsx';
import { NEW_TEMPLATE, nextVersion } from './template-draft.ts';
import { useTemplateDraft } from './use-template-draft.ts';

/**
 * Edits a template, saved as a new version: in a form (names, stages,
 * parents, four-bases class, codes, keywords, links) or, for power users, as
 * its JSON (every field of the format, documented in data/chains/README.md).
 * The server checks it first and names the node and the reason of each
 * problem; nothing is stored until it passes. "New template" starts from a
 * one-node skeleton.
 */
export function TemplateEditor(props: { template: ChainTemplate; onSaved: (id: string) => void }) {
  const tt = useDictionary(chainText);
  const d = useTemplateDraft(props.onSaved);
  if (d.draft === null || d.text === null)
    return (
      <p>
        <button
          type="button"
          data-testid="template-edit"
          onClick={() =>
            d.open({ ...props.template, version: nextVersion(props.template.version) })
          }
        >
          {tt('editorEdit')}
        </button>{' '}
        <button type="button" data-testid="template-new" onClick={() => d.open(NEW_TEMPLATE)}>
          {tt('editorNew')}
        </button>
      </p>
    );
  return (
    <div className="template-editor" data-testid="template-editor">
      <TemplateModeSwitch mode={d.mode} onMode={d.switchTo} />
      {d.mode === 'form' ? (
        <TemplateForm template={d.draft} onChange={d.setDraft} />
      ) : (
        <TemplateJson text={d.text} onText={d.setText} />
      )}
      <TemplateActions onSubmit={(dryRun) => void d.submit(dryRun)} onCancel={d.close} />
      {d.note ? <p role="status">{d.note}</p> : null}
      <TemplateProblems problems={d.problems} />
    </div>
  );
}
