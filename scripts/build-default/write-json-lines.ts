import { writeFileSync } from 'node:fs';

/**
 * Writes an object whose one array property holds the records, one record a
 * line: the file stays JSON and a rebuild's diff shows the records it changed.
 */
export function writeJsonLines(path: string, doc: Record<string, unknown>): void {
  const parts = Object.entries(doc).map(([key, value]) =>
    Array.isArray(value)
      ? `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  writeFileSync(path, `{\n${parts.join(',\n')}\n}\n`);
}
