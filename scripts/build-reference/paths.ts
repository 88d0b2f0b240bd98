import { fileURLToPath } from 'node:url';

/** Absolute path of a file under the repository's data/ folder. */
export function dataPath(rel: string): string {
  return fileURLToPath(new URL(`../../data/${rel}`, import.meta.url));
}

/** Absolute path of a file under ../shared/data (outside the repository). */
export function sharedPath(rel: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${rel}`, import.meta.url));
}
