import type { Rng } from './prng.ts';

/**
 * Names for synthetic organisations. Every name starts with 【合成】 and every
 * English name ends with "(synthetic)", so no synthetic record can be taken
 * for a real one on any screen or export. Brand syllables are common
 * auspicious characters, paired at random; a name already used gets a number.
 */
export const SYNTHETIC_PREFIX = '【合成】';
export const SYNTHETIC_SUFFIX_EN = '(synthetic)';

const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['恒', 'Heng'],
  ['锐', 'Rui'],
  ['泰', 'Tai'],
  ['鑫', 'Xin'],
  ['华', 'Hua'],
  ['科', 'Ke'],
  ['信', 'Xin'],
  ['达', 'Da'],
  ['新', 'Xin'],
  ['远', 'Yuan'],
  ['宏', 'Hong'],
  ['博', 'Bo'],
  ['瑞', 'Rui'],
  ['晟', 'Sheng'],
  ['德', 'De'],
  ['凯', 'Kai'],
  ['嘉', 'Jia'],
  ['诚', 'Cheng'],
  ['众', 'Zhong'],
  ['力', 'Li'],
  ['创', 'Chuang'],
  ['源', 'Yuan'],
  ['精', 'Jing'],
  ['联', 'Lian'],
  ['正', 'Zheng'],
  ['安', 'An'],
  ['盛', 'Sheng'],
  ['捷', 'Jie'],
  ['航', 'Hang'],
  ['通', 'Tong'],
  ['星', 'Xing'],
  ['辰', 'Chen'],
  ['峰', 'Feng'],
  ['川', 'Chuan'],
  ['宇', 'Yu'],
  ['海', 'Hai'],
  ['卓', 'Zhuo'],
  ['智', 'Zhi'],
  ['坤', 'Kun'],
  ['研', 'Yan'],
];

export interface NamePair {
  name: string;
  nameEn: string;
}

const title = (s: string): string =>
  s.replace(/(^|\s)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());

export class NameMaker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private brand(): [string, string] {
    const a = this.rng.pick(SYLLABLES);
    let b = this.rng.pick(SYLLABLES);
    if (b[0] === a[0]) b = SYLLABLES[(SYLLABLES.indexOf(b) + 1) % SYLLABLES.length];
    return [a[0] + b[0], a[1] + b[1].toLowerCase()];
  }

  /** A unique pair from a Chinese core (after the prefix) and an English core. */
  private unique(zh: string, en: string): NamePair {
    let name = SYNTHETIC_PREFIX + zh;
    let nameEn = `${title(en)} ${SYNTHETIC_SUFFIX_EN}`;
    for (let n = 2; this.used.has(name); n++) {
      name = `${SYNTHETIC_PREFIX}${zh}(${n})`;
      nameEn = `${title(en)} No. ${n} ${SYNTHETIC_SUFFIX_EN}`;
    }
    this.used.add(name);
    return { name, nameEn };
  }

  firm(productZh: string, productEn: string, large: boolean): NamePair {
    const [zh, en] = this.brand();
    const suffix = large
      ? '集团股份有限公司'
      : this.rng.pick(['有限公司', '科技有限公司', '制造有限公司']);
    return this.unique(
      `${zh}${productZh}${suffix}`,
      `${en} ${productEn} ${large ? 'Group' : 'Co., Ltd.'}`,
    );
  }

  leader(fieldZh: string, fieldEn: string): NamePair {
    return this.firm(fieldZh, fieldEn, true);
  }

  service(serviceZh: string, serviceEn: string): NamePair {
    const [zh, en] = this.brand();
    return this.unique(`${zh}${serviceZh}服务有限公司`, `${en} ${serviceEn} Services Co., Ltd.`);
  }

  institute(topicZh: string, topicEn: string): NamePair {
    const [zh, en] = this.brand();
    return this.unique(`${zh}${topicZh}技术研究院`, `${en} ${topicEn} Technology Institute`);
  }

  promotionOrg(clusterZh: string, clusterEn: string): NamePair {
    return this.unique(`${clusterZh}发展促进会`, `${clusterEn} Development Promotion Association`);
  }
}
