import type { WorldClusterList } from '../../api/world.ts';
import { citeSource } from '../../citation.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { worldText } from '../../i18n/world.ts';
import { useLang } from '../../lang.tsx';
import { IndustryCodes } from '../IndustryCodes.tsx';
import { withoutPinyin } from '../../without-pinyin.ts';

/** Every world cluster the sources name: its field codes with their basis, its quoted mentions. */
export function WorldRecords(props: { list: WorldClusterList }) {
  const { name, lang } = useLang();
  const tt = useDictionary(worldText);
  const cite = new Map(props.list.sources.map((s) => [s.id, s.citation]));
  return (
    <section data-testid="world-records">
      <h3>{tt('records')}</h3>
      <ul className="plain-list">
        {props.list.clusters.map((c) => (
          <li key={c.id} data-testid="world-record">
            <strong>{name(c.nameZh, c.nameEn)}</strong> · {name(c.placeZh, c.placeEn)}
            <div className="small">
              {tt('codes')}:{' '}
              {c.gbt4754.length
                ? c.gbt4754.map((g, k) => (
                    <span key={g.code}>
                      {k > 0 ? (lang === 'en' ? '; ' : '；') : ''}
                      <IndustryCodes codes={[g.code]} />
                      {g.inferred
                        ? lang === 'en'
                          ? ` (${tt('inferred')})`
                          : `（${tt('inferred')}）`
                        : ''}
                    </span>
                  ))
                : c.fieldNoteZh
                  ? name(c.fieldNoteZh, c.fieldNote)
                  : tt('noField')}
            </div>
            <div className="muted small">
              {c.facts.length === 0 ? `${tt('noFacts')} · ` : ''}
              {/* Quoted as the source wrote it, in its language, with its citation. */}
              {c.mentions.map((m, k) => (
                <span key={k} lang={/[\u3400-\u9fff]/.test(m.quote) ? 'zh-CN' : 'en'}>
                  {k > 0 ? ' ' : ''}「{withoutPinyin(m.quote)}」 —{' '}
                  {citeSource(lang, cite.get(m.source) ?? m.source)}
                </span>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <p className="muted small">{tt('notNamed')}</p>
    </section>
  );
}
