import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  CapabilityKind,
  CapabilityInput,
  DashboardQuery,
  DemandInput,
  DemandKind,
  PoolActionInput,
  StoredDemandMatchQuery,
  Visibility,
  type DemandMatches,
} from '../../contract/matching.ts';
import { AtlasError } from '../../core/errors.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import {
  ensureCapabilities,
  importMatchingFile,
  matchCapability,
  matchDashboard,
  matchDemand,
  postCapability,
  postDemand,
  qualifySupplier,
  recordOutcome,
  setConsent,
  shareSupplier,
} from '../../services/matching/index.ts';
import { deriveMatchingRecords } from '../../services/matching/derive-all.ts';
import {
  capabilityCount,
  capabilityRows,
  demandCount,
  demandRows,
  findDemand,
  matchCount,
  matchRows,
  poolRows,
} from '../../services/matching/listings.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import type { Duck } from '../../store/duck.ts';
import { choiceHelp, contractValue, rangeHelp } from '../contract-options.ts';
import { numberOption } from '../options/number-option.ts';
import { audited } from '../audit.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';
import { pageLimits, sayPage, withPageOptions, type PageOptions } from '../paging.ts';

interface Common {
  db?: string;
  format?: string;
  json?: boolean;
  out?: string;
}

const fmt = (o: Common) => (o.json ? 'json' : o.format);
const collect = (v: string, prev: string[] = []) => [...prev, v];

/** What a pool entry is, as the audit log names it. */
const poolTarget = (o: { cluster: string; leader: string; supplier: string }) =>
  `${o.cluster}/${o.leader}/${o.supplier}`;

/** Opens the atlas ready for matching: default data on first use, derived capabilities. */
async function withMatching<T>(path: string | undefined, fn: (db: Duck) => Promise<T>): Promise<T> {
  return withAtlas({ path }, async (db) => {
    const boot = await bootstrap(db);
    if (boot.loaded) say('first run: loaded the default data set (synthetic firms marked so)');
    // A new atlas has them from its bootstrap; one loaded by import gets them here, audited.
    const d =
      (await capabilityCount(db)) > 0
        ? { derived: 0 }
        : await audited(
            db,
            'atlas match derive',
            'capabilities',
            () => ensureCapabilities(db),
            (r) => ({ capabilities: r.derived }),
          );
    if (d.derived > 0)
      say(`derived ${d.derived} capabilities from the organisations (name, industries, products)`);
    return fn(db);
  });
}

function supplierRows(r: DemandMatches) {
  return r.matches.map((m) => ({
    rank: m.rank,
    supplier: m.supplier.name,
    id: m.supplier.id,
    region: m.supplier.region,
    size: m.supplier.size ?? '',
    offers: m.title,
    score: m.score.toFixed(3),
    km: m.distanceKm === undefined ? '' : Math.round(m.distanceKm),
    qualified_by: m.qualifiedBy.map((q) => q.name).join(';'),
    why: m.reasons.join(' | '),
    synthetic: m.supplier.synthetic,
    match: m.matchId ?? '',
  }));
}

interface MatchOpts extends Common {
  demand?: string;
  capability?: string;
  buyer?: string;
  region?: string;
  node?: string[];
  top?: string;
  local?: string;
  sme?: boolean;
  record?: boolean;
}

export function registerMatch(program: Command): void {
  const match = program
    .command('match')
    .description(
      'Match demands with capabilities (供需对接): ranked suppliers for a demand, or demands for a capability, with the reasons',
    )
    .option('--demand <text|id>', 'a demand id, or the text of what is wanted (e.g. "液压多路阀")')
    .option('--capability <id>', 'rank the open demands for this capability instead')
    .option('--buyer <org>', 'the buyer of a text demand (past links, shared pool)')
    .option('--region <code>', 'where the supply is wanted (GB/T 2260), for distance')
    .option('--node <id>', 'chain node or GB/T 4754 class wanted (repeatable)', collect)
    .option('--local <prefix>', 'keep suppliers whose region code starts with this (e.g. 4301)')
    .option('--sme', 'keep SME suppliers only')
    .option('--top <n>', `how many matches ${rangeHelp(StoredDemandMatchQuery.shape.top)}`)
    .option('--record', 'store the matches of a stored demand as proposed')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--format <format>', 'table | json | csv')
    .option('--json', 'same as --format json')
    .option('--out <file>', 'write to a file')
    .addHelpText(
      'after',
      '\nScore = 0.40 text (BM25 on character n-grams) + 0.15 chain node + 0.15 distance\n' +
        '      + 0.05 size + 0.05 tags + 0.10 past links + 0.10 shared pool; "why" lists each part.\n' +
        'Subcommands: demand-add, demand-import, demands, capability-add, capability-import,\n' +
        'capabilities, derive, outcome, list,\n' +
        'dashboard, pool-qualify, pool-consent, pool-share, pool.',
    )
    .action(rank);

  // --db, --format, --json and --out belong to `match`; its subcommands read them from there.
  match.hook('preAction', (_match, action) => {
    if (action === match) return;
    for (const [k, v] of Object.entries(match.opts()))
      if (action.getOptionValue(k) === undefined) action.setOptionValue(k, v);
  });

  registerDemandAdd(match);
  registerCapabilityAdd(match);
  registerImports(match);
  registerListings(match);
  registerOutcomes(match);
  registerPool(match);
}

/** `atlas match`: suppliers ranked for a demand, or open demands for a capability. */
async function rank(o: MatchOpts): Promise<void> {
  if (!o.demand === !o.capability)
    throw new AtlasError('ATLAS_E_USAGE', 'give either --demand or --capability', {});
  const q = StoredDemandMatchQuery.shape;
  const top = numberOption.contract('top', q.top, o.top);
  const local = contractValue('local', q.local, o.local);
  await withMatching(o.db, async (db) => {
    if (o.capability) {
      const r = await matchCapability(db, o.capability, { top });
      if (fmt(o) === 'json') return emitJson(r, o);
      emit(
        r.matches.map((m) => ({
          rank: m.rank,
          demand: m.demand,
          title: m.title,
          buyer: m.buyer.name,
          score: m.score.toFixed(3),
          why: m.reasons.join(' | '),
        })),
        { format: fmt(o), out: o.out },
      );
      return;
    }
    const stored = await findDemand(db, o.demand!);
    const r = await matchDemand(
      db,
      stored
        ? { id: stored.id }
        : { text: o.demand!, organization: o.buyer, region: o.region, nodes: o.node },
      { top, regionPrefix: local, supplierSize: o.sme ? 'sme' : undefined, record: o.record },
    );
    if (fmt(o) === 'json') return emitJson(r, o);
    emit(supplierRows(r), { format: fmt(o), out: o.out });
    if (r.matches.some((m) => m.supplier.synthetic))
      say('note: rows marked synthetic are generated firms (合成数据), not real suppliers');
  });
}

interface DemandAddOpts {
  org: string;
  title: string;
  description?: string;
  kind?: string;
  spec?: string;
  quantity?: string;
  unit?: string;
  region?: string;
  node?: string[];
  deadline?: string;
  visibility?: string;
  cluster?: string;
  invite?: string[];
  db?: string;
}

function registerDemandAdd(match: Command): void {
  const d = DemandInput.shape;
  match
    .command('demand-add')
    .description('Post a demand (需求): what an organisation wants to source')
    .requiredOption('--org <id>', 'the buyer')
    .requiredOption('--title <text>', 'what is wanted, e.g. 多路阀')
    .option('--description <text>')
    .option('--kind <kind>', choiceHelp(d.kind, DemandKind.options))
    .option('--spec <text>', 'specification')
    .option('--quantity <n>', `how many ${rangeHelp(d.quantity)}`)
    .option('--unit <unit>')
    .option('--region <code>', 'where it is wanted (GB/T 2260)')
    .option('--node <id>', 'chain node or GB/T 4754 class (repeatable)', collect)
    .option('--deadline <YYYY-MM-DD>')
    .option('--visibility <v>', choiceHelp(d.visibility, Visibility.options))
    .option('--cluster <id>')
    .option('--invite <org>', 'an invited firm (repeatable)', collect)
    .action(async (o: DemandAddOpts) => {
      const input: DemandInput = {
        organization: o.org,
        title: o.title,
        description: o.description,
        kind: contractValue('kind', d.kind, o.kind),
        specification: o.spec,
        quantity: numberOption.contract('quantity', d.quantity, o.quantity),
        unit: o.unit,
        region: o.region,
        nodes: o.node,
        deadline: o.deadline,
        visibility: contractValue('visibility', d.visibility, o.visibility),
        cluster: o.cluster,
        invited: o.invite,
      };
      const r = await withMatching(o.db, (db) =>
        audited(
          db,
          'atlas match demand-add',
          o.org,
          () => postDemand(db, input),
          (x) => ({ id: x.id }),
        ),
      );
      process.stdout.write(r.id + '\n');
    });
}

interface CapabilityAddOpts {
  org: string;
  title: string;
  description?: string;
  kind?: string;
  product?: string[];
  process?: string[];
  cert?: string[];
  capacity?: string;
  node?: string[];
  db?: string;
}

function registerCapabilityAdd(match: Command): void {
  const c = CapabilityInput.shape;
  match
    .command('capability-add')
    .description('Post a capability (能力): what an organisation makes or offers')
    .requiredOption('--org <id>')
    .requiredOption('--title <text>')
    .option('--description <text>')
    .option('--kind <kind>', choiceHelp(c.kind, CapabilityKind.options))
    .option('--product <text>', 'a product (repeatable)', collect)
    .option('--process <text>', 'a process (repeatable)', collect)
    .option('--cert <text>', 'a certification (repeatable)', collect)
    .option('--capacity <text>')
    .option('--node <id>', 'chain node or GB/T 4754 class (repeatable)', collect)
    .action(async (o: CapabilityAddOpts) => {
      const input: CapabilityInput = {
        organization: o.org,
        title: o.title,
        description: o.description,
        kind: contractValue('kind', c.kind, o.kind),
        products: o.product,
        processes: o.process,
        certifications: o.cert,
        capacity: o.capacity,
        nodes: o.node,
      };
      const r = await withMatching(o.db, (db) =>
        audited(
          db,
          'atlas match capability-add',
          o.org,
          () => postCapability(db, input),
          (x) => ({ id: x.id }),
        ),
      );
      process.stdout.write(r.id + '\n');
    });
}

function registerImports(match: Command): void {
  for (const [name, kind, what] of [
    ['demand-import', 'demands', 'demands'],
    ['capability-import', 'capabilities', 'capabilities'],
  ] as const)
    match
      .command(`${name} <file>`)
      .description(
        `Import ${what} from CSV (UTF-8 or GB18030), XLSX, JSON or Parquet, zh or en headers; any bad row writes nothing`,
      )
      .option('--sheet <name>', 'XLSX sheet (default: the first)')
      .action(async (file: string, o: { sheet?: string; db?: string }) => {
        const r = await withMatching(o.db, (db) =>
          audited(
            db,
            `atlas match ${name}`,
            resolve(file),
            () => importMatchingFile(db, kind, file, { sheet: o.sheet }),
            (x) => ({ written: x.written }),
          ),
        );
        say(`imported ${r.written} ${what} from ${file}`);
        process.stdout.write(r.ids.join('\n') + '\n');
      });
}

type ListOpts = Common & PageOptions & { org?: string };

/** Every row, or one page as the API pages, with where the page lies on stderr. */
async function listed<R>(
  o: ListOpts,
  what: string,
  read: (db: Duck, slice: { limit?: number; offset?: number }) => Promise<R[]>,
  count: (db: Duck) => Promise<number>,
): Promise<R[]> {
  const p = pageLimits(o);
  const { rows, total } = await withMatching(o.db, async (db) => ({
    rows: await read(db, p ?? {}),
    total: p ? await count(db) : 0,
  }));
  if (p) sayPage(p, rows.length, total, what);
  return rows;
}

function registerListings(match: Command): void {
  const listing = (name: string, description: string) =>
    withPageOptions(match.command(name).description(description).option('--org <id>'));

  listing('demands', 'List demands, newest first').action(async (o: ListOpts) => {
    const f = { organization: o.org };
    const rows = await listed(
      o,
      'demands',
      (db, s) => demandRows(db, { ...f, ...s }),
      (db) => demandCount(db, f),
    );
    emit(
      rows.map((d) => ({
        id: d.id,
        buyer: d.organization,
        title: d.title,
        region: d.region,
        visibility: d.visibility,
        status: d.status,
        created: d.created_at,
      })),
      { format: fmt(o), out: o.out },
    );
  });
  listing('capabilities', 'List capabilities, by id').action(async (o: ListOpts) => {
    const f = { organization: o.org };
    const rows = await listed(
      o,
      'capabilities',
      (db, s) => capabilityRows(db, { ...f, ...s }),
      (db) => capabilityCount(db, f),
    );
    emit(
      rows.map((c) => ({
        id: c.id,
        organization: c.organization,
        title: c.title,
        nodes: c.nodes,
        derived: c.derived,
        synthetic: c.synthetic,
      })),
      { format: fmt(o), out: o.out },
    );
  });
  listing('list', 'List recorded matches and their outcome state, newest first').action(
    async (o: ListOpts) => {
      const f = { buyer: o.org };
      const rows = await listed(
        o,
        'matches',
        (db, s) => matchRows(db, { ...f, ...s }),
        (db) => matchCount(db, f),
      );
      emit(
        rows.map((m) => ({
          id: m.id,
          demand: m.demand,
          buyer: m.buyer,
          supplier: m.supplier,
          score: m.score,
          status: m.status,
          created: m.created_at,
        })),
        { format: fmt(o), out: o.out },
      );
    },
  );
}

function registerOutcomes(match: Command): void {
  match
    .command('derive')
    .description(
      'Derive capabilities (name, industries, link products) and service platforms from the organisations again, e.g. after an import',
    )
    .action(async (o: { db?: string }) => {
      const r = await withAtlas({ path: o.db }, (db) =>
        audited(
          db,
          'atlas match derive',
          'capabilities and service platforms',
          () => deriveMatchingRecords(db),
          (x) => ({ ...x }),
        ),
      );
      say(`derived ${r.capabilities} capabilities and ${r.platforms} service platforms`);
    });

  match
    .command('outcome <match> <status>')
    .description('Move a match: proposed → contacted → sample_trial → contract | declined')
    .option('--note <text>')
    .action(async (id: string, status: string, o: { note?: string; db?: string }) => {
      const m = await withAtlas({ path: o.db }, (db) =>
        audited(db, `atlas match outcome ${status}`, id, () => recordOutcome(db, id, status, o)),
      );
      say(`${m.id}: ${m.status}`);
    });

  const q = DashboardQuery.shape;
  match
    .command('dashboard')
    .description('Per period: how many SMEs were matched with which leaders, with what result')
    .option('--period <p>', choiceHelp(q.period, q.period.unwrap().options))
    .option('--from <date>', 'first day (YYYY-MM-DD)')
    .option('--to <date>', 'day after the last (YYYY-MM-DD)')
    .action(async (o: Common & { period?: string; from?: string; to?: string }) => {
      const query = {
        period: contractValue('period', q.period, o.period),
        from: contractValue('from', q.from, o.from),
        to: contractValue('to', q.to, o.to),
      };
      const d = await withAtlas({ path: o.db }, (db) => matchDashboard(db, query));
      if (fmt(o) === 'json') return emitJson(d, o);
      emit(
        d.byLeader.map((r) => ({
          period: r.period,
          leader: r.leaderName,
          smes: r.smes,
          matches: r.matches,
          ...r.byStatus,
        })),
        { format: fmt(o), out: o.out },
      );
      say(
        `SMEs matched with leaders: ${d.totals.smesWithLeaders} (${d.totals.leaders} leaders, ${d.totals.matches} matches, ${d.totals.byStatus.contract} contracts)`,
      );
    });
}

interface PoolOpts {
  cluster: string;
  leader: string;
  supplier: string;
  db?: string;
}

function registerPool(match: Command): void {
  const poolKey = (c: Command) =>
    c
      .requiredOption('--cluster <id>')
      .requiredOption('--leader <org>')
      .requiredOption('--supplier <org>');
  poolKey(match.command('pool-qualify').description('A leader records a supplier it qualified'))
    .option('--note <text>')
    .action(async (o: PoolOpts & { note?: string }) => {
      const e = await withAtlas({ path: o.db }, (db) =>
        audited(db, 'atlas match pool-qualify', poolTarget(o), () =>
          qualifySupplier(db, o, { note: o.note }),
        ),
      );
      say(`${e.supplier} qualified by ${e.leader} in ${e.cluster}; consent ${e.consent}`);
    });
  const consent = PoolActionInput.shape.consent;
  poolKey(
    match.command('pool-consent').description('The supplier grants, refuses or withdraws consent'),
  )
    .requiredOption('--as <org>', 'who acts (must be the supplier)')
    .requiredOption('--consent <c>', choiceHelp(consent, consent.unwrap().options))
    .action(async (o: PoolOpts & { as: string; consent: string }) => {
      const c = contractValue('consent', consent.unwrap(), o.consent);
      const e = await withAtlas({ path: o.db }, (db) =>
        audited(db, `atlas match pool-consent ${c}`, poolTarget(o), () =>
          setConsent(db, o, c, { actor: o.as }),
        ),
      );
      say(`consent of ${e.supplier}: ${e.consent}`);
    });
  poolKey(
    match
      .command('pool-share')
      .description("The leader shares the supplier with its cluster's other leaders"),
  )
    .requiredOption('--as <org>', 'who acts (must be the leader)')
    .option('--unshare', 'stop sharing')
    .action(async (o: PoolOpts & { as: string; unshare?: boolean }) => {
      const e = await withAtlas({ path: o.db }, (db) =>
        audited(db, `atlas match pool-${o.unshare ? 'unshare' : 'share'}`, poolTarget(o), () =>
          shareSupplier(db, o, { actor: o.as, shared: !o.unshare }),
        ),
      );
      say(`${e.supplier} ${e.shared ? 'shared' : 'not shared'} by ${e.leader} in ${e.cluster}`);
    });
  match
    .command('pool')
    .description('The pool as a leader sees it: its own entries and peers’ shared suppliers')
    .requiredOption('--as <org>')
    .action(async (o: Common & { as: string }) => {
      const rows = await withAtlas({ path: o.db }, (db) => poolRows(db, o.as));
      emit(
        rows.map((e) => ({
          cluster: e.cluster,
          leader: e.leader,
          supplier: e.supplier,
          consent: e.consent,
          shared: e.shared,
          qualified_by_peer: e.peer,
        })),
        { format: fmt(o), out: o.out },
      );
    });
}

function emitJson(value: unknown, o: Common): void {
  writeJson(value, o.out);
}
