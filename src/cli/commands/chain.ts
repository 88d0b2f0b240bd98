import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AtlasError, isAtlasError } from '../../core/errors.ts';
import { PanoramaQuery } from '../../contract/chain-panorama.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { chainContext } from '../../services/chain/panorama.ts';
import { decidePlacement } from '../../services/chain/placements.ts';
import {
  getChainTemplate,
  importChainTemplate,
  listChainTemplates,
  readTemplateFile,
} from '../../services/chain/templates.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited } from '../audit.ts';
import { emit, say } from '../output.ts';
import { registerChainBind } from './chain-bind.ts';
import { cliFormat } from '../options/cli-format.ts';
import { numberOption } from '../options/number-option.ts';
import { writeJson } from '../output/write-json.ts';

interface Common {
  format?: string;
  out?: string;
  db?: string;
  evidence?: boolean;
}

/** Edges that carry evidence: a verified source (the IO table between two sectors, a seed's words). */
function evidenceOf(t: ChainTemplate): Record<string, unknown> {
  const withEvidence = t.edges.filter((e) => e.verified).length;
  return {
    edges_with_evidence: withEvidence,
    edges_io: t.edges.filter((e) => e.verified && e.io && !e.io.sameSector && !e.quote).length,
    edges_cited: t.edges.filter((e) => e.verified && e.quote).length,
    evidence_share: t.edges.length ? Number((withEvidence / t.edges.length).toFixed(3)) : null,
  };
}

function summary(t: ChainTemplate): Record<string, unknown> {
  return {
    id: t.id,
    version: t.version,
    name_zh: t.nameZh,
    name_en: t.nameEn,
    nodes: t.nodes.length,
    edges: t.edges.length,
    four_bases_nodes: t.nodes.filter((n) => n.fourBases !== 'none').length,
    critical_nodes: t.nodes.filter((n) => n.critical).length,
    unverified_nodes: t.nodes.filter((n) => !n.verified).length,
    sources: t.sources.map((s) => s.citation).join('; '),
  };
}

/**
 * `atlas chain list | show ID | validate FILE | import FILE | placements ID |
 * review ID NODE ORG`: industry-chain templates (bundled in data/chains/ or
 * imported into the atlas) and the review of firms' placements on them.
 */
export function registerChain(program: Command): void {
  const chain = program
    .command('chain')
    .description('Industry-chain templates (产业链模板) and placements');
  registerChainList(chain);
  registerChainBind(chain);
  registerChainShow(chain);
  registerChainValidate(chain);
  registerChainImport(chain);
  registerChainPlacements(chain);
  registerChainReview(chain);
}

function registerChainList(chain: Command): void {
  chain
    .command('list')
    .description('List the chain templates')
    .option('--format <format>', 'csv | json | table')
    .option('--db <path>', 'also list templates imported into this atlas')
    .option('--evidence', 'add how many edges carry IO or cited evidence, and the share over all')
    .action(async (o: Common) => {
      const format = cliFormat(o.format);
      const all = o.db
        ? await withAtlas({ path: o.db }, (db) => listChainTemplates(db))
        : await listChainTemplates();
      const rows = all.map((t) => (o.evidence ? { ...summary(t), ...evidenceOf(t) } : summary(t)));
      if (format === 'json') return writeJson(rows, undefined);
      emit(rows, { format });
      if (o.evidence) {
        const edges = all.reduce((a, t) => a + t.edges.length, 0);
        const ok = all.reduce((a, t) => a + t.edges.filter((e) => e.verified).length, 0);
        say(
          `${ok} of ${edges} edges (${edges ? ((100 * ok) / edges).toFixed(1) : '0.0'} %) in ${all.length} templates carry IO or cited evidence; the others are marked unverified`,
        );
      }
    });
}

function registerChainShow(chain: Command): void {
  chain
    .command('show <id>')
    .description(
      'Show a template: its nodes, their stage, four-bases category, choke points, codes and keywords',
    )
    .option('--format <format>', 'csv | json | table')
    .option('--db <path>', 'also look among templates imported into this atlas')
    .action(async (id: string, o: Common) => {
      const format = cliFormat(o.format);
      const t = o.db
        ? await withAtlas({ path: o.db }, (db) => getChainTemplate(id, db))
        : await getChainTemplate(id);
      if (format === 'json') return writeJson(t, undefined);
      say(`${t.id} ${t.version}: ${t.nameZh} / ${t.nameEn}`);
      emit(
        t.nodes.map((n) => ({
          node: n.id,
          parent: n.parent ?? '',
          stage: n.stage,
          name_zh: n.nameZh,
          name_en: n.nameEn,
          four_bases: n.fourBases,
          critical: n.critical ? n.critical.reason : '',
          industries: n.industries.join(' '),
          keywords: n.keywords.join(' '),
          products_en: (n.productsEn ?? []).join('; '),
          inputs: t.edges
            .filter((e) => e.to === n.id)
            .map((e) => e.from)
            .join(' '),
          source: n.source,
          verified: n.verified,
        })),
        { format },
      );
    });
}

function registerChainValidate(chain: Command): void {
  chain
    .command('validate <file>')
    .description('Check a template file; every problem is listed with its node and reason')
    .action((file: string) => {
      try {
        const t = readTemplateFile(file);
        say(`ok: ${t.id} ${t.version}, ${t.nodes.length} nodes, ${t.edges.length} edges`);
      } catch (e) {
        if (isAtlasError(e) && Array.isArray(e.details.problems))
          for (const p of e.details.problems as Array<{ node: string; reason: string }>)
            say(`  ${file}: node ${p.node}: ${p.reason}`);
        throw e;
      }
    });
}

function registerChainImport(chain: Command): void {
  chain
    .command('import <file>')
    .description(
      'Validate a template file and store it in the atlas (a higher version replaces a bundled one)',
    )
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (file: string, o: Common) => {
      const t = await withAtlas({ path: o.db }, (db) =>
        audited(
          db,
          'atlas chain import',
          resolve(file),
          () => importChainTemplate(db, file),
          (x) => ({ id: x.id, version: x.version }),
        ),
      );
      say(`imported ${t.id} ${t.version}: ${t.nodes.length} nodes`);
    });
}

function registerChainPlacements(chain: Command): void {
  chain
    .command('placements <id>')
    .description(
      'Organisations placed on a template in a cluster or region, with method, confidence and review state',
    )
    .option('--cluster <id>', 'a cluster')
    .option('--region <code>', 'a region')
    .option('--node <node>', 'only this node')
    .option('--min-confidence <x>', 'hide unconfirmed placements below this', '0')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file')
    .option('--db <path>', 'database file')
    .action(
      async (
        id: string,
        o: Common & { cluster?: string; region?: string; node?: string; minConfidence?: string },
      ) => {
        const format = cliFormat(o.format);
        const min =
          numberOption.contract(
            'min-confidence',
            PanoramaQuery.shape.minConfidence,
            o.minConfidence,
          ) ?? 0;
        const ctx = await withAtlas({ path: o.db }, (db) =>
          chainContext(db, { cluster: o.cluster, region: o.region, chain: id }),
        );
        const names = new Map(ctx.orgs.map((x) => [x.id, x.name]));
        const rows = ctx.placements
          .filter(
            (p) => (!o.node || p.node === o.node) && (p.review !== 'auto' || p.confidence >= min),
          )
          .map((p) => ({
            node: p.node,
            organization: p.organization,
            name: names.get(p.organization) ?? '',
            method: p.method,
            confidence: p.confidence,
            review: p.review,
            evidence: p.evidence.join(' | '),
          }));
        if (format === 'json') return writeJson(rows, o.out);
        emit(rows, { format, out: o.out });
      },
    );
}

function registerChainReview(chain: Command): void {
  chain
    .command('review <id> <node> <organization>')
    .description('Confirm or reject a placement, or place an organisation by hand')
    .option('--confirm', 'confirm the placement')
    .option('--reject', 'reject the placement')
    .option('--place', 'place the organisation on the node by hand')
    .option('--by <name>', 'who decides')
    .option('--note <text>', 'why')
    .option('--db <path>', 'database file')
    .action(
      async (
        id: string,
        node: string,
        organization: string,
        o: Common & {
          confirm?: boolean;
          reject?: boolean;
          place?: boolean;
          by?: string;
          note?: string;
        },
      ) => {
        const chosen = (['confirm', 'reject', 'place'] as const).filter((k) => o[k]);
        if (chosen.length !== 1)
          throw new AtlasError('ATLAS_E_USAGE', 'give exactly one of --confirm, --reject, --place');
        const p = await withAtlas({ path: o.db }, (db) =>
          audited(
            db,
            `atlas chain review --${chosen[0]}`,
            `${id}/${node}/${organization}`,
            async () =>
              decidePlacement(db, {
                template: id,
                node,
                organization,
                decision: chosen[0],
                reviewer: o.by,
                note: o.note,
              }),
          ),
        );
        say(
          `${p.organization} on ${id}/${p.node}: ${p.review} (${p.method}, confidence ${p.confidence})`,
        );
      },
    );
}
