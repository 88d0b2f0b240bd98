import { useIndustryName } from '../industry-name.ts';
import { useIndustryTitle } from '../industry-title.ts';
import { useLang } from '../lang.tsx';

/**
 * GB/T 4754 codes (an organisation's, a chain node's), each with its title in the reader's
 * language ("3514 Manufacture of Construction Machinery", the hover saying
 * whose translation it is), never a bare code.
 */
export function IndustryCodes({ codes }: { codes: string[] }) {
  const inm = useIndustryName();
  const { lang } = useLang();
  const { titles } = useIndustryTitle(codes.length > 0);
  return (
    <>
      {codes.map((c, k) => {
        const t = titles?.get(c);
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
