import type { IndustryView } from '../../../src/contract/industries.ts';
import { get } from '../http.ts';
import { useIndustryName } from '../industry-name.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';

type IndustryTitle = IndustryView;

let all: Promise<Map<string, IndustryTitle>> | null = null;

/** Every division, group and class title, asked once per page load (about 2,000 rows). */
function allTitles(): Promise<Map<string, IndustryTitle>> {
  all ??= Promise.all([2, 3, 4].map((l) => get<IndustryTitle[]>(`/api/industries?level=${l}`)))
    .then((lists) => new Map(lists.flat().map((i) => [i.code, i])))
    .catch((e: unknown) => {
      all = null;
      throw e;
    });
  return all;
}

/**
 * GB/T 4754 codes (an organisation's, a chain node's), each with its title in the reader's
 * language ("3514 Manufacture of Construction Machinery", the hover saying
 * whose translation it is), never a bare code.
 */
export function IndustryCodes({ codes }: { codes: string[] }) {
  const inm = useIndustryName();
  const { lang } = useLang();
  const titles = useLoad(codes.length ? 'industry-titles' : 'industry-titles-none', () =>
    codes.length ? allTitles() : Promise.resolve(new Map<string, IndustryTitle>()),
  );
  return (
    <>
      {codes.map((c, k) => {
        const t = titles.data?.get(c);
        return (
          <span key={c} title={t ? inm.note(c, t.nameEn) : undefined} data-testid="industry-code">
            {k > 0 ? (lang === 'en' ? '; ' : '；') : ''}
            {c}
            {t ? ` ${inm.name(c, t.nameZh, t.nameEn)}` : ''}
          </span>
        );
      })}
    </>
  );
}
