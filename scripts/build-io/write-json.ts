import { writeFileSync } from 'node:fs';

/**
 * JSON with one matrix row or vector per line: small, and a rebuilt table
 * diffs line by line. Arrays of numbers are written on one line; everything
 * else is indented as JSON.stringify would.
 */
export function writeCompactJson(path: string, value: unknown): void {
  writeFileSync(path, compact(value, '') + '\n');
}

function compact(v: unknown, indent: string): string {
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return JSON.stringify(v);
  const inner = indent + ' ';
  if (Array.isArray(v))
    return `[\n${v.map((x) => inner + compact(x, inner)).join(',\n')}\n${indent}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${compact(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}
