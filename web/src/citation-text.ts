import type { Citation } from './api/cluster-facts.ts';
import type { Lang } from './i18n/common.ts';

/**
 * A reader's citation: authors (three, then 等 / et al.), title, publisher,
 * year, DOI; a source the catalogue does not know is cited as written.
 */
export function citationText(lang: Lang, c: Citation | null, source: string): string {
  if (!c) return source;
  const en = lang === 'en';
  const names = en ? (c.authorsEn ?? c.authors) : c.authors;
  const authors =
    names.length === 0
      ? ''
      : names.length > 3
        ? `${names.slice(0, en ? 1 : 3).join(en ? ', ' : '、')}${en ? ' et al.' : ' 等'}`
        : names.join(en ? ', ' : '、');
  const title = en
    ? `“${c.title}”${c.titleEn && c.titleEn !== c.title ? ` (${c.titleEn})` : ''}`
    : `《${c.title}》`;
  const publisher = en ? (c.publisherEn ?? c.publisher) : c.publisher;
  const when = c.date ?? String(c.year);
  const parts = [authors, title, publisher, when, c.doi ? `DOI ${c.doi}` : ''].filter(Boolean);
  return parts.join(en ? ', ' : '，');
}
