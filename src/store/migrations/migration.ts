/** A versioned schema change. Versions are consecutive from 1; never edit a released one. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
