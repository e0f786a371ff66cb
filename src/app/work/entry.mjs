// A worker thread of the work pool (src/app/work/pool.ts). Workers are plain Node threads: they load
// the TypeScript sources through tsx, exactly as bin/briefbot.js does for the main thread.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./tasks.ts');
export default runTask;
