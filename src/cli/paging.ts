import type { Command } from 'commander';
import { MAX_PAGE_SIZE, PageQuery } from '../contract/paging.ts';
import { numberOption } from './options/number-option.ts';
import { say } from './output.ts';

/** The page options of a listing command, as commander gives them. */
export interface PageOptions {
  page?: string;
  pageSize?: string;
}

/** Adds --page and --page-size to a listing command: the API's page and pageSize. */
export function withPageOptions(command: Command): Command {
  return command
    .option('--page <n>', 'one page of the list (from 1; default: every row)')
    .option('--page-size <n>', `rows a page (1-${MAX_PAGE_SIZE}, default 50)`);
}

/**
 * The rows to read: every one without --page or --page-size (a listing never
 * stops short without saying so), else one page as the API pages.
 */
export function pageLimits(
  o: PageOptions,
): { page: number; pageSize: number; limit: number; offset: number } | undefined {
  if (o.page === undefined && o.pageSize === undefined) return undefined;
  // Checked by the contract the API pages with (its defaults: page 1, 50 rows).
  const page = numberOption.contract('page', PageQuery.shape.page, o.page);
  const pageSize = numberOption.contract('page-size', PageQuery.shape.pageSize, o.pageSize);
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

/** Says on stderr where a page lies in the whole list: "page 2 of 5 (rows 51-100 of 243 demands)". */
export function sayPage(
  p: { page: number; pageSize: number },
  shown: number,
  total: number,
  what: string,
): void {
  const pages = Math.max(1, Math.ceil(total / p.pageSize));
  const first = (p.page - 1) * p.pageSize + 1;
  say(
    shown === 0
      ? `page ${p.page} of ${pages}: no rows (${total} ${what})`
      : `page ${p.page} of ${pages} (rows ${first}-${first + shown - 1} of ${total} ${what})`,
  );
}
