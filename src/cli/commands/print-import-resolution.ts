import type { AtlasResolution } from '../../services/import/atlas-resolution.ts';
import { say } from '../output.ts';

/** At most this many matches, candidates, renames and places are listed on screen (all in --format json). */
const LISTED = 20;

const HOW: Record<string, string> = {
  id: 'same id',
  uscc: 'same USCC',
  external_id: 'same external id',
  name: 'same name',
  resolver: 'name and place',
};

function more(n: number): void {
  if (n > LISTED) say(`  … and ${n - LISTED} more (--format json lists all)`);
}

/** How an organisations import met the atlas, in words. */
export function printResolution(r: AtlasResolution): void {
  const c = r.counts;
  say(
    `organisations: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.queued} held for review (not written)`,
  );
  const updated = r.matched.filter((m) => m.changed.length > 0);
  for (const m of updated.slice(0, LISTED))
    say(
      `  row ${m.row} ${m.name} → ${m.atlasName} (${m.organization}; ${HOW[m.how]}, score ${m.score.toFixed(2)}): ${m.changed.join(', ')} changed`,
    );
  more(updated.length);
  for (const q of r.queued.slice(0, LISTED))
    say(
      `  review row ${q.row} ${q.name}: maybe ${q.candidateName} (${q.candidate}), score ${q.score.toFixed(2)} — ${q.reasons.join(', ')}; merge it with --reviewed ${q.row}=${q.candidate}, write it as new with --reviewed ${q.row}=new (or all held rows with --queued-as-new)`,
    );
  more(r.queued.length);
  for (const n of r.renamed.slice(0, LISTED))
    say(`  renamed row ${n.row}: ${n.from} → ${n.to} (${n.organization}, ${HOW[n.how]})`);
  more(r.renamed.length);
  for (const l of r.located.slice(0, LISTED))
    say(
      `  placed row ${l.row} ${l.name}: ${l.region} (${l.level}) from its coordinates${l.how === 'nearest' ? `, nearest outline ${l.distanceKm.toFixed(1)} km away (unverified)` : ''}${l.countyUnset ? `; county not set: ${l.countyUnset}` : ''}`,
    );
  more(r.located.length);
}
