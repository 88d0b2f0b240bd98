/**
 * Legal-form words of a Chinese organisation name.
 *
 * Forms     at the end: 股份有限公司, 有限责任公司, 股份合作公司, 有限合伙,
 *           有限公司, 股份公司, 总公司, 分公司, 公司, then the group words
 *           集团 and 控股 and a bare 股份 (short names such as 泰嘉股份 stand
 *           for 泰嘉…股份有限公司). 集团 in brackets — 深圳市振业(集团) — is
 *           dropped wherever it stands.
 * Conventions these words name the legal vehicle, not the firm: 中联重科股份
 *           有限公司 and 中联重科 are one organisation for resolution (the
 *           import may still keep the legal name). A form is only removed when
 *           at least two characters remain. Returns the forms removed.
 * Edge cases 分公司 is removed, but the resolver cannot tell a branch from its
 *           parent by name: a branch and its head office score as the same
 *           name and must be told apart by USCC (the reasons show it).
 * Cost      O(length).
 * References Company Law of the PRC (2023 revision), art. 7 (a company's name
 *           must carry 有限责任公司/有限公司 or 股份有限公司); SAMR,
 *           企业名称登记管理规定 (2020), art. 6 (name = place + trade name +
 *           industry + form).
 */

const TAIL =
  /(?:股份有限公司|有限责任公司|股份合作公司|有限合伙|有限公司|股份公司|总公司|分公司|公司|集团|控股|股份)$/;
const BRACKETED_GROUP = /\((?:集团|控股|股份)\)/g;

export interface LegalForm {
  name: string;
  forms: string[];
}

export function stripLegalForm(name: string): LegalForm {
  const forms: string[] = [];
  let cur = name.replace(BRACKETED_GROUP, (m) => {
    forms.push(m.slice(1, -1));
    return '';
  });
  for (let guard = 0; guard < 4; guard++) {
    const m = TAIL.exec(cur);
    if (!m || cur.length - m[0].length < 2) break;
    forms.push(m[0]);
    cur = cur.slice(0, -m[0].length);
  }
  return { name: cur, forms };
}
