import { defineDictionary } from './dictionary.ts';

/** The attraction-action pipeline (招商跟踪) on the actions tab. */
export const actionsText = defineDictionary({
  zh: {
    board: '招商跟踪看板',
    boardHint:
      '招商目标转为跟踪事项：已识别 → 已联系 → 洽谈中 → 已签约 → 已落地，或放弃；已落地的企业计入全景图，看补链效果。',
    track: '跟踪',
    tracked: '（已跟踪：{state}）',
    empty: '尚无跟踪事项；在下方的招商目标中点“跟踪”。',
    'state.identified': '已识别',
    'state.contacted': '已联系',
    'state.negotiating': '洽谈中',
    'state.signed': '已签约',
    'state.landed': '已落地',
    'state.dropped': '已放弃',
    moveTo: '→ {state}',
    effect: '产业链完整度：{before} → {after}（计入已落地企业）',
    changed: '状态改变的环节：{list}',
  },
  en: {
    board: 'Attraction pipeline',
    boardHint:
      'Targets become tracked actions: identified → contacted → negotiating → signed → landed, or dropped; landed firms count in the panorama, so the effect on the chain shows.',
    track: 'Track',
    tracked: '(tracked: {state})',
    empty: 'Nothing tracked yet; press “Track” on a target below.',
    'state.identified': 'identified',
    'state.contacted': 'contacted',
    'state.negotiating': 'negotiating',
    'state.signed': 'signed',
    'state.landed': 'landed',
    'state.dropped': 'dropped',
    moveTo: '→ {state}',
    effect: 'Chain completeness: {before} → {after} (landed firms counted)',
    changed: 'Nodes whose status changes: {list}',
  },
});
