import type { ReactNode } from 'react';
import { citeInline } from '../citation.ts';
import { useLang } from '../lang.tsx';

/**
 * Text written as data or quoted from a source — a provenance note, a
 * template's description, a choke point's reason, a citation, a name kept
 * in Chinese — shown as written, not translated (a fact keeps its words), and
 * marked with its language (WCAG 3.1.2, language of parts): mostly Latin
 * script on a Chinese page is marked English; on an English page every run
 * of Chinese (a quoted title, a firm's name) is marked Chinese, so a screen
 * reader, and the reader, know it is quoted, not untranslated.
 */
export function SourceText(props: { text: string }) {
  const { lang } = useLang();
  // References to the seed articles ("seed 004 Table 1") cited as a reader would.
  const text = citeInline(lang, props.text);
  if (lang === 'en') return <span>{chineseRuns(text)}</span>;
  return <span lang={languageOf(text)}>{text}</span>;
}

/**
 * A name or a label that is data (a firm's registered name, a keyword, an
 * address): in the reader's language when it has one, else as written and
 * marked with its language.
 */
export function DataText(props: { text: string | null | undefined }) {
  const { lang } = useLang();
  const text = props.text ?? '';
  if (lang === 'en') return <>{chineseRuns(text)}</>;
  const l = languageOf(text);
  return l ? <span lang={l}>{text}</span> : <>{text}</>;
}

/** Runs of Chinese (with the punctuation and figures between them), and what lies between. */
const CHINESE_RUN =
  /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+(?:[\s\d.,%×()（）:：·/-]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)*/g;

function chineseRuns(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(CHINESE_RUN)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(
      <span lang="zh-CN" key={m.index}>
        {m[0]}
      </span>,
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** 'en' when Latin letters outnumber Chinese characters; else the page's language. */
export function languageOf(text: string): 'en' | undefined {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return latin > 2 * han ? 'en' : undefined;
}
