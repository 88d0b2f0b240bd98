/**
 * Stock-name marks: the exchange's tags on a listed firm's short name that
 * say nothing about which firm it is.
 *
 * Marks     prefixes *ST, ST, S*ST, SST, S (share reform pending, only before
 *           ST), N and C (first trading days, only before a hanzi), XD, XR, DR
 *           (ex-dividend / ex-rights days, only before a hanzi), 退市;
 *           suffixes A and B (share class, Ａ after NFKC), 退 (delisting
 *           period), -U, -W, -UW, U, W (STAR / ChiNext: unprofitable,
 *           weighted voting rights).
 * Conventions input is half-width (NFKC) and upper-case Latin; a mark is only
 *           removed when something of at least two characters remains, so a
 *           name that *is* "ST" or "XD" is kept. Returns the marks removed, in
 *           the order met, for the pair's reasons.
 * Edge cases 万科A → 万科 [A]; *ST国华 → 国华 [*ST]; TCL科技 keeps TCL (no
 *           mark matches); 退市海润 → 海润 [退市].
 * Cost      O(length).
 * References Shenzhen Stock Exchange, 深圳证券交易所股票上市规则 (2024), the
 *           chapters on risk warnings (*ST, ST) and delisting (退); SSE/SZSE
 *           notices on the N/C prefixes of new listings and the U/W marks.
 */

const PREFIX = /^(?:S\*ST|SST|\*ST|ST|退市|(?:XD|XR|DR|N|C)(?=\p{Script=Han}))/u;
const SUFFIX = /(?:-UW|-U|-W|(?<=\p{Script=Han})(?:UW|U|W|A|B)|退)$/u;

export interface StockMarks {
  name: string;
  marks: string[];
}

export function stripStockMarks(name: string): StockMarks {
  let cur = name;
  const marks: string[] = [];
  for (let guard = 0; guard < 3; guard++) {
    const p = PREFIX.exec(cur);
    if (!p || cur.length - p[0].length < 2) break;
    marks.push(p[0]);
    cur = cur.slice(p[0].length);
  }
  for (let guard = 0; guard < 2; guard++) {
    const s = SUFFIX.exec(cur);
    if (!s || cur.length - s[0].length < 2) break;
    marks.push(s[0]);
    cur = cur.slice(0, -s[0].length);
  }
  return { name: cur, marks };
}
