import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { REPORT_LANGS, ReportLang } from '../../contract/reports.ts';
// Like serve, report starts the HTTP app (on a loopback port, for its own browser only).
import { buildApp } from '../../api/app.ts';
import { listen } from '../../api/listen.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { checkReportTarget } from '../../services/report/check-report-target.ts';
import { printReport, type ReportTarget } from '../../services/report/print-report.ts';
import { openAtlas } from '../../services/open-atlas.ts';
import { choiceHelp, contractValue } from '../contract-options.ts';
import { say } from '../output.ts';

interface ReportOptions {
  out: string;
  lang?: string;
  db?: string;
  webRoot?: string;
}

/**
 * `atlas report cluster ID… | region CODE…`: each report as an A4 PDF,
 * printed by Chromium from the web app's report page, as a visitor sees it —
 * public fields and aggregates only, so the files are safe to send. Every id
 * is checked before the first browser starts; nothing is written for a
 * report that fails.
 */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Cluster or region reports as PDF files (printed by Chromium, public view)')
    .argument('<kind>', 'cluster or region')
    .argument('<ids...>', 'cluster ids, or 6-digit GB/T 2260 region codes')
    .option('--out <dir>', 'folder for the PDF files', '.')
    .option('--lang <lang>', choiceHelp(ReportLang, REPORT_LANGS))
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--web-root <dir>', 'the built web app (default web/dist)')
    .action(async (kind: string, ids: string[], opts: ReportOptions) => {
      if (kind !== 'cluster' && kind !== 'region')
        throw new AtlasError('ATLAS_E_USAGE', `kind must be cluster or region, got ${kind}`, {
          kind,
        });
      const lang = contractValue('lang', ReportLang, opts.lang);
      const targets: ReportTarget[] = ids.map((id) =>
        kind === 'cluster' ? { kind, id } : { kind, code: id },
      );
      const db = await openAtlas({ path: opts.db });
      // As `atlas serve` does: a new database starts with the default data.
      const boot = await bootstrap(db).catch((e: unknown) => {
        db.close();
        throw e;
      });
      if (boot.loaded) say('loaded the default data set into the new database');
      const app = await buildApp({
        db,
        anonymous: 'viewer',
        webRoot: opts.webRoot ? resolve(opts.webRoot) : undefined,
      });
      try {
        for (const t of targets) await checkReportTarget(db, t);
        const url = await listen(app, { host: '127.0.0.1', port: 0 });
        await mkdir(opts.out, { recursive: true });
        for (const t of targets) {
          const pdf = await printReport({ baseUrl: url, target: t, lang });
          // An id is data: it names a file, never a path.
          const name = t.kind === 'cluster' ? t.id.replace(/[^\w.-]/g, '_') : `region-${t.code}`;
          const file = join(opts.out, `report-${name}.pdf`);
          await writeFile(file, pdf);
          say(`wrote ${file} (${Math.round(pdf.length / 1024)} KB)`);
          process.stdout.write(file + '\n');
        }
      } finally {
        await app.close();
        await db.idle();
        db.close();
      }
    });
}
