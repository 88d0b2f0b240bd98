import { defineDictionary } from './dictionary.ts';

/** Undoing a whole import from the list of imports made: the confirm step and why it is refused. */
export const undoImportText = defineDictionary({
  zh: {
    undo: '撤销这次导入',
    checking: '正在核对…',
    confirmTitle: '撤销这次导入（{file}）？',
    removes:
      '将删除它新建的 {organizations} 家机构、{figures} 条年度数据和 {links} 条关系，并把它对已有记录的 {changes} 处修改改回原值。撤销本身也会记入变更历史。',
    confirm: '确认撤销',
    cancel: '取消',
    undoing: '撤销中…',
    done: '已撤销：删除了 {organizations} 家机构、{figures} 条年度数据和 {links} 条关系，改回 {changes} 处修改。',
    refused: '无法撤销这次导入：',
    'reason.undone': '它已经撤销过了（第 {change} 号变更）。',
    'reason.changed':
      '它新建的一条记录后来又被修改过（第 {change} 号变更）。请先在该机构的变更历史里撤销那次修改。',
    'reason.referred':
      '它新建的机构现在有 {links} 条关系、{members} 个集群成员身份和 {figures} 条其他来源的年度数据。请先撤销或删除它们。',
    'reason.kind': '这类数据（{kind}）不保留变更历史，无法撤销；只能撤销机构和关系的导入。',
    'reason.missing': '找不到这次导入的记录。',
    'reason.other': '{message}',
  },
  en: {
    undo: 'Undo this import',
    checking: 'Checking…',
    confirmTitle: 'Undo this import ({file})?',
    removes:
      'This deletes the {organizations|organisation|organisations}, {figures|yearly figure|yearly figures} and {links|link|links} it created, and sets {changes|change|changes} it made to records the atlas held back to their previous values. The undo is itself recorded in the change history.',
    confirm: 'Confirm undo',
    cancel: 'Cancel',
    undoing: 'Undoing…',
    done: 'Undone: {organizations|organisation|organisations}, {figures|yearly figure|yearly figures} and {links|link|links} deleted, {changes|change|changes} set back.',
    refused: 'This import cannot be undone: ',
    'reason.undone': 'it was undone already (change no. {change}).',
    'reason.changed':
      'a record it created has changed since (change no. {change}). Undo that change first, in the organisation’s history.',
    'reason.referred':
      'the organisations it created now have {links|link|links}, {members|cluster membership|cluster memberships} and {figures|yearly figure|yearly figures} from other sources. Undo or remove them first.',
    'reason.kind':
      'records of this kind ({kind}) keep no change history, so their import cannot be undone; only imports of organisations and of links can.',
    'reason.missing': 'no record of this import was found.',
    'reason.other': '{message}',
  },
});
