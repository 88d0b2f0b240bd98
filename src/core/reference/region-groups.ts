/**
 * NBS's four economic regions (东部, 中部, 西部, 东北; 国家统计局 "东西中部和东北
 * 地区划分方法", 2011), keyed by the 2-digit GB/T 2260 province prefix. The
 * cluster counts of 《产城》 magazine (May 2023) 跨省域电子信息先进制造业集群如何
 * 共建? (East 30, Central 8, West 5, Northeast 2) use this division.
 * Taiwan, Hong Kong and Macao are outside it.
 */
export type RegionGroup = 'east' | 'central' | 'west' | 'northeast';

export const REGION_GROUPS: Readonly<Record<string, RegionGroup>> = {
  '11': 'east', // 北京
  '12': 'east', // 天津
  '13': 'east', // 河北
  '31': 'east', // 上海
  '32': 'east', // 江苏
  '33': 'east', // 浙江
  '35': 'east', // 福建
  '37': 'east', // 山东
  '44': 'east', // 广东
  '46': 'east', // 海南
  '14': 'central', // 山西
  '34': 'central', // 安徽
  '36': 'central', // 江西
  '41': 'central', // 河南
  '42': 'central', // 湖北
  '43': 'central', // 湖南
  '15': 'west', // 内蒙古
  '45': 'west', // 广西
  '50': 'west', // 重庆
  '51': 'west', // 四川
  '52': 'west', // 贵州
  '53': 'west', // 云南
  '54': 'west', // 西藏
  '61': 'west', // 陕西
  '62': 'west', // 甘肃
  '63': 'west', // 青海
  '64': 'west', // 宁夏
  '65': 'west', // 新疆
  '21': 'northeast', // 辽宁
  '22': 'northeast', // 吉林
  '23': 'northeast', // 黑龙江
};

/** The NBS region group of any GB/T 2260 code (2-6 digits), or undefined. */
export function regionGroupOf(code: string): RegionGroup | undefined {
  return REGION_GROUPS[code.slice(0, 2)];
}
