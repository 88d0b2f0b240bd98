import { useState } from 'react';
import { chainApi } from '../../api/chain.ts';
import { sessionApi } from '../../api/session.ts';
import { useLoad } from '../../use-load.ts';

/**
 * One chain's panorama for a cluster, reloaded after a review; the last
 * answer stays on screen while the next loads. Analysts and admins may review.
 */
export function usePanorama(cluster: string, chain: string) {
  const [generation, setGeneration] = useState(0);
  const { data, error } = useLoad(`${cluster}|${chain}|${generation}`, () =>
    chainApi.panorama(cluster, chain),
  );
  const me = useLoad('me', () => sessionApi.me());
  const canReview = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const [last, setLast] = useState(data);
  if (data && data !== last) setLast(data);
  const review = (node: string, org: string, decision: 'confirm' | 'reject') =>
    chainApi.review(chain, node, org, decision).then(() => setGeneration((g) => g + 1));
  return { shown: data ?? last, error, review: canReview ? review : undefined };
}
