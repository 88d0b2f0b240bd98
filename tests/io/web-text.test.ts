import { describe, expect, it } from 'vitest';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { chainIoEvidence } from '../../src/services/io/chain-evidence.ts';
import type { IoEdgeEvidence } from '../../web/src/api/io.ts';
import { ioEvidenceText } from '../../web/src/components/chain/io-evidence-text.ts';
import { ioText } from '../../web/src/i18n/io.ts';

// Three Latin words in a row: an English sentence left in the Chinese page.
const ENGLISH = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;
const codeIn = (text: string, code: string) =>
  new RegExp(`(?<![\\d.])${code}(?![\\d.])`).test(text);

describe('the chain page says the IO evidence of each edge in the reader’s language', () => {
  it('every edge of every bundled template: Chinese without English or sector codes, English with the figure and year', () => {
    for (const t of bundledChainTemplates()) {
      const ev = chainIoEvidence(t);
      const zhName = (id: string) => t.nodes.find((n) => n.id === id)?.nameZh ?? id;
      const enName = (id: string) => t.nodes.find((n) => n.id === id)?.nameEn ?? id;
      for (const e of ev.edges as IoEdgeEvidence[]) {
        const zh = ioEvidenceText(e, 'zh-CN', zhName);
        const en = ioEvidenceText(e, 'en', enName);
        expect(zh, `${t.id} ${e.from}→${e.to}`).not.toMatch(ENGLISH);
        for (const s of [e.supplier, e.buyer]) if (s) expect(codeIn(zh, s.code)).toBe(false);
        if (e.status === 'supported' || e.status === 'weak') {
          expect(zh).toContain(String(e.year));
          expect(zh).toContain('万元');
          expect(en).toContain(e.buyer!.nameEn);
        }
      }
    }
  });

  it('the parts → vehicles edge of the automotive chain in both languages', () => {
    const t = bundledChainTemplates().find((x) => x.id === 'automotive')!;
    const e = chainIoEvidence(t).edges.find((x) => x.from === 'parts' && x.to === 'vehicles')!;
    expect(ioEvidenceText(e, 'zh-CN', (id) => id)).toBe(
      '汽车整车每万元产出直接消耗汽车零部件及配件 0.299 万元（2020 年）',
    );
    expect(ioEvidenceText(e, 'en', (id) => id)).toBe(
      'Manufacture of automobiles buys 0.299 yuan of Manufacture of auto parts and accessories per yuan of output (2020)',
    );
  });

  it('has every status label in both languages', () => {
    for (const s of ['supported', 'weak', 'none', 'unmapped'])
      for (const lang of ['zh-CN', 'en'] as const)
        expect(ioText[lang][`status.${s}` as 'status.supported']).toBeTruthy();
  });
});
