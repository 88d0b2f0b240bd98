import type { AtlasMatch } from '../resolution/match-to-atlas.ts';

/**
 * What an organisations import reports of the atlas it met: every record of
 * the file is new, updated (which fields), unchanged, or queued for review —
 * a fuzzy candidate that a person confirms before anything of that row is
 * written. Renames and kinds are never silent: a rename needs an identity by
 * key (id, USCC, external id) and is listed; a kind changes only when the
 * file has a kind column.
 */

export interface ImportCounts {
  /** Records not in the atlas, written as new organisations. */
  new: number;
  /** Records matched to an organisation of the atlas whose fields they change. */
  updated: number;
  /** Records with an uncertain candidate: held back, not written. */
  queued: number;
  /** Records matched to an organisation that they leave as it was. */
  unchanged: number;
}

export interface MatchedRecord {
  /** The first source row of the record. */
  row: number;
  name: string;
  organization: string;
  atlasName: string;
  how: AtlasMatch['how'];
  score: number;
  reasons: string[];
  /** Fields the import changes (provenance aside); empty: unchanged. */
  changed: string[];
}

export interface QueuedRecord {
  row: number;
  name: string;
  candidate: string;
  candidateName: string;
  score: number;
  reasons: string[];
}

export interface RenamedRecord {
  row: number;
  organization: string;
  from: string;
  to: string;
  how: AtlasMatch['how'];
}

export interface LocatedRecord {
  row: number;
  name: string;
  region: string;
  level: 'province' | 'prefecture' | 'county';
  /** 'inside' an outline, or the 'nearest' one within 5 km (a guess, marked unverified). */
  how: 'inside' | 'nearest';
  distanceKm: number;
  /** The outlines the point was tested against. */
  outlines: string;
  /** Why no county was set below the prefecture found (no county outlines are bundled). */
  countyUnset?: string;
}

export interface AtlasResolution {
  counts: ImportCounts;
  matched: MatchedRecord[];
  queued: QueuedRecord[];
  renamed: RenamedRecord[];
  located: LocatedRecord[];
}
