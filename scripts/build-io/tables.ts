/**
 * The national input-output tables of the NBS that R package ionet carries
 * (../shared/data/cn-io-tables/SOURCE.md), with the sector classification
 * each one uses. Tables of one classification share their sector list and
 * their concordance to GB/T 4754-2017 (scripts/build-io/concordance/).
 */
export interface TableSpec {
  year: number;
  sectors: number;
  file: string;
  /** Sector classification: tables with the same one have the same sectors. */
  classification: string;
}

export const TABLES: TableSpec[] = [
  { year: 2002, sectors: 122, file: 'china_2002_122.csv', classification: 'nbs-122-2002' },
  { year: 2005, sectors: 42, file: 'china_2005_42.csv', classification: 'nbs-42-2005' },
  { year: 2007, sectors: 135, file: 'china_2007_135.csv', classification: 'nbs-135-2007' },
  { year: 2010, sectors: 41, file: 'china_2010_41.csv', classification: 'nbs-41-2010' },
  { year: 2012, sectors: 139, file: 'china_2012_139.csv', classification: 'nbs-139-2012' },
  { year: 2015, sectors: 42, file: 'china_2015_42.csv', classification: 'nbs-42-2015' },
  { year: 2017, sectors: 149, file: 'china_2017_149.csv', classification: 'nbs-149-2017' },
  { year: 2017, sectors: 42, file: 'china_2017_42.csv', classification: 'nbs-42-2017' },
  { year: 2018, sectors: 153, file: 'china_2018_153.csv', classification: 'nbs-153' },
  { year: 2018, sectors: 42, file: 'china_2018_42.csv', classification: 'nbs-42-2017' },
  { year: 2020, sectors: 153, file: 'china_2020_153.csv', classification: 'nbs-153' },
  { year: 2020, sectors: 42, file: 'china_2020_42.csv', classification: 'nbs-42-2017' },
];
