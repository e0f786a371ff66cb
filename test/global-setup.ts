/**
 * Before any test: compile the bot to dist/ (incremental, so usually seconds), because the tests
 * that start real bot processes run `node bin/briefbot.js`, which runs dist/ — never stale code.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
