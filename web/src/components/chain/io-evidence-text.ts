import type { IoEdgeEvidence } from '../../api/io.ts';
import { lookup } from '../../i18n/dictionary.ts';
import { ioText, type IoKey } from '../../i18n/io.ts';
import type { Lang } from '../../i18n/common.ts';

/**
 * An edge's input-output evidence in the reader's language, from the figures
 * the API sends (services/io/chain-evidence.ts says the same in English as
 * `reason`). Sector and node names only, never codes; the coefficient with
 * its unit (万元 per 万元 of output) and year. Pure: tests call it without React.
 */
export function ioEvidenceText(
  e: IoEdgeEvidence,
  lang: Lang,
  nodeName: (id: string) => string,
): string {
  const say = (key: IoKey, vars: Record<string, string | number> = {}) =>
    lookup(ioText, lang, key, vars);
  const name = (s: { nameZh: string; nameEn: string } | null) =>
    s ? (lang === 'en' ? s.nameEn : s.nameZh) : '';
  const a =
    e.coefficient === null
      ? ''
      : e.coefficient < 0.001
        ? e.coefficient.toPrecision(2)
        : e.coefficient.toFixed(3);
  if (e.status === 'unmapped')
    return say('unmapped', {
      nodes: e.unmappedNodes.map(nodeName).join(lang === 'en' ? ', ' : '、'),
    });
  if (e.status === 'none')
    return say('none', { year: e.year, from: nodeName(e.from), to: nodeName(e.to) });
  if (e.sameSector) return say('sameSector', { sector: name(e.buyer), a, year: e.year });
  return say('supported', { buyer: name(e.buyer), supplier: name(e.supplier), a, year: e.year });
}
