import type { ChainTemplate, TemplateDraft } from '../../api/chain.ts';
import { send } from '../../http.ts';
import type { ChainTemplateCheck } from '../../../../src/contract/chain-templates.ts';

/** A problem the server (or the JSON parser) found, with the node it is about: the server's contract. */
export type TemplateProblem = ChainTemplateCheck['problems'][number];

/** 1.0.0 → 1.0.1; anything else gets ".1" appended. */
export function nextVersion(v: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : `${v}.1`;
}

/** Where "new template" starts: one node citing one source, to be filled in. */
export const NEW_TEMPLATE: TemplateDraft = {
  id: 'my-chain',
  version: '1.0.0',
  nameZh: '新产业链',
  nameEn: 'New chain',
  sources: [{ id: 's1', citation: '（填写依据）', verified: false }],
  nodes: [
    {
      id: 'node-1',
      nameZh: '环节一',
      nameEn: 'Node one',
      stage: 'midstream',
      fourBases: 'none',
      source: 's1',
    },
  ],
  edges: [],
};

export type SubmitOutcome =
  | { kind: 'valid' }
  | { kind: 'saved'; id: string }
  | { kind: 'problems'; problems: TemplateProblem[] };

/**
 * Sends a template to the server: checked only (dry run), or saved as a new
 * version. A refusal answers the server's problems, each naming its node.
 */
export async function submitTemplate(body: unknown, dryRun: boolean): Promise<SubmitOutcome> {
  try {
    if (dryRun) {
      const r = await send<ChainTemplateCheck>('POST', '/api/chains?dryRun=true', body);
      return r.valid ? { kind: 'valid' } : { kind: 'problems', problems: r.problems };
    }
    const saved = await send<ChainTemplate>('POST', '/api/chains', body);
    return { kind: 'saved', id: saved.id };
  } catch (e) {
    const details = (e as { body?: { details?: { problems?: TemplateProblem[] } } }).body?.details;
    return {
      kind: 'problems',
      problems: details?.problems ?? [{ node: '', reason: (e as Error).message }],
    };
  }
}
