/**
 * How close two GB/T 4754-2017 codes are: the deepest level of the
 * classification they share — the class (4 digits), the group (3) or the
 * division (2) — read from their common prefix; a code given at a coarser
 * level (a world cluster's division '27') meets every class under it at
 * that level. Null when they share no division.
 */
export type MatchLevel = 'class' | 'group' | 'division';

const LEVELS: readonly [number, MatchLevel][] = [
  [4, 'class'],
  [3, 'group'],
  [2, 'division'],
];

export function sharedLevel(a: string, b: string): MatchLevel | null {
  for (const [n, level] of LEVELS) {
    if (a.length < n || b.length < n) continue;
    if (a.slice(0, n) === b.slice(0, n)) return level;
  }
  return null;
}

const RANK: Record<MatchLevel, number> = { class: 3, group: 2, division: 1 };

/** The closest pair between two code lists, or null when none shares a division. */
export function closestMatch(
  world: readonly string[],
  field: readonly string[],
): { level: MatchLevel; worldCode: string; fieldCode: string } | null {
  let best: { level: MatchLevel; worldCode: string; fieldCode: string } | null = null;
  for (const w of world)
    for (const f of field) {
      const level = sharedLevel(w, f);
      if (level && (!best || RANK[level] > RANK[best.level]))
        best = { level, worldCode: w, fieldCode: f };
    }
  return best;
}
