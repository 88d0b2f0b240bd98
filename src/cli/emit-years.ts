import { writeFileSync } from 'node:fs';
import type { YearsReport } from '../services/evaluation/evaluate-years-report.ts';
import { emit, say, toCsv } from './output.ts';

/**
 * A ranking over years on the command line: the rows (alternative, year,
 * score, rank, rank changes, growth) to stdout or --out; what changed per
 * indicator to --changes FILE (CSV) and, briefly, each alternative's
 * largest change to stderr; JSON holds everything.
 */
export function emitYears(
  report: YearsReport & { names?: Record<string, string> },
  opts: { format?: string; out?: string; changes?: string },
): void {
  for (const w of report.warnings) say(`warning ${w.code}: ${w.message}`);
  const s = report.spec;
  say(
    `years ${report.years.join(', ')}${report.baseYear !== null ? `, base year ${report.baseYear} (every year on its scale)` : ''}; method ${s.method}, weights ${s.weights}, missing ${s.missing}${s.runs ? `, ${s.runs} runs (seed ${s.seed})` : ''}`,
  );
  const names = report.names ?? {};
  const rows = report.rows.map((r) => ({
    ...r,
    ...(report.names ? { name: names[r.alternative] ?? r.alternative } : {}),
  }));
  const columns = report.names
    ? ['alternative', 'name', ...report.columns.slice(1)]
    : report.columns;
  const changeRows = report.changes.flatMap((c) =>
    c.terms.map((t) => ({
      alternative: c.alternative,
      from_year: c.fromYear,
      to_year: c.toYear,
      score_change: c.scoreChange,
      rank_from: c.rankFrom,
      rank_to: c.rankTo,
      indicator: t.indicator,
      value_from: t.from,
      value_to: t.to,
      growth: t.growth,
      cagr: t.cagr,
      weight: t.weight,
      contribution: t.contribution,
    })),
  );
  if (opts.changes) {
    writeFileSync(opts.changes, toCsv(changeRows));
    say(`what changed, per indicator: ${opts.changes}`);
  }
  for (const c of report.changes.filter((x) => x.toYear === report.years.at(-1))) {
    const top = c.terms[0];
    if (!top || Math.abs(c.scoreChange) < 1e-12) continue;
    say(
      `${names[c.alternative] ?? c.alternative} ${c.fromYear}→${c.toYear}: score ${c.scoreChange >= 0 ? '+' : ''}${c.scoreChange.toFixed(4)}, rank ${c.rankFrom}→${c.rankTo}; most from ${top.indicator} (${top.contribution >= 0 ? '+' : ''}${top.contribution.toFixed(4)})`,
    );
  }
  if (opts.format === 'json') {
    const text = JSON.stringify({ ...report, rows, changes: report.changes }, null, 2) + '\n';
    if (opts.out) writeFileSync(opts.out, text);
    else process.stdout.write(text);
    return;
  }
  emit(rows as unknown as Record<string, unknown>[], opts, columns);
}
