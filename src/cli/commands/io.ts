import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { IoEvidenceQuery, IoTableQuery } from '../../contract/io-evidence.ts';
import { getChainTemplate } from '../../services/chain/templates.ts';
import { ioBuyers } from '../../services/io/buyers.ts';
import { chainIoEvidence } from '../../services/io/chain-evidence.ts';
import { ioLinkages } from '../../services/io/linkages.ts';
import { listIoTables } from '../../services/io/list-tables.ts';
import type { IoTableRef } from '../../services/io/refs.ts';
import { ioSuppliers } from '../../services/io/suppliers.ts';
import { emit, say } from '../output.ts';
import { cliFormat } from '../options/cli-format.ts';
import { numberOption } from '../options/number-option.ts';
import { writeJson } from '../output/write-json.ts';

interface IoCliOptions {
  year?: string;
  sectors?: string;
  limit?: string;
  min?: string;
  sort?: string;
  format?: string;
  out?: string;
}

function tableOpts(o: IoCliOptions) {
  return {
    year: numberOption.contract('year', IoTableQuery.year, o.year),
    sectors: numberOption.contract('sectors', IoTableQuery.sectors, o.sectors),
  };
}

const tableLine = (t: IoTableRef) =>
  `NBS input-output table ${t.year}, ${t.sectors} sectors (${t.imports} imports), ${t.unit}`;

function withTableOptions(cmd: Command): Command {
  return cmd
    .option('--year <y>', 'table year (default: the latest, 2020)')
    .option('--sectors <n>', '153 | 149 | 139 | 135 | 122 | 42 (default: the most detailed)')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout');
}

/**
 * `atlas io tables | suppliers SECTOR | buyers SECTOR | linkages | chain ID`:
 * China's national input-output tables (NBS, 2002-2020; data/io/README.md).
 * A sector is named by its code or (part of) its Chinese name.
 */
export function registerIo(program: Command): void {
  const io = program
    .command('io')
    .description("China's national input-output tables (投入产出表, NBS 2002-2020)");
  registerIoTables(io);
  registerIoSuppliers(io);
  registerIoBuyers(io);
  registerIoLinkages(io);
  registerIoChain(io);
}

function registerIoTables(io: Command): void {
  io.command('tables')
    .description('List the national input-output tables shipped')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .action((o: IoCliOptions) => {
      const format = cliFormat(o.format);
      const rows = listIoTables();
      if (format === 'json') return writeJson(rows, o.out);
      emit(
        rows.map((t) => ({
          id: t.id,
          year: t.year,
          sectors: t.sectors,
          imports: t.imports,
          total_output_10k_yuan: t.totalOutput,
          value_added_10k_yuan: t.valueAdded,
          concordance: t.concordance,
        })),
        { format, out: o.out },
      );
    });
}

function registerIoSuppliers(io: Command): void {
  withTableOptions(
    io
      .command('suppliers <sector>')
      .description(
        "A sector's direct suppliers: input coefficients a_ij = z_ij / x_j, largest first",
      ),
  )
    .option('--limit <n>', 'how many (0 for all)', '20')
    .option('--min <a>', 'leave out coefficients below this')
    .action((sector: string, o: IoCliOptions) => {
      const format = cliFormat(o.format);
      const r = ioSuppliers({
        sector,
        ...tableOpts(o),
        limit: numberOption.nonNegativeWhole('limit', o.limit),
        minCoefficient: numberOption.contract('min', IoEvidenceQuery.shape.min, o.min),
      });
      if (format === 'json') return writeJson(r, o.out);
      say(`${r.sector.code} ${r.sector.nameZh}: suppliers in the ${tableLine(r.table)}`);
      emit(
        r.suppliers.map((s) => ({
          rank: s.rank,
          code: s.code,
          name_zh: s.nameZh,
          name_en: s.nameEn,
          coefficient: s.coefficient,
          flow_10k_yuan: s.flow,
          leontief: s.total,
        })),
        { format, out: o.out },
      );
    });
}

function registerIoBuyers(io: Command): void {
  withTableOptions(
    io
      .command('buyers <sector>')
      .description(
        "A sector's direct buyers: shares of its output b_ij = z_ij / x_i, largest first",
      ),
  )
    .option('--limit <n>', 'how many (0 for all)', '20')
    .option('--min <b>', 'leave out shares below this')
    .action((sector: string, o: IoCliOptions) => {
      const format = cliFormat(o.format);
      const r = ioBuyers({
        sector,
        ...tableOpts(o),
        limit: numberOption.nonNegativeWhole('limit', o.limit),
        minCoefficient: numberOption.contract('min', IoEvidenceQuery.shape.min, o.min),
      });
      if (format === 'json') return writeJson(r, o.out);
      say(`${r.sector.code} ${r.sector.nameZh}: buyers in the ${tableLine(r.table)}`);
      emit(
        r.buyers.map((b) => ({
          rank: b.rank,
          code: b.code,
          name_zh: b.nameZh,
          name_en: b.nameEn,
          share: b.share,
          coefficient: b.coefficient,
          flow_10k_yuan: b.flow,
        })),
        { format, out: o.out },
      );
    });
}

function registerIoLinkages(io: Command): void {
  withTableOptions(
    io
      .command('linkages')
      .description(
        'Backward (column sums of the Leontief inverse) and forward (row sums of the Ghosh inverse) linkages, normalised by their mean',
      ),
  )
    .option('--sort <by>', 'code | backward | forward', 'code')
    .action((o: IoCliOptions) => {
      const format = cliFormat(o.format);
      const sort = o.sort ?? 'code';
      if (!['code', 'backward', 'forward'].includes(sort))
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `--sort must be code, backward or forward, not ${sort}`,
        );
      const r = ioLinkages(tableOpts(o));
      if (sort !== 'code')
        r.sectors.sort((a, b) =>
          sort === 'backward' ? b.backward - a.backward : b.forward - a.forward,
        );
      if (format === 'json') return writeJson(r, o.out);
      say(`linkages in the ${tableLine(r.table)}; ${r.conventions}`);
      emit(
        r.sectors.map((s) => ({
          code: s.code,
          name_zh: s.nameZh,
          name_en: s.nameEn,
          backward: s.backward,
          forward: s.forward,
          forward_leontief: s.forwardLeontief,
          kind: s.kind,
        })),
        { format, out: o.out },
      );
    });
}

function registerIoChain(io: Command): void {
  withTableOptions(
    io
      .command('chain <id>')
      .description(
        "The IO evidence of a chain template's edges: the largest input coefficient between the nodes' sectors; edges without support flagged for review",
      ),
  )
    .option('--min <a>', 'a coefficient below this is weak evidence', '0.01')
    .action(async (id: string, o: IoCliOptions) => {
      const format = cliFormat(o.format);
      const r = chainIoEvidence(await getChainTemplate(id), {
        ...tableOpts(o),
        minCoefficient: numberOption.contract('min', IoEvidenceQuery.shape.min, o.min),
      });
      if (format === 'json') return writeJson(r, o.out);
      say(
        `${r.chain} ${r.version} in the ${tableLine(r.table)}: ${Object.entries(r.summary)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
      emit(
        r.edges.map((e) => ({
          from: e.from,
          to: e.to,
          status: e.status,
          review: e.review,
          supplier: e.supplier ? `${e.supplier.code} ${e.supplier.nameZh}` : '',
          buyer: e.buyer ? `${e.buyer.code} ${e.buyer.nameZh}` : '',
          coefficient: e.coefficient ?? '',
          year: e.year,
          reason: e.reason,
        })),
        { format, out: o.out },
      );
    });
}
