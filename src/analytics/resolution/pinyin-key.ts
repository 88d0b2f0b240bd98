import { pinyin } from 'pinyin-pro';

/**
 * A name's pinyin key: what a name written in pinyin, or with a homophone
 * or variant character, has in common with its hanzi form.
 *
 * Method    Toneless pinyin of each hanzi (pinyin-pro, MIT; its phrase
 *           dictionary picks the reading in context: 重庆 → chong qing),
 *           Latin runs kept as they are; upper-cased, joined without spaces.
 *           中联重科 → ZHONGLIANZHONGKE; a file with "Zhonglian Zhongke" folds
 *           to the same key.
 * Conventions The key is only compared for equality; it is a weak signal
 *           (homophones 中联 / 忠联 share it) and scores below an exact name.
 * Edge cases Names with no hanzi return their letters and digits only.
 * Cost      ~40 µs a name with hanzi: computed only when a name needs it.
 * References pinyin-pro (zh-lx, MIT); GB/T 16159-2012 Basic rules of the
 *           Chinese phonetic alphabet orthography.
 */

const HAN = /\p{Script=Han}/u;

export function hasHanzi(s: string): boolean {
  return HAN.test(s);
}

export function pinyinKey(s: string): string {
  if (!hasHanzi(s)) return s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const parts = pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return parts
    .join('')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
