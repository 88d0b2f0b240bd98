import type {
  CrossRegionProfile,
  NewWorkItem,
  WorkItem,
  WorkItemChange,
  WorkPlan,
} from '../../../src/contract/cross-region.ts';
import type { Deleted } from '../../../src/contract/deleted.ts';
import { get, send } from '../http.ts';

export type { CrossRegionProfile, WorkItem, WorkPlan };

const enc = encodeURIComponent;

export const crossRegionApi = {
  profile: (id: string) => get<CrossRegionProfile>(`/api/clusters/${enc(id)}/cross-region`),
  plan: (id: string) => get<WorkPlan>(`/api/clusters/${enc(id)}/work-plan`),
  add: (id: string, item: NewWorkItem) =>
    send<WorkItem>('POST', `/api/clusters/${enc(id)}/work-plan`, item),
  change: (item: string, change: WorkItemChange) =>
    send<WorkItem>('PATCH', `/api/work-plan/${enc(item)}`, change),
  remove: (item: string) => send<Deleted>('DELETE', `/api/work-plan/${enc(item)}`),
};
