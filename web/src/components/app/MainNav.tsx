import { Account } from '../Account.tsx';
import { useLang } from '../../lang.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { pagesText } from '../../i18n/pages.ts';
import { regionHref, sectionHref, SECTIONS, type Route } from '../../route.ts';

/** The header's links to every page, the language switch and the account. */
export function MainNav(props: { page: Route['page'] }) {
  const { t, lang, setLang } = useLang();
  const tt = useDictionary(pagesText);
  const navClass = (page: Route['page']) => (props.page === page ? 'nav current' : 'nav');
  return (
    <nav className="tools">
      <a href="#/" className={navClass('map')} data-testid="nav-map">
        {t('navMap')}
      </a>
      <a href={regionHref()} className={navClass('region')} data-testid="nav-region">
        {t('navRegion')}
      </a>
      {SECTIONS.map((section) => (
        <a
          key={section}
          href={sectionHref(section)}
          className={navClass(section)}
          data-testid={`nav-${section}`}
        >
          {tt(section)}
        </a>
      ))}
      <button
        type="button"
        onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
        title={t('switchLanguageTitle')}
        // The button names the other language in that language.
        lang={lang === 'en' ? 'zh-CN' : 'en'}
        data-testid="lang-switch"
      >
        {t('switchLanguage')}
      </button>
      <Account />
    </nav>
  );
}
