/**
 * Industry words that name a trade, not a firm: a core made of one of them
 * alone (湖北能源 → 能源, 宁波银行 → 银行) identifies a firm only together with
 * the place before it.
 *
 * The resolver also counts, in the lists it is given, how many names hold
 * each two-character word (ResolutionOptions.commonCount); this list covers
 * small lists, where no count is large.
 * References SAMR, 企业名称登记管理规定 (2020) art. 8 and its 实施办法 (2023)
 * art. 12 (the industry term of a name follows GB/T 4754); the words below
 * are the two-character industry terms most frequent in the names of listed
 * firms (Shenzhen Stock Exchange A-share list, 2025).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '银行',
  '证券',
  '保险',
  '信托',
  '期货',
  '能源',
  '电力',
  '热电',
  '燃气',
  '水务',
  '医药',
  '药业',
  '制药',
  '生物',
  '科技',
  '发展',
  '投资',
  '控股',
  '实业',
  '建设',
  '建工',
  '交通',
  '高速',
  '旅游',
  '地产',
  '置业',
  '化工',
  '钢铁',
  '水泥',
  '电子',
  '电气',
  '机械',
  '汽车',
  '物流',
  '传媒',
  '文化',
  '农业',
  '食品',
  '环保',
  '港口',
  '机场',
  '航空',
  '矿业',
  '有色',
  '黄金',
  '煤业',
  '材料',
  '新材',
  '商业',
  '百货',
]);
