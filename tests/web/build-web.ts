import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds the web app for one browser-test file into its own folder
 * (.tmp/web-<name>) and returns it, to pass as buildApp({ webRoot }).
 * Test files run in parallel: a shared web/dist would be emptied by one
 * file's build while another serves it.
 */
export async function buildWeb(name: string): Promise<string> {
  const outDir = resolve('.tmp', `web-${name}`);
  // Vitest sets NODE_ENV=test, which makes Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: 'web/vite.config.ts',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
