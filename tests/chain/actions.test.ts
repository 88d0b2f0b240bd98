import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertActionTransition,
  nextActionStates,
} from '../../src/analytics/chain/action-state.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import { createAction, listActions, moveAction } from '../../src/services/chain/actions.ts';
import { chainPanorama } from '../../src/services/chain/panorama.ts';
import { chainTargets } from '../../src/services/chain/targets.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

describe('action states', () => {
  it('go forward (skipping allowed), or to dropped from any open state; landed and dropped are final', () => {
    expect(nextActionStates('identified')).toEqual([
      'contacted',
      'negotiating',
      'signed',
      'landed',
      'dropped',
    ]);
    expect(nextActionStates('signed')).toEqual(['landed', 'dropped']);
    expect(nextActionStates('landed')).toEqual([]);
    expect(nextActionStates('dropped')).toEqual([]);
    expect(() => assertActionTransition('identified', 'negotiating')).not.toThrow();
  });

  it('refuses moving back, staying, or leaving a final state, with the allowed states', () => {
    for (const [from, to] of [
      ['negotiating', 'contacted'],
      ['contacted', 'contacted'],
      ['landed', 'dropped'],
      ['dropped', 'identified'],
    ] as const) {
      try {
        assertActionTransition(from, to);
        throw new Error('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(AtlasError);
        expect((e as AtlasError).code).toBe('ATLAS_E_ACTION_TRANSITION');
        expect((e as AtlasError).details.allowed).toEqual(nextActionStates(from));
      }
    }
  });
});

describe('actions on the default data: a target that lands changes the panorama', () => {
  const CHANGSHA = 'national-changsha-construction-machinery';
  const base = { cluster: CHANGSHA, chain: 'construction-machinery' };
  let db: Duck;
  beforeAll(async () => {
    db = await openStore({ path: ':memory:' });
    await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  }, 60_000);
  afterAll(() => db.close());

  it('tracks a target from identified to landed with dates, and shows the slewing-bearing node filled', async () => {
    const t = await chainTargets(db, {
      ...base,
      node: 'slewing-bearing',
      targetOptions: { limit: 1 },
    });
    const target = t.nodes[0].targets[0];
    expect(target.action).toBeNull();
    const a = await createAction(db, {
      ...base,
      node: 'slewing-bearing',
      organization: target.id,
      owner: '招商局',
      at: '2025-01-10',
    });
    expect(a).toMatchObject({
      state: 'identified',
      owner: '招商局',
      createdAt: '2025-01-10T00:00:00.000Z',
    });
    await expect(
      createAction(db, { ...base, node: 'slewing-bearing', organization: target.id }),
    ).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    await moveAction(db, a.id, 'contacted', { at: '2025-02-01', note: '首次拜访' });
    await expect(moveAction(db, a.id, 'identified')).rejects.toMatchObject({
      code: 'ATLAS_E_ACTION_TRANSITION',
    });
    await expect(moveAction(db, a.id, 'signed', { at: '2025-01-20' })).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    await moveAction(db, a.id, 'signed', { at: '2025-05-01' });

    // The target now says which action tracks it, in its current state; not elsewhere.
    const again = async (q: typeof base | { region: string; chain: string }) =>
      (await chainTargets(db, { ...q, node: 'slewing-bearing' })).nodes[0].targets.find(
        (x) => x.id === target.id,
      );
    expect((await again(base))?.action).toEqual({ id: a.id, state: 'signed' });
    expect((await again({ region: '320500', chain: base.chain }))?.action ?? null).toBeNull();

    const mid = await chainPanorama(db, base);
    expect(mid.actions?.byNode['slewing-bearing']).toEqual({ signed: 1 });
    expect(mid.actions?.changed).toEqual([]);

    const landed = await moveAction(db, a.id, 'landed', { at: '2025-09-01', by: '张三' });
    expect(landed.events.map((e) => e.state)).toEqual([
      'identified',
      'contacted',
      'signed',
      'landed',
    ]);
    expect(landed.next).toEqual([]);

    const after = await chainPanorama(db, base);
    expect(after.actions?.landed).toEqual([
      { id: a.id, node: 'slewing-bearing', organization: target.id },
    ]);
    expect(after.actions?.changed).toContainEqual({
      node: 'slewing-bearing',
      before: 'missing',
      after: 'weak',
    });
    expect(after.actions!.completenessAfter).toBeGreaterThan(after.actions!.completenessBefore);
    expect((await listActions(db, { scope: CHANGSHA })).map((x) => x.id)).toEqual([a.id]);
  });
});
