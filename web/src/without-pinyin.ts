/**
 * A quotation as a reader reads it: the pinyin a scraped page put after some
 * characters ("促進(jìn)組織", "德國(guó)") is dropped, the characters are kept.
 * The data keep the quote verbatim, as their check against the source needs.
 * Only a parenthesis right after a Chinese character holding one Latin
 * syllable with a tone mark is pinyin; "(OWL)" or "(2016)" stay.
 */
const PINYIN_NOTE =
  /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

export function withoutPinyin(text: string): string {
  return text.replace(PINYIN_NOTE, '');
}
