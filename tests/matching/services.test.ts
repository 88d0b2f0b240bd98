import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import {
  matchCapability,
  matchDemand,
  postCapability,
  postDemand,
} from '../../src/services/matching/index.ts';
import { smallAtlas } from './fixture.ts';

let db: Duck;
beforeEach(async () => {
  db = await smallAtlas();
});
afterEach(() => db.close());

describe('matching services on hand-made data', () => {
  it('液压多路阀 finds the 多路阀 maker first, without word segmentation', async () => {
    await postCapability(db, { organization: 'S2', title: '液压油缸', products: ['液压油缸'] });
    await postCapability(db, { organization: 'S1', title: '多路阀', products: ['多路阀'] });
    const r = await matchDemand(db, { text: '液压多路阀', organization: 'A' });
    expect(r.matches.map((m) => m.supplier.id)).toEqual(['S1', 'S2']);
    expect(r.matches[0].matchedTerms.slice(0, 2).sort()).toEqual(['多路', '路阀']);
  });

  it('refuses unknown organisations and bad input', async () => {
    await expect(postDemand(db, { organization: 'nobody', title: '多路阀' })).rejects.toMatchObject(
      { code: 'ATLAS_E_NOT_FOUND' },
    );
    await expect(postDemand(db, { organization: 'A', title: '' })).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    await expect(matchDemand(db, { id: 'nope' })).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
  });

  it('a capability sees open, its cluster’s and its invitations’ demands only', async () => {
    const cap = await postCapability(db, { organization: 'F', title: '多路阀' });
    await postDemand(db, { id: 'd-open', organization: 'A', title: '多路阀', visibility: 'open' });
    await postDemand(db, {
      id: 'd-k',
      organization: 'A',
      title: '多路阀',
      visibility: 'cluster',
      cluster: 'K',
    });
    await postDemand(db, {
      id: 'd-inv',
      organization: 'B',
      title: '多路阀',
      visibility: 'invited',
      invited: ['F'],
    });
    await postDemand(db, {
      id: 'd-inv-other',
      organization: 'B',
      title: '多路阀',
      visibility: 'invited',
      invited: ['S1'],
    });
    const r = await matchCapability(db, cap.id);
    expect(r.matches.map((m) => m.demand).sort()).toEqual(['d-inv', 'd-open']);
    const s1cap = await postCapability(db, { organization: 'S1', title: '多路阀' });
    const s1 = await matchCapability(db, s1cap.id);
    expect(s1.matches.map((m) => m.demand).sort()).toEqual(['d-inv-other', 'd-k', 'd-open']);
  });
});
