/**
 * One-character abbreviations (简称) of provinces and of a few large cities,
 * as stock short names use them: 深物业A (深 = 深圳), 粤高速A (粤 = 广东),
 * 穗恒运A (穗 = 广州), 渝三峡A (渝 = 重庆), 陕国投A (陕 = 陕西).
 *
 * Values    GB/T 2260 codes (province 2 digits, city 4 digits) each character
 *           may stand for. Province abbreviations as listed by the Ministry of
 *           Civil Affairs; city ones as the exchanges' short names use them.
 * Conventions A leading abbreviation is only read as a place when the other
 *           record is placed there (the resolver checks), so 京东方 is never
 *           read as 京 + 东方 against a firm outside Beijing.
 * References Ministry of Civil Affairs of the PRC, 中华人民共和国行政区划简册
 *           (2023), the table of province-level units with their 简称;
 *           Shenzhen Stock Exchange A-share list (2025) for the city ones.
 */
export const PLACE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  京: ['11'],
  津: ['12'],
  冀: ['13'],
  晋: ['14'],
  蒙: ['15'],
  辽: ['21'],
  吉: ['22'],
  黑: ['23'],
  沪: ['31'],
  申: ['31'],
  苏: ['32'],
  浙: ['33'],
  皖: ['34'],
  闽: ['35'],
  赣: ['36'],
  鲁: ['37'],
  豫: ['41'],
  鄂: ['42'],
  湘: ['43'],
  粤: ['44'],
  桂: ['45'],
  琼: ['46'],
  渝: ['50'],
  川: ['51'],
  蜀: ['51'],
  贵: ['52'],
  黔: ['52'],
  云: ['53'],
  滇: ['53'],
  藏: ['54'],
  陕: ['61'],
  秦: ['61'],
  甘: ['62'],
  陇: ['62'],
  青: ['63'],
  宁: ['64', '3302'],
  新: ['65'],
  深: ['4403'],
  穗: ['4401'],
  甬: ['3302'],
  厦: ['3502'],
  杭: ['3301'],
  汉: ['4201'],
  蓉: ['5101'],
  锡: ['3202'],
  连: ['2102'],
};
