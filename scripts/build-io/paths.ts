import { fileURLToPath } from 'node:url';

/** Absolute path of a file under the repository's data/ folder. */
export function dataPath(rel: string): string {
  return fileURLToPath(new URL(`../../data/${rel}`, import.meta.url));
}

/** Absolute path of a file under ../shared/data/cn-io-tables (outside the repository). */
export function sourcePath(rel: string): string {
  return fileURLToPath(new URL(`../../../shared/data/cn-io-tables/${rel}`, import.meta.url));
}

/** Absolute path of an authored concordance under scripts/build-io/concordance. */
export function concordancePath(rel: string): string {
  return fileURLToPath(new URL(`./concordance/${rel}`, import.meta.url));
}
