#!/usr/bin/env node
// Entry point for `npx briefbot` and `npm start`: the compiled CLI in dist/ (built by `npm ci` through
// the `prepare` script, or `npm run build`), plain JavaScript with no transpiler loaded.
import { existsSync } from 'node:fs';

const main = new URL('../dist/adapters/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('briefbot is not built yet: run `npm run build` (npm ci does it for you).');
  process.exit(1);
}
await import(main.href);
