import { z } from 'zod';

/**
 * An industry of a classification scheme. The bundled scheme is GB/T 4754-2017
 * (levels 1 门类 section A-T, 2 大类 division, 3 中类 group, 4 小类 class).
 */
export const IndustryScheme = z.enum(['GB/T4754-2017', 'label']);

export const Industry = z.object({
  scheme: IndustryScheme,
  code: z.string().min(1),
  level: z.number().int().min(1).max(4),
  parent: z.string().nullable(),
  nameZh: z.string().min(1),
  nameEn: z.string().optional(),
  /**
   * Who wrote nameEn: 'nbs' — NBS's English version (sections, divisions);
   * 'atlas-translation' — the project's own translation of the official
   * Chinese title (groups, classes), not an NBS text.
   */
  nameEnSource: z.enum(['nbs', 'atlas-translation']).optional(),
});
export type Industry = z.infer<typeof Industry>;
