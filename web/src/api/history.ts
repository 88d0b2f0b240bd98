import { get, query, send } from '../http.ts';

import type { OrganizationHistory, UndoAnswer } from '../../../src/contract/history.ts';

export type { ChangeItem, OrganizationHistory, UndoAnswer } from '../../../src/contract/history.ts';

export const historyApi = {
  organization: (id: string, page = 1, pageSize = 50) =>
    get<OrganizationHistory>(
      `/api/organizations/${encodeURIComponent(id)}/history?${query({ page, pageSize })}`,
    ),
  undo: (change: number) => send<UndoAnswer>('POST', `/api/changes/${change}/undo`),
  /** Undo the whole merge a change belongs to (the merged organisation comes back). */
  undoMerge: (change: number) => send<UndoAnswer>('POST', `/api/changes/${change}/undo-merge`),
};
