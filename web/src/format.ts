import type { Lang } from './i18n/common.ts';

/**
 * The one number formatter of the web: every figure with its unit, money in
 * 万元 / 亿元 / 万亿元 chosen by size in Chinese and thousand / million /
 * billion / trillion yuan in English, counts of persons and firms with their
 * word, distances in km, shares as percentages. A missing figure (null,
 * undefined, NaN, ±Infinity) is never printed as a number: `quantity` answers
 * "—" and says why in `reason` (shown on hover by <Quantity>).
 */
export type Unit =
  /** Money stored in 10k yuan (万元), as the atlas stores revenue, output and R&D spend. */
  | 'yuan10k'
  /** Money in yuan. */
  | 'yuan'
  | 'persons'
  /** Persons stored in 10k (万人), as yearbooks give employment. */
  | 'persons10k'
  | 'firms'
  | 'patents'
  | 'km'
  /** A share 0…1, shown as a percentage. */
  | 'share'
  /** A plain count or index without a unit (degree, rank, LQ): grouped digits only. */
  | 'none';

export const DASH = '—';

const WORDS: Record<Lang, Record<'persons' | 'firms' | 'patents' | 'km', string>> = {
  'zh-CN': { persons: '人', firms: '家', patents: '件', km: '公里' },
  en: { persons: 'persons', firms: 'firms', patents: 'patents', km: 'km' },
};

/** Why a figure is missing, in the reader's language (the hover text of "—"). */
export const MISSING_REASONS = {
  'zh-CN': {
    missing: '没有数据：来源未给出这一数字',
    withheld: '不予显示：保护成员的保密数据（登录并获授权后可见）',
    notLocated: '没有数据：缺少位置坐标，无法计算距离',
    missingOrWithheld: '没有数据，或为保护成员的保密数据不予显示',
    notApplicable: '不适用',
  },
  en: {
    missing: 'No data: the source gives no figure',
    withheld:
      'Withheld: members’ figures are confidential (shown to signed-in accounts allowed to see them)',
    notLocated: 'No data: no location, so no distance',
    missingOrWithheld: 'No data, or withheld because members’ figures are confidential',
    notApplicable: 'Not applicable',
  },
} as const;
export type MissingReason = keyof (typeof MISSING_REASONS)['en'];

export interface Formatted {
  text: string;
  /** Set when the figure is missing: why, in the reader's language. */
  reason?: string;
}

/** A finite number, or null for anything else (null, undefined, NaN, Infinity). */
export function finite(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function digits(lang: Lang, x: number, max = 2): string {
  // 2000 亿元, not 2,000 亿元: Chinese writes the count of 万 and 亿 ungrouped.
  return new Intl.NumberFormat(lang, {
    maximumFractionDigits: max,
    useGrouping: lang !== 'zh-CN' || Math.abs(x) >= 1e4,
  }).format(x);
}

/** Yuan in the reader's units: 万亿 / 亿 / 万 in zh, trillion / billion / million / thousand in en. */
export function money(lang: Lang, yuan: number): string {
  const a = Math.abs(yuan);
  if (lang === 'zh-CN') {
    if (a >= 1e12) return `${digits(lang, yuan / 1e12)} 万亿元`;
    if (a >= 1e8) return `${digits(lang, yuan / 1e8)} 亿元`;
    if (a >= 1e4) return `${digits(lang, yuan / 1e4)} 万元`;
    return `${digits(lang, yuan)} 元`;
  }
  if (a >= 1e12) return `${digits(lang, yuan / 1e12)} trillion yuan`;
  if (a >= 1e9) return `${digits(lang, yuan / 1e9)} billion yuan`;
  if (a >= 1e6) return `${digits(lang, yuan / 1e6)} million yuan`;
  if (a >= 1e3) return `${digits(lang, yuan / 1e3)} thousand yuan`;
  return `${digits(lang, yuan)} yuan`;
}

/** A count of things: 1.2 万人 / 3,456 人 in zh, 12,345 persons in en. */
function count(lang: Lang, n: number, word: string): string {
  if (lang === 'zh-CN') {
    const a = Math.abs(n);
    if (a >= 1e8) return `${digits(lang, n / 1e8)} 亿${word}`;
    if (a >= 1e4) return `${digits(lang, n / 1e4)} 万${word}`;
    return `${digits(lang, n, 1)} ${word}`;
  }
  return `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(n)} ${word}`;
}

/** A figure with its unit, or "—" with the reason it is missing. */
export function quantity(
  lang: Lang,
  value: number | null | undefined,
  unit: Unit,
  missing: MissingReason = 'missing',
): Formatted {
  const v = finite(value);
  if (v === null) return { text: DASH, reason: MISSING_REASONS[lang][missing] };
  const w = WORDS[lang];
  switch (unit) {
    case 'yuan10k':
      return { text: money(lang, v * 1e4) };
    case 'yuan':
      return { text: money(lang, v) };
    case 'persons10k':
      return { text: count(lang, v * 1e4, w.persons) };
    case 'persons':
    case 'firms':
    case 'patents':
      return { text: count(lang, v, w[unit]) };
    case 'km':
      // Whole kilometres, ungrouped, as the API's own sentences write them.
      return { text: `${Math.round(v)} ${w.km}` };
    case 'share':
      return {
        text: new Intl.NumberFormat(lang, {
          style: 'percent',
          ...(v !== 0 && Math.abs(v) < 0.01
            ? { maximumSignificantDigits: 2 }
            : { maximumFractionDigits: 1 }),
        }).format(v),
      };
    case 'none':
      return { text: new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format(v) };
  }
}

/** The text of `quantity` alone (for chart labels and sentences; the reason is lost). */
export function formatQuantity(
  lang: Lang,
  value: number | null | undefined,
  unit: Unit,
  missing?: MissingReason,
): string {
  return quantity(lang, value, unit, missing).text;
}

/** The unit's name for a table header or an export: "万元", "persons", "km". */
export function unitLabel(lang: Lang, unit: Unit): string {
  const zh = lang === 'zh-CN';
  switch (unit) {
    case 'yuan10k':
      return zh ? '万元' : '10k yuan';
    case 'yuan':
      return zh ? '元' : 'yuan';
    case 'persons10k':
      return zh ? '万人' : '10k persons';
    case 'share':
      return zh ? '比例（0–1）' : 'share (0–1)';
    case 'none':
      return '';
    default:
      return WORDS[lang][unit];
  }
}

/**
 * A number for a file a machine reads (CSV, Excel): at most 6 significant
 * digits, never 0.30000000000000004 or a 16-digit fraction; integers as they are.
 */
export function roundForExport(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  return Number(v.toPrecision(6));
}
