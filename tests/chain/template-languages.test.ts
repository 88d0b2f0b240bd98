import { describe, expect, it } from 'vitest';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';

const HAN = /\p{Script=Han}/u;

/** Issue 17, item 5: every bundled template's description and choke-point reasons in both languages. */
describe('chain templates in zh and en', () => {
  it('gives every description and every choke-point reason in Chinese beside the English', () => {
    const templates = bundledChainTemplates();
    expect(templates.length).toBeGreaterThanOrEqual(14);
    for (const t of templates) {
      expect(t.nameZh, t.id).toMatch(HAN);
      expect(t.nameEn, t.id).not.toMatch(HAN);
      expect(t.descriptionZh, t.id).toMatch(HAN);
      for (const n of t.nodes) {
        expect(n.nameZh, `${t.id}/${n.id}`).toMatch(HAN);
        expect(n.nameEn, `${t.id}/${n.id}`).toBeTruthy();
        if (n.critical) expect(n.critical.reasonZh, `${t.id}/${n.id}`).toMatch(HAN);
      }
    }
    const cm = templates.find((t) => t.id === 'construction-machinery')!;
    expect(cm.descriptionZh).toContain('长沙集群');
    expect(cm.nodes.find((n) => n.id === 'hydraulics')?.critical?.reasonZh).toContain('卡脖子');
  });
});
