import { chainBindings } from '../../store/chain-bindings.ts';

/** Every chain field a bundled cluster is bound to, once, in the order of first binding. */
export function chainFieldList(): { id: string; nameZh: string; nameEn: string }[] {
  const seen = new Map<string, { id: string; nameZh: string; nameEn: string }>();
  for (const b of chainBindings())
    for (const f of b.fields) seen.set(f.id, { id: f.id, nameZh: f.nameZh, nameEn: f.nameEn });
  return [...seen.values()];
}
