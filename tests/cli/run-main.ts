import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

/** `atlas` in process through main() (faster than runAtlas's child): its exit code and what it wrote to stderr, kept off the test's output. */
export async function runMain(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    return { code: await main(args), err };
  } finally {
    spy.mockRestore();
  }
}
