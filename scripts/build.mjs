#!/usr/bin/env node
/**
 * `npm run build` (also run by `npm ci` through `prepare`): compiles src/ and adapters/ to dist/
 * with tsc (imports of `./x.ts` are rewritten to `./x.js`), then copies the files the code reads
 * at run time beside its modules (JSON models and lexicons, CSS, YAML, images), so `npm start`
 * runs plain JavaScript with no transpiler loaded. Incremental: a rebuild compiles what changed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });

const ASSETS = new Set(['.json', '.css', '.yaml', '.yml', '.svg', '.png', '.ico', '.txt']);
function copyAssets(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (ASSETS.has(extname(name))) {
      const to = join(root, 'dist', relative(root, path));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(path, to);
    }
  }
}
for (const top of ['src', 'adapters']) if (existsSync(join(root, top))) copyAssets(join(root, top));
