import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import {
  listPoolFor,
  matchDemand,
  poolVisibleTo,
  postCapability,
  qualifySupplier,
  setConsent,
  shareSupplier,
} from '../../src/services/matching/index.ts';
import { smallAtlas } from './fixture.ts';

let db: Duck;
beforeEach(async () => {
  db = await smallAtlas();
});
afterEach(() => db.close());

const key = { cluster: 'K', leader: 'A', supplier: 'S1' };

describe('shared supplier pool: consent rules', () => {
  it('only a chain leader of the cluster may qualify a supplier', async () => {
    await expect(qualifySupplier(db, { ...key, leader: 'C' })).rejects.toMatchObject({
      code: 'ATLAS_E_FORBIDDEN',
    });
    await expect(qualifySupplier(db, { ...key, leader: 'S2' })).rejects.toMatchObject({
      code: 'ATLAS_E_FORBIDDEN',
    });
    expect((await qualifySupplier(db, key)).consent).toBe('pending');
  });

  it('sharing without the supplier’s consent is refused', async () => {
    await qualifySupplier(db, key);
    await expect(shareSupplier(db, key, { actor: 'A' })).rejects.toMatchObject({
      code: 'ATLAS_E_POOL_CONSENT',
    });
    await setConsent(db, key, 'refused', { actor: 'S1' });
    await expect(shareSupplier(db, key, { actor: 'A' })).rejects.toMatchObject({
      code: 'ATLAS_E_POOL_CONSENT',
    });
    expect((await poolVisibleTo(db, 'B')).size).toBe(0);
  });

  it('only the supplier gives consent, only the qualifying leader shares', async () => {
    await qualifySupplier(db, key);
    await expect(setConsent(db, key, 'granted', { actor: 'A' })).rejects.toMatchObject({
      code: 'ATLAS_E_FORBIDDEN',
    });
    await setConsent(db, key, 'granted', { actor: 'S1' });
    await expect(shareSupplier(db, key, { actor: 'B' })).rejects.toMatchObject({
      code: 'ATLAS_E_FORBIDDEN',
    });
  });

  it('a shared supplier is seen by the other leaders of the cluster only', async () => {
    await qualifySupplier(db, key);
    await setConsent(db, key, 'granted', { actor: 'S1' });
    // Consent alone shares nothing: the leader decides to share.
    expect((await poolVisibleTo(db, 'B')).size).toBe(0);
    await shareSupplier(db, key, { actor: 'A' });
    expect([...(await poolVisibleTo(db, 'B'))]).toEqual([['S1', ['A']]]);
    expect((await poolVisibleTo(db, 'A')).size).toBe(0); // its own, not a peer's
    expect((await poolVisibleTo(db, 'C')).size).toBe(0); // another cluster
    expect((await poolVisibleTo(db, 'S2')).size).toBe(0); // not a leader
    expect((await listPoolFor(db, 'A')).map((e) => e.peer)).toEqual([false]);
    expect((await listPoolFor(db, 'B')).map((e) => e.peer)).toEqual([true]);
  });

  it('withdrawing consent removes the supplier from the peers’ view', async () => {
    await qualifySupplier(db, key);
    await setConsent(db, key, 'granted', { actor: 'S1' });
    await shareSupplier(db, key, { actor: 'A' });
    const after = await setConsent(db, key, 'withdrawn', { actor: 'S1' });
    expect(after.shared).toBe(false);
    expect((await poolVisibleTo(db, 'B')).size).toBe(0);
  });

  it('peers see the supplier in matches marked qualified by a peer; others do not', async () => {
    await postCapability(db, { organization: 'S1', title: '多路阀', products: ['多路阀'] });
    await postCapability(db, { organization: 'F', title: '多路阀', products: ['多路阀'] });
    await qualifySupplier(db, key);
    await setConsent(db, key, 'granted', { actor: 'S1' });
    await shareSupplier(db, key, { actor: 'A' });
    const forB = await matchDemand(db, { text: '多路阀', organization: 'B' });
    const s1 = forB.matches.find((m) => m.supplier.id === 'S1')!;
    expect(s1.qualifiedBy).toEqual([{ id: 'A', name: '主机甲' }]);
    expect(s1.parts.pool.value).toBe(1);
    expect(s1.reasons.some((r) => r.includes('qualified by a peer: 主机甲'))).toBe(true);
    expect(forB.matches[0].supplier.id).toBe('S1'); // the pool lifts it above F
    const forC = await matchDemand(db, { text: '多路阀', organization: 'C' });
    expect(forC.matches.every((m) => m.qualifiedBy.length === 0)).toBe(true);
  });
});
