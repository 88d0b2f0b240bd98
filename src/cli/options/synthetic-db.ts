/** Where `atlas generate` writes when told neither --into nor --out: a database of its own. */
export const SYNTHETIC_DB = './atlas-synthetic.duckdb';
