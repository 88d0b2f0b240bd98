import type { PanoramaNode } from '../../api/chain.ts';
import type { EvidenceSpeaker } from './evidence-speaker.ts';

/** The panorama's status thresholds (analytics/chain/panorama.ts PanoramaOptions). */
export interface StatusThresholds {
  strongMinFirms: number;
  strongMinAnchors: number;
  weakMaxFirms: number;
}

/**
 * Why a node has its status, in the reader's language: its counted
 * organisations and anchors (leaders, champions, little giants) against
 * the thresholds in force (the API's `reason` says it in English).
 */
export function nodeReason(n: PanoramaNode, o: StatusThresholds, s: EvidenceSpeaker): string {
  const what = s.say(n.stage === 'support' ? 'what.organisations' : 'what.firms');
  const counted = s.count(n.counts.counted);
  const anchors = s.count(n.counts.anchors);
  switch (n.status) {
    case 'missing':
      return s.say('node.missing', { what });
    case 'strong':
      return s.say('node.strong', {
        counted,
        what,
        anchors,
        minFirms: o.strongMinFirms,
        minAnchors: o.strongMinAnchors,
      });
    case 'weak':
      return s.say('node.weak', { counted, what, maxFirms: o.weakMaxFirms });
    default:
      return s.say('node.present', { counted, what, anchors });
  }
}
