import { PLACE_ABBREVIATIONS } from './place-abbreviations.ts';
import { type PlaceGazetteer, stripBracketedPlaces, stripPlaces } from './place-gazetteer.ts';
import { stripLegalForm } from './strip-legal-form.ts';
import { stripStockMarks } from './strip-stock-marks.ts';
import { toSimplified } from './to-simplified.ts';

/**
 * The normal form of an organisation name that resolution compares.
 *
 * Steps     1. NFKC (full-width Ａ１（ → half-width A1( ), upper-case Latin,
 *              whitespace and the separators ·・.,、 removed, every bracket
 *              form folded to ( ).
 *           2. traditional → simplified (OpenCC).
 *           3. stock-name marks removed (*ST, ST, A, 退, XD …); bracketed
 *              places removed wherever they stand (…有限公司(长沙)).
 *           4. legal-form words removed (股份有限公司, 有限公司, 集团 …).
 *           5. leading places removed (→ core).
 *           6. a leading one-character place abbreviation (深, 粤, 渝) is
 *              noted as an alternative core, used only against a record
 *              placed there.
 *           full = after step 4 (places kept, brackets dropped); core = after
 *           step 5.
 * Conventions The original text is never changed; the normal form is only for
 *           comparison. Steps 3-5 never leave fewer than two characters.
 * Edge cases 中联重科股份有限公司 → full 中联重科, core 中联重科; 审计测试液压科技
 *           (长沙)有限公司 → core 审计测试液压科技, places [长沙]; 深圳市振业(集团)
 *           股份有限公司 → full 深圳市振业, core 振业; 万科Ａ → 万科 [A].
 * Cost      O(length) plus OpenCC's lookup (~25 µs for a name with any hanzi).
 * References SAMR, 企业名称登记管理规定 (2020), art. 6; Unicode Standard Annex
 *           #15, Unicode Normalization Forms (NFKC).
 */

export interface NormalizedOrgName {
  /** Normalised, with places kept: what the name says apart from form and marks. */
  full: string;
  /** The trade name and industry words: full without places. */
  core: string;
  /** GB/T 2260 codes each removed place may name. */
  placeCodes: string[][];
  placeTexts: string[];
  marks: string[];
  forms: string[];
  /** The name is nothing but a place (东莞控股 → 东莞). */
  onlyPlace: boolean;
  /** The core without a leading one-character place abbreviation (深物业 → 物业), and the codes it may stand for. */
  abbreviated?: { core: string; codes: readonly string[] };
}

const OPEN = /[（【〔［[{｛〈《]/g;
const CLOSE = /[）】〕］\]}｝〉》]/g;
const NOISE = /[\s\u3000·・.,，、'"“”‘’]+/g;

/** Step 1: width, case, brackets, spaces. */
export function foldOrgText(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .replace(NOISE, '')
    .replace(OPEN, '(')
    .replace(CLOSE, ')');
}

export function normalizeOrgName(name: string, places: PlaceGazetteer): NormalizedOrgName {
  const folded = toSimplified(foldOrgText(name));
  const marked = stripStockMarks(folded);
  const bracketed = stripBracketedPlaces(marked.name, places);
  const legal = stripLegalForm(bracketed.name);
  const leading = stripPlaces(legal.name, places);
  const placed = {
    name: leading.name,
    codes: [...bracketed.codes, ...leading.codes],
    texts: [...bracketed.texts, ...leading.texts],
  };
  const core = (placed.name.length >= 2 ? placed.name : legal.name).replace(/[()]/g, '');
  const head = PLACE_ABBREVIATIONS[core.charAt(0)];
  const abbreviated =
    head && placed.texts.length === 0 && core.length >= 3
      ? { core: core.slice(1), codes: head }
      : undefined;
  return {
    full: legal.name.replace(/[()]/g, ''),
    core,
    placeCodes: placed.codes,
    placeTexts: placed.texts,
    marks: marked.marks,
    forms: legal.forms,
    abbreviated,
    onlyPlace: placed.name.length < 2 || places.places.has(core),
  };
}
