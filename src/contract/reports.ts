/**
 * Reports as PDF (GET /api/reports/…/pdf, `atlas report`): which report and
 * in which language; the answer is the PDF itself (docs/architecture.md,
 * "The contract rule").
 */
import { z } from 'zod';
import { RegionCode } from '../core/model/region.ts';

export const REPORT_LANGS = ['zh-CN', 'en'] as const;
export const ReportLang = z.enum(REPORT_LANGS).default('zh-CN');
export type ReportLang = z.output<typeof ReportLang>;

export const ReportQuery = z.strictObject({ lang: ReportLang });
export type ReportQuery = z.input<typeof ReportQuery>;

export const ClusterReportParams = z.strictObject({ id: z.string().min(1).max(200) });
export const RegionReportParams = z.strictObject({ code: RegionCode });
