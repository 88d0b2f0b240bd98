import { pinyin } from 'pinyin-pro';
import type { RegionLevel } from '../../src/core/model/region.ts';

/**
 * English names of prefectures and counties in Hanyu Pinyin, as China's
 * standard for place names in Roman letters writes them (GB/T 16159, the
 * toponym rules of 中国地名汉语拼音字母拼写规则): the specific part in pinyin
 * as one word (syllables joined, an apostrophe before a, o, e — Xi'an), the
 * generic part translated (区 District, 县 County, 自治州 Autonomous
 * Prefecture, 盟 League, 旗 Banner, 地区 Prefecture; a prefecture-level 市 is
 * dropped: 长沙市 Changsha; a county-level 市 is City). Readings come from
 * pinyin-pro (MIT) in context (六安 Lu'an, 长沙 Changsha); they are not
 * checked one by one against the gazetteer.
 */

/** Nationalities whose English name is not their pinyin. */
const ETHNIC_EN: Record<string, string> = {
  藏: 'Tibetan',
  蒙古: 'Mongolian',
  维吾尔: 'Uygur',
  朝鲜: 'Korean',
  哈萨克: 'Kazak',
  柯尔克孜: 'Kirgiz',
  各: 'Multi-ethnic',
  塔吉克: 'Tajik',
  俄罗斯: 'Russian',
};

export function pinyinWord(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: false });
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function ethnicEn(part: string): string {
  const groups = (part.includes('族') ? part.split('族') : [part]).filter((g) => g !== '');
  const names = groups.map((g) => ETHNIC_EN[g] ?? pinyinWord(g));
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const SUFFIXES: [RegExp, string][] = [
  [/^(.+?)((?:[^自]+?)?)自治州$/, 'Autonomous Prefecture'],
  [/^(.+?)((?:[^自]+?)?)自治县$/, 'Autonomous County'],
  [/^(.+?)((?:[^自]+?)?)自治旗$/, 'Autonomous Banner'],
];

/** The pinyin name of a prefecture or county; null when there is none to give. */
export function regionPinyinName(
  nameZh: string,
  level: RegionLevel,
  shortName: string | undefined,
): string | null {
  if (nameZh.includes('直辖县级行政区划')) return 'County-level divisions directly administered';
  if (nameZh === '神农架林区') return 'Shennongjia Forestry District';
  for (const [re, generic] of SUFFIXES) {
    if (!re.test(nameZh)) continue;
    // The short name (恩施) is the place; what lies between it and 自治州 are nationalities.
    let base = shortName && nameZh.startsWith(shortName) ? shortName : nameZh.replace(re, '$1');
    base = base.replace(/各?族$/, '');
    const ethnic = nameZh.slice(base.length).replace(/自治[州县旗]$/, '');
    return [pinyinWord(base), ethnicEn(ethnic), generic].filter((s) => s !== '').join(' ');
  }
  const generic: [RegExp, string][] = [
    [/新区$/, 'New Area'],
    [/特区$/, 'Special District'],
    [/地区$/, 'Prefecture'],
    [/矿区$/, 'Mining District'],
    [/区$/, 'District'],
    [/县$/, 'County'],
    [/旗$/, 'Banner'],
    [/盟$/, 'League'],
    [/市$/, level === 'prefecture' ? '' : 'City'],
  ];
  for (const [re, en] of generic) {
    const base = nameZh.replace(re, '');
    if (base === nameZh || base.length === 0) continue;
    const one = [...base].length === 1;
    // 清新区 is 清新 District, not 清 New Area.
    if (one && /^(New Area|Special District|Mining District)$/.test(en)) continue;
    // One-character districts keep their generic word in pinyin (城区 Chengqu, 郊区 Jiaoqu).
    if (one && en === 'District') return pinyinWord(nameZh);
    return [pinyinWord(base), en].filter((s) => s !== '').join(' ');
  }
  return pinyinWord(nameZh);
}
