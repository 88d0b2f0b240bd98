import { writeFileSync } from 'node:fs';

/** A value as indented JSON to --out FILE or stdout. */
export function writeJson(value: unknown, out: string | undefined): void {
  const text = JSON.stringify(value, null, 2) + '\n';
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
