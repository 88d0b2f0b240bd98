/**
 * Yearbook employees of four provinces × four divisions in 2018, 2019 and
 * 2020 (regional statistics: published, so nothing is withheld). Between the
 * years 湖南 grows into 39 and 27 while 广东 leaves 13: ranks change.
 */
export const REGIONS = ['110000', '310000', '430000', '440000'];
export const INDUSTRIES = ['13', '27', '35', '39'];
export const YEARS: Record<number, number[][]> = {
  2018: [
    [5, 40, 10, 60],
    [20, 30, 15, 50],
    [60, 2, 40, 3],
    [30, 10, 20, 90],
  ],
  2019: [
    [5, 42, 10, 61],
    [22, 30, 14, 52],
    [55, 12, 38, 20],
    [10, 12, 22, 95],
  ],
  2020: [
    [6, 40, 12, 63],
    [20, 33, 14, 50],
    [40, 30, 35, 45],
    [8, 15, 20, 99],
  ],
};
export const yearbookTable = () => {
  const rows = ['地区,行业,年份,从业人员,来源'];
  for (const [y, m] of Object.entries(YEARS))
    REGIONS.forEach((r, a) =>
      INDUSTRIES.forEach((i, b) => rows.push(`${r},${i},${y},${m[a][b]},某统计年鉴 ${y} 表2`)),
    );
  return rows.join('\n') + '\n';
};
