import type { RegionLevel } from '../model/region.ts';

/**
 * Short forms of GB/T 2260 names as people write them: 广东省 → 广东,
 * 内蒙古自治区 → 内蒙古 (and 内蒙), 深圳市 → 深圳, 恩施土家族苗族自治州 → 恩施,
 * 博尔塔拉蒙古自治州 → 博尔塔拉, 鄂温克族自治旗 → 鄂温克. Short forms of one
 * character (忠县 → 忠) are not produced: too ambiguous.
 */

/** The 55 minority nationalities, as they appear in names of autonomous areas. */
const ETHNIC = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length);

/** Extra province abbreviations in common use. */
const PROVINCE_ALIASES: Record<string, string[]> = {
  内蒙古自治区: ['内蒙'],
};

/** Strip trailing '<nationality>族' / '<nationality>' repeatedly: 湘西土家族苗族 → 湘西. */
function stripEthnic(s: string): string {
  let cur = s;
  for (;;) {
    const before = cur;
    for (const e of ETHNIC) {
      if (cur.endsWith(`${e}族`) && cur.length > e.length + 1) {
        cur = cur.slice(0, -(e.length + 1));
        break;
      }
      if (cur.endsWith(e) && cur.length > e.length + 1) {
        cur = cur.slice(0, -e.length);
        break;
      }
    }
    if (cur === before) return cur;
  }
}

export function shortNames(name: string, level: RegionLevel): string[] {
  const out = new Set<string>();
  if (level === 'province') {
    const s = name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/, '');
    out.add(s);
    for (const a of PROVINCE_ALIASES[name] ?? []) out.add(a);
  } else if (name.includes('直辖县级行政区划')) {
    return [];
  } else {
    const auto = /^(.+?)(自治州|自治县|自治旗)$/.exec(name);
    if (auto) out.add(stripEthnic(auto[1]));
    else {
      const plain = /^(.+?)(地区|林区|新区|市|盟|区|县|旗)$/.exec(name);
      if (plain) out.add(plain[1]);
    }
  }
  return [...out].filter((s) => s.length >= 2 && s !== name);
}
