#!/usr/bin/env node
// The `atlas` command. TypeScript sources run through tsx (see docs/decisions.md).
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
