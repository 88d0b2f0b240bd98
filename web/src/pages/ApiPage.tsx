import type { OpenApiDocument } from '../../../src/contract/openapi.ts';
import { get } from '../http.ts';
import { apiPageText } from '../i18n/api-page.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';

/** The OpenAPI document (GET /api/openapi.json): the server's contract. */
type OpenApi = Pick<OpenApiDocument, 'paths'>;

interface Endpoint {
  method: string;
  path: string;
  tag: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const TAGS = ['system', 'reference', 'organizations', 'clusters', 'chains', 'io', 'metrics'];

/** The OpenAPI document's operations, by tag (the order above, unknown tags last), then path. */
export function endpointsOf(doc: OpenApi): Endpoint[] {
  const out: Endpoint[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops))
      if (op && METHODS.includes(method)) out.push({ method, path, tag: op.tags?.[0] ?? 'other' });
  const rank = (t: string) => (TAGS.includes(t) ? TAGS.indexOf(t) : TAGS.length);
  return out.sort((a, b) => rank(a.tag) - rank(b.tag) || a.path.localeCompare(b.path));
}

/**
 * The API inside the atlas (#/api): what it offers and how to call it, in
 * the reader's language, the endpoints by area (method and path; their
 * descriptions, written for programmers in English with field names, are in
 * the interactive pages), and the interactive Swagger pages in a new tab —
 * stock English pages without the atlas's header, so the atlas stays open
 * beside them.
 */
export function ApiPage() {
  const { t } = useLang();
  const ta = useDictionary(apiPageText);
  const doc = useLoad('openapi', () => get<OpenApiDocument>('/api/openapi.json'));
  const endpoints = doc.data ? endpointsOf(doc.data) : [];
  const tags = [...new Set(endpoints.map((e) => e.tag))];
  const tagName = (tag: string) =>
    ta(
      (`tag.${tag}` as 'tag.system') in apiPageText.en
        ? (`tag.${tag}` as 'tag.system')
        : 'tag.other',
    );
  return (
    <section className="page api-page" data-testid="page-api">
      <h2>{ta('title')}</h2>
      <p>{ta('explain')}</p>
      <p className="api-links">
        <a
          href="/api/docs"
          target="_blank"
          rel="noopener"
          className="button-link"
          data-testid="api-docs-link"
        >
          {ta('interactive')}
        </a>
        <a href="/api/openapi.json" target="_blank" rel="noopener" className="button-link">
          {ta('openapi')}
        </a>
      </p>
      <p className="muted">{ta('back')}</p>
      <h3>{ta('endpoints')}</h3>
      {doc.error ? (
        <p role="alert">
          {ta('loadFailed')}: {doc.error}
        </p>
      ) : null}
      {!doc.data && !doc.error ? <p className="muted">{t('loading')}</p> : null}
      {doc.data ? (
        <p className="muted">
          {ta('count', { n: endpoints.length })} · {ta('endpointsNote')}
        </p>
      ) : null}
      {tags.map((tag) => (
        <details key={tag} className="api-tag" data-testid="api-tag">
          <summary>
            {tagName(tag)} ({endpoints.filter((e) => e.tag === tag).length})
          </summary>
          <table className="table">
            <thead>
              <tr>
                <th>{ta('method')}</th>
                <th>{ta('path')}</th>
              </tr>
            </thead>
            <tbody>
              {endpoints
                .filter((e) => e.tag === tag)
                .map((e) => (
                  <tr key={`${e.method} ${e.path}`}>
                    <td>
                      <code>{e.method.toUpperCase()}</code>
                    </td>
                    <td>
                      <code>{e.path}</code>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
