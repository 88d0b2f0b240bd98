import { describe, expect, it } from 'vitest';
import { listChainTemplates } from '../../src/services/chain/templates.ts';
import { bilingualQuery } from '../../src/services/matching/bilingual-query.ts';

describe('bilingualQuery', () => {
  it('adds the Chinese words of the chain nodes an English request names, the head noun first', async () => {
    const templates = await listChainTemplates();
    const q = bilingualQuery('hydraulic valves', templates);
    expect(q.startsWith('hydraulic valves ')).toBe(true);
    expect(q).toContain('液压阀');
    expect(q).toContain('多路阀');
    // Hydraulic pumps share only the modifier: left out.
    expect(q).not.toContain('液压泵');
  });

  it('leaves a Chinese request and an unknown English one as they are', async () => {
    const templates = await listChainTemplates();
    expect(bilingualQuery('液压阀', templates)).toBe('液压阀');
    expect(bilingualQuery('zzz qqq', templates)).toBe('zzz qqq');
  });
});
