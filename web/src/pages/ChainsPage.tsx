import { useState } from 'react';
import { chainApi } from '../api/chain.ts';
import { sessionApi } from '../api/session.ts';
import { TemplateView } from '../components/chain-template/TemplateView.tsx';
import { chainText } from '../i18n/chain.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { useLang } from '../lang.tsx';
import { sectionHref } from '../route.ts';
import { useLoad } from '../use-load.ts';

/** The chain templates (route #/chains/ID): the list, and one template's nodes with their sources. */
export function ChainsPage(props: { rest: string[] }) {
  const { t, name } = useLang();
  const tt = useDictionary(chainText);
  const [generation, setGeneration] = useState(0);
  const chains = useLoad(`chains-${generation}`, () => chainApi.chains());
  const me = useLoad('me', () => sessionApi.me());
  const canEdit = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const id = props.rest[0] ?? chains.data?.[0]?.id ?? null;
  const saved = (savedId: string) => {
    setGeneration((g) => g + 1);
    window.location.hash = sectionHref('chains', savedId).slice(1);
  };
  return (
    <section className="page chains-page" data-testid="page-chains">
      <h2>{tt('chainsTitle')}</h2>
      <p className="muted">{tt('chainsExplain')}</p>
      {chains.error ? <p role="alert">{chains.error}</p> : null}
      <div className="chains-grid">
        <nav className="chain-list" aria-label={tt('chainsTitle')}>
          {chains.data?.map((c) => (
            <a
              key={c.id}
              href={sectionHref('chains', c.id)}
              className={c.id === id ? 'current' : undefined}
              data-testid="chain-link"
            >
              {name(c.nameZh, c.nameEn)}
            </a>
          )) ?? <span className="muted">{t('loading')}</span>}
        </nav>
        {id ? (
          <TemplateView id={id} generation={generation} canEdit={canEdit} onSaved={saved} />
        ) : null}
      </div>
    </section>
  );
}
