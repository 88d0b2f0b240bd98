import type { Duck } from '../../store/duck.ts';
import { matchesForDashboard, partyFacts } from '../../store/matching.ts';
import { sizeClassOf } from './size-class.ts';
import type { MatchStatus } from './schemas.ts';

export type Period = 'month' | 'quarter' | 'year';

export interface LeaderRow {
  period: string;
  leader: string;
  leaderName: string;
  /** Distinct SMEs matched with this leader in the period. */
  smes: number;
  matches: number;
  byStatus: Record<MatchStatus, number>;
}

export interface PeriodRow {
  period: string;
  /** Distinct SMEs matched with any large firm or chain leader (the figure the dashboard's header cites). */
  smesWithLeaders: number;
  leaders: number;
  matches: number;
  byStatus: Record<MatchStatus, number>;
}

export interface Dashboard {
  from: string;
  to: string;
  period: Period;
  periods: PeriodRow[];
  byLeader: LeaderRow[];
  totals: Omit<PeriodRow, 'period'>;
}

const emptyStatus = (): Record<MatchStatus, number> => ({
  proposed: 0,
  contacted: 0,
  sample_trial: 0,
  contract: 0,
  declined: 0,
});

export function periodOf(iso: string, period: Period): string {
  const y = iso.slice(0, 4);
  if (period === 'year') return y;
  if (period === 'month') return iso.slice(0, 7);
  return `${y}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * What a promotion organisation reports: per period (by the date a match was
 * proposed), how many SMEs were matched with which leaders (chain leaders and
 * other large firms as buyers) and with what result (each match counted in
 * its current state). The figure for Wuhan in 《产业集群|跨省域电子信息先进制造业集群如何共建?》, Chan Cheng magazine, May 2023,
 * 「助力超200家中小企業與中國電建等大型央企合作」, is `smesWithLeaders` over the whole
 * period.
 */
export async function matchDashboard(
  db: Duck,
  opts: { from?: string; to?: string; period?: Period } = {},
): Promise<Dashboard> {
  const from = opts.from ?? '0000';
  const to = opts.to ?? '9999';
  const period = opts.period ?? 'quarter';
  const rows = await matchesForDashboard(db, from, to);
  const facts = new Map(
    (await partyFacts(db, [...new Set(rows.flatMap((r) => [r.buyer, r.supplier]))])).map((f) => [
      f.id,
      f,
    ]),
  );
  const isSme = (id: string) => {
    const f = facts.get(id);
    return f ? sizeClassOf(f) === 'sme' : false;
  };
  const isLeader = (id: string) => {
    const f = facts.get(id);
    return f ? sizeClassOf(f) === 'large' : false;
  };
  const leaderRows = new Map<string, LeaderRow & { smeSet: Set<string> }>();
  const periodRows = new Map<string, PeriodRow & { smeSet: Set<string>; leaderSet: Set<string> }>();
  const total = {
    smeSet: new Set<string>(),
    leaderSet: new Set<string>(),
    matches: 0,
    byStatus: emptyStatus(),
  };
  for (const r of rows) {
    if (!isLeader(r.buyer)) continue;
    const p = periodOf(r.created_at, period);
    const status = r.status as MatchStatus;
    const key = `${p}|${r.buyer}`;
    const lr = leaderRowOf(leaderRows, key, p, r);
    const pr = periodRowOf(periodRows, p);
    for (const agg of [lr, pr, total]) {
      agg.matches++;
      agg.byStatus[status]++;
      if (isSme(r.supplier)) agg.smeSet.add(r.supplier);
    }
    pr.leaderSet.add(r.buyer);
    total.leaderSet.add(r.buyer);
  }
  return dashboardAnswer(from, to, period, periodRows, leaderRows, total);
}

type LeaderAgg = LeaderRow & { smeSet: Set<string> };
type PeriodAgg = PeriodRow & { smeSet: Set<string>; leaderSet: Set<string> };

function leaderRowOf(
  leaderRows: Map<string, LeaderAgg>,
  key: string,
  p: string,
  r: { buyer: string; buyer_name: string },
): LeaderAgg {
  const found = leaderRows.get(key);
  if (found) return found;
  const lr: LeaderAgg = {
    period: p,
    leader: r.buyer,
    leaderName: r.buyer_name,
    smes: 0,
    matches: 0,
    byStatus: emptyStatus(),
    smeSet: new Set(),
  };
  leaderRows.set(key, lr);
  return lr;
}

function periodRowOf(periodRows: Map<string, PeriodAgg>, p: string): PeriodAgg {
  const found = periodRows.get(p);
  if (found) return found;
  const pr: PeriodAgg = {
    period: p,
    smesWithLeaders: 0,
    leaders: 0,
    matches: 0,
    byStatus: emptyStatus(),
    smeSet: new Set(),
    leaderSet: new Set(),
  };
  periodRows.set(p, pr);
  return pr;
}

/** The aggregates with their sets counted: periods in order, leaders by period then matches. */
function dashboardAnswer(
  from: string,
  to: string,
  period: Period,
  periodRows: Map<string, PeriodAgg>,
  leaderRows: Map<string, LeaderAgg>,
  total: {
    smeSet: Set<string>;
    leaderSet: Set<string>;
    matches: number;
    byStatus: ReturnType<typeof emptyStatus>;
  },
): Dashboard {
  const strip = <T extends { smeSet: Set<string> }>(x: T) => {
    const { smeSet, ...rest } = x;
    return { rest, smes: smeSet.size };
  };
  return {
    from,
    to,
    period,
    periods: [...periodRows.values()]
      .sort((a, b) => (a.period < b.period ? -1 : 1))
      .map((x) => {
        const { rest, smes } = strip(x);
        const { leaderSet, ...out } = rest;
        return { ...out, smesWithLeaders: smes, leaders: leaderSet.size };
      }),
    byLeader: [...leaderRows.values()]
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : b.matches - a.matches))
      .map((x) => {
        const { rest, smes } = strip(x);
        return { ...rest, smes };
      }),
    totals: {
      smesWithLeaders: total.smeSet.size,
      leaders: total.leaderSet.size,
      matches: total.matches,
      byStatus: total.byStatus,
    },
  };
}
