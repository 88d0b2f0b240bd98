import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll waits for a page to show what the server did; its default 1 s
    // is shorter than a write plus a reload on a busy 2-core machine (a browser
    // test failed so in CI while another run shared the CPU).
    expect: { poll: { timeout: 10_000 } },
  },
});
