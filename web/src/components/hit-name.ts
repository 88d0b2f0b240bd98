import { useCallback } from 'react';
import type { SearchHit } from '../api/catalog.ts';
import { useIndustryName } from '../industry-name.ts';
import { useLang } from '../lang.tsx';

/** A search hit's name in the reader's language. */
export function useHitName(): (h: Pick<SearchHit, 'type' | 'id' | 'name' | 'nameEn'>) => string {
  const { name } = useLang();
  const industry = useIndustryName();
  return useCallback(
    (h) => (h.type === 'industry' ? industry.name(h.id, h.name, h.nameEn) : name(h.name, h.nameEn)),
    [industry, name],
  );
}

/** For a title attribute: who wrote an industry hit's English title (groups and classes are the project's translation). */
export function useHitNote(): (h: Pick<SearchHit, 'type' | 'id' | 'nameEn'>) => string | undefined {
  const industry = useIndustryName();
  return useCallback(
    (h) => (h.type === 'industry' ? industry.note(h.id, h.nameEn) : undefined),
    [industry],
  );
}
