import { SkipLink } from '../SkipLink.tsx';
import { SearchBox } from '../SearchBox.tsx';
import { useLang } from '../../lang.tsx';
import type { Route } from '../../route.ts';
import type { Stats } from '../../types.ts';
import { HeaderStats } from './HeaderStats.tsx';
import { MainNav } from './MainNav.tsx';

/** Every page's header: the title, the atlas's counts, the search and the navigation. */
export function AppHeader(props: { stats: Stats | null; page: Route['page'] }) {
  const { t } = useLang();
  return (
    <header className="top">
      <SkipLink />
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="muted">{t('appSubtitle')}</span>
      </div>
      <HeaderStats stats={props.stats} />
      <SearchBox />
      <MainNav page={props.page} />
    </header>
  );
}
