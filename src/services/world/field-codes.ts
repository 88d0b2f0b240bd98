import type { ChainTemplate } from '../../core/model/chain-template.ts';

/**
 * The GB/T 4754-2017 classes that stand for a chain field, from its main
 * chain template, manufacturing classes only (divisions 13–43, section C):
 * - `core`: those of its midstream and downstream nodes — what the field
 *   makes, not its materials, services or customers (every manufacturing
 *   class of the template when those stages hold none);
 * - `products`: those of its downstream nodes alone, its end products (the
 *   core when the downstream holds none) — what a world peer must share,
 *   so that a part the field buys (a display, a cable) makes no peer.
 * Order of first appearance, each once.
 */
export interface FieldCodes {
  core: string[];
  products: string[];
}

const manufacturing = (code: string) => {
  const d = Number(code.slice(0, 2));
  return /^\d{4}$/.test(code) && d >= 13 && d <= 43;
};

export function fieldCodes(template: ChainTemplate): FieldCodes {
  const pick = (stages: readonly string[] | null) => [
    ...new Set(
      template.nodes
        .filter((n) => stages === null || stages.includes(n.stage))
        .flatMap((n) => n.industries ?? [])
        .filter(manufacturing),
    ),
  ];
  const midDown = pick(['midstream', 'downstream']);
  const core = midDown.length > 0 ? midDown : pick(null);
  const down = pick(['downstream']);
  return { core, products: down.length > 0 ? down : core };
}
