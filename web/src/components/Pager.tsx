import { useLang } from '../lang.tsx';
import type { Page } from '../types.ts';

/** Previous / next under a paginated list, with where the reader is: "page 2 of 5 (143)". */
export function Pager(props: { page: Page<unknown>; onPage: (page: number) => void }) {
  const { t } = useLang();
  const { page, pageSize, total } = props.page;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pagerLabel')} data-testid="pager">
      <button
        type="button"
        disabled={page <= 1}
        onClick={() => props.onPage(page - 1)}
        data-testid="pager-prev"
      >
        ← {t('pagerPrev')}
      </button>
      <span data-testid="pager-where">{t('pagerWhere', { page, pages, total })}</span>
      <button
        type="button"
        disabled={page >= pages}
        onClick={() => props.onPage(page + 1)}
        data-testid="pager-next"
      >
        {t('pagerNext')} →
      </button>
    </nav>
  );
}
