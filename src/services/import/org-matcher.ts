import type { OrgRef } from '../../ingest/org-ref.ts';
import { nameKey } from '../../ingest/text.ts';
import type { OrgKey } from '../../store/queries/org-keys.ts';

/**
 * Finds organisations already in the store: for a new record (to merge by
 * USCC, then by normalised name plus region) and for a link end or cluster
 * member (by USCC; else by id, then by exact or normalised name).
 */
export class OrgMatcher {
  private readonly ids = new Set<string>();
  private readonly byUscc = new Map<string, string>();
  private readonly byNameRegion = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  constructor(keys: readonly OrgKey[]) {
    for (const k of keys) this.add(k.id, k.uscc, k.name, k.region);
  }

  add(
    id: string,
    uscc: string | null | undefined,
    name: string,
    region: string | null | undefined,
  ): void {
    this.ids.add(id);
    if (uscc) this.byUscc.set(uscc, id);
    const key = nameKey(name);
    this.byNameRegion.set(`${key}|${region ?? ''}`, id);
    const list = this.byName.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    this.byName.set(key, list);
  }

  /**
   * Every key this matcher matches by, for a set-based import: a row whose id,
   * USCC or name|region is among them is matched one by one, by existing().
   */
  keys(): { ids: string[]; usccs: string[]; nameRegions: string[] } {
    return {
      ids: [...this.ids],
      usccs: [...this.byUscc.keys()],
      nameRegions: [...this.byNameRegion.keys()],
    };
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The id of an existing organisation that a new record duplicates, if any. */
  existing(uscc: string | undefined, name: string, region: string | undefined): string | undefined {
    if (uscc && this.byUscc.has(uscc)) return this.byUscc.get(uscc);
    return this.byNameRegion.get(`${nameKey(name)}|${region ?? ''}`);
  }

  /** Resolves a reference: an id, or a problem saying why not. */
  resolve(ref: OrgRef): { id: string } | { problem: string } {
    if (ref.by === 'uscc') {
      const id = this.byUscc.get(ref.text);
      return id ? { id } : { problem: `no organisation with USCC ${ref.text}` };
    }
    if (this.ids.has(ref.text)) return { id: ref.text };
    const candidates = this.byName.get(nameKey(ref.text)) ?? [];
    if (candidates.length === 1) return { id: candidates[0] };
    if (candidates.length > 1)
      return {
        problem: `"${ref.text}" names ${candidates.length} organisations: use an id or USCC`,
      };
    return { problem: `no organisation with id or name "${ref.text}"` };
  }
}
