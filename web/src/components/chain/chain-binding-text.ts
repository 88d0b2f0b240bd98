import { defineDictionary } from '../../i18n/dictionary.ts';

/** The words of a cluster's chain binding: the guess said plainly, and the analyst's controls. */
export const chainBindingText = defineDictionary({
  zh: {
    guessedNote: '本集群尚未绑定产业链模板：下面的“{chain}”是按集群名称推测的，未经核实。',
    pickedNote: '本集群尚未绑定产业链模板：下面的“{chain}”是在本页选择的，尚未绑定。',
    guessedNone: '本集群尚未绑定产业链模板，名称也推测不出：请选择一个模板。',
    guessedAskAnalyst: '分析人员可将正确的模板绑定到本集群。',
    bind: '将“{chain}”绑定到本集群',
    bindFirst: '将“{chain}”设为本集群的首选模板',
    reset: '恢复为集群所属领域的模板',
    resetNone: '取消分析人员的选择',
    binding: '正在保存…',
    bound: '已将“{chain}”绑定到本集群。',
    wasReset: '已取消分析人员的选择。',
  },
  en: {
    guessedNote:
      'No chain template is bound to this cluster: “{chain}” below is guessed from the cluster’s name, not verified.',
    pickedNote:
      'No chain template is bound to this cluster: “{chain}” below was chosen on this page, not bound.',
    guessedNone:
      'No chain template is bound to this cluster and its name suggests none: choose a template.',
    guessedAskAnalyst: 'An analyst can bind the right template to this cluster.',
    bind: 'Bind “{chain}” to this cluster',
    bindFirst: 'Make “{chain}” this cluster’s first template',
    reset: 'Return to the templates of the cluster’s field',
    resetNone: 'Drop the analyst’s choice',
    binding: 'Saving…',
    bound: '“{chain}” is now bound to this cluster.',
    wasReset: 'The analyst’s choice was dropped.',
  },
});
