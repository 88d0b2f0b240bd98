/**
 * The unit of a link's `value`, where the data say it. A link records a
 * number without a unit (table `links`, column `value`), so the unit is read
 * from how the link was made, never guessed:
 *
 * - a supply link made by `atlas generate` (provenance method `synthetic`)
 *   carries the part of the supplier's last yearly revenue sold to the
 *   customer, and revenue is stored in 万元 (10k yuan) — the generator's rule
 *   (services/generate/generate.ts, `addLink` of supply);
 * - every other link (an imported file's `value`/金额 column, collaboration,
 *   membership) has no unit in its data: `null`, shown as "unit not given".
 */
export type LinkValueUnit = 'yuan10k';

export function linkValueUnit(link: {
  type: string;
  provenance: { method?: unknown } | null | undefined;
}): LinkValueUnit | null {
  return link.type === 'supply' && link.provenance?.method === 'synthetic' ? 'yuan10k' : null;
}
