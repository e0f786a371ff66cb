// A worker thread of the work pool (src/app/work/pool.ts) when the code runs from its TypeScript
// sources (tests, benchmarks): it loads them through tsx. The built bot (dist/) runs tasks.js directly.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./tasks.ts');
export default runTask;
