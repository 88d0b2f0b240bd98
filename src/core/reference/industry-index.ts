import type { Industry } from '../model/industry.ts';

/**
 * Lookup over an industry classification (GB/T 4754-2017 as bundled): by
 * code, children, ancestors, and resolution of free text — a code with or
 * without its section letter ('C39', '39', 'C3963', '3963', 'c') or an exact
 * Chinese name ('计算机、通信和其他电子设备制造业'). Pure; built once, O(1) lookups.
 */
export class IndustryIndex {
  private readonly byCode = new Map<string, Industry>();
  private readonly byName = new Map<string, Industry>();
  private readonly kids = new Map<string, Industry[]>();

  constructor(industries: readonly Industry[]) {
    for (const i of industries) {
      this.byCode.set(i.code, i);
      // Names repeat across levels (a group with one class shares its name): keep the coarsest.
      const prev = this.byName.get(i.nameZh);
      if (!prev || i.level < prev.level) this.byName.set(i.nameZh, i);
      if (i.parent !== null) {
        const list = this.kids.get(i.parent) ?? [];
        list.push(i);
        this.kids.set(i.parent, list);
      }
    }
  }

  get(code: string): Industry | undefined {
    return this.byCode.get(code);
  }

  children(code: string): Industry[] {
    return this.kids.get(code) ?? [];
  }

  /** The chain from the section down to the parent of `code` (excluding it). */
  ancestors(code: string): Industry[] {
    const out: Industry[] = [];
    let cur = this.byCode.get(code);
    while (cur && cur.parent !== null) {
      cur = this.byCode.get(cur.parent);
      if (cur) out.unshift(cur);
    }
    return out;
  }

  resolve(text: string): Industry | null {
    const t = text.trim().replace(/\s+/g, '');
    if (t === '') return null;
    const upper = t.toUpperCase();
    if (/^[A-T]$/.test(upper)) return this.byCode.get(upper) ?? null;
    const m = /^([A-T])?(\d{2,4})$/.exec(upper);
    if (m) {
      const hit = this.byCode.get(m[2]);
      if (!hit) return null;
      // A section letter must agree with the code's section ('C39' yes, 'A39' no).
      if (m[1] && this.sectionOf(hit)?.code !== m[1]) return null;
      return hit;
    }
    return this.byName.get(t) ?? null;
  }

  private sectionOf(i: Industry): Industry | undefined {
    return i.level === 1 ? i : this.ancestors(i.code)[0];
  }
}
