import { citeInline } from '../citation.ts';
import { useLang } from '../lang.tsx';
/**
 * Text written as data or quoted from a source — a provenance note, a
 * template's description, a choke point's reason, a citation — shown as
 * written, not translated (a fact keeps its words), and marked with its
 * language when it is mostly Latin script, so a screen reader reads it in
 * English on a Chinese page (WCAG 3.1.2, language of parts).
 */
export function SourceText(props: { text: string }) {
  const { lang } = useLang();
  // References to the seed articles ("seed 004 Table 1") cited as a reader would.
  const text = citeInline(lang, props.text);
  return <span lang={languageOf(text)}>{text}</span>;
}

/** 'en' when Latin letters outnumber Chinese characters; else the page's language. */
export function languageOf(text: string): 'en' | undefined {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return latin > 2 * han ? 'en' : undefined;
}
