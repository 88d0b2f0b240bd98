import { spawnSync } from 'node:child_process';

/** The real `atlas` binary, as a user runs it; `input` goes to stdin. */
export function runAtlas(
  args: string[],
  opts: { env?: Record<string, string>; input?: string } = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    input: opts.input,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
