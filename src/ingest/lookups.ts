import type { Industry } from '../core/model/industry.ts';
import type { Region } from '../core/model/region.ts';

/**
 * What ingest needs of core/reference's RegionIndex and IndustryIndex, as
 * structural types: the real indexes satisfy them, and tests may pass small
 * hand-made ones.
 */
export interface RegionLookup {
  resolve(
    text: string,
    context?: { province?: string; expect?: Region['level'] },
  ): { region: Region; guessed: boolean; how: string } | null;
  get(code: string): Region | undefined | null;
  provinceOf(code: string): Region | string | undefined | null;
}

export interface IndustryLookup {
  resolve(text: string): Industry | null | undefined;
  get(code: string): Industry | undefined | null;
}
