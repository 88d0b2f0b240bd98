import type { YearlyMeasures } from '../../core/model/organization.ts';
import type { Rng } from './prng.ts';

/**
 * Yearly measures of a synthetic organisation, 2019-2024 (from its founding
 * year on). Heavy-tailed by construction, as firm sizes are:
 *
 *   employees₀ ~ LogNormal(ln m_role, σ_role)                 (m: median)
 *   revenue₀   = employees₀ · LogNormal(ln r_sector, 0.45)    (万元 per head)
 *   g_t        = μ_firm + ε_t + shock_t,  μ_firm ~ N(0.06, 0.08), ε_t ~ N(0, 0.08),
 *                shock_2020 = −0.06 (a common bad year), else 0
 *   revenue_t  = revenue_{t−1} · exp(g_t)
 *   employees_t= employees_{t−1} · exp(0.5·g_t + N(0, 0.04))
 *   output_t   = revenue_t · U(0.9, 1.1)   (manufacturers only: GB/T 4754 section C)
 *   R&D_t      = revenue_t · κ,  κ ~ LogNormal(ln κ_role, 0.4), capped at 0.3
 *   patents_t  ~ Poisson(R&D_t / c),  c ~ LogNormal(ln 100, 0.4) 万元 per patent
 *
 * Medians by role (employees, revenue per head, R&D intensity) are plausible
 * orders of magnitude for Chinese manufacturing, not statistics of any real
 * firm. Institutes: revenue is research income ≈ R&D spend; no output.
 * Units follow YearlyMeasures: revenue, output, R&D in 10k yuan (万元).
 */
export type SizeRole =
  'leader' | 'little_giant' | 'tier1' | 'tier2' | 'sme' | 'service' | 'institute' | 'promoter';

const ROLE: Record<SizeRole, { median: number; sigma: number; rd: number }> = {
  leader: { median: 6000, sigma: 0.6, rd: 0.04 },
  little_giant: { median: 350, sigma: 0.5, rd: 0.06 },
  tier1: { median: 120, sigma: 0.9, rd: 0.03 },
  tier2: { median: 45, sigma: 0.9, rd: 0.02 },
  sme: { median: 30, sigma: 1.0, rd: 0.02 },
  service: { median: 35, sigma: 0.8, rd: 0.01 },
  institute: { median: 180, sigma: 0.6, rd: 0.9 },
  promoter: { median: 12, sigma: 0.4, rd: 0 },
};

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2024;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** GB/T 4754 divisions 13-43 form section C (manufacturing). */
export function isManufacturing(code: string): boolean {
  const d = Number(code.slice(0, 2));
  return d >= 13 && d <= 43;
}

export function makeMeasures(
  rng: Rng,
  role: SizeRole,
  industry: string,
  founded: number,
  highTech: boolean,
): YearlyMeasures[] {
  const spec = ROLE[role];
  const manufacturing = isManufacturing(industry);
  const perHead = manufacturing ? 110 : 60;
  let employees = Math.max(3, rng.lognormal(Math.log(spec.median), spec.sigma));
  let revenue = employees * rng.lognormal(Math.log(perHead), 0.45);
  const trend = rng.normal(0.06, 0.08);
  const intensity = Math.min(
    role === 'institute' ? 0.95 : 0.3,
    rng.lognormal(Math.log(spec.rd * (highTech && role !== 'institute' ? 1.8 : 1)), 0.4),
  );
  const perPatent = rng.lognormal(Math.log(100), 0.4);
  const out: YearlyMeasures[] = [];
  for (let year = founded; year <= LAST_YEAR; year++) {
    if (year > founded) {
      const g = trend + rng.normal(0, 0.08) + (year === 2020 ? -0.06 : 0);
      revenue *= Math.exp(g);
      employees = Math.max(3, employees * Math.exp(0.5 * g + rng.normal(0, 0.04)));
    }
    const rdSpend = role === 'promoter' ? 0 : revenue * intensity;
    const m: YearlyMeasures = {
      year,
      employees: Math.round(employees),
      revenue: round1(revenue),
    };
    if (manufacturing && role !== 'institute')
      m.output = round1(revenue * (0.9 + 0.2 * rng.next()));
    if (role !== 'promoter') {
      m.rdSpend = round1(rdSpend);
      m.patents = rng.poisson(rdSpend / perPatent);
    }
    out.push(m);
  }
  return out;
}
