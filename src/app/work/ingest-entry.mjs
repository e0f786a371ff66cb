// The ingest thread (src/app/work/ingest-thread.ts) when the code runs from its TypeScript sources
// (tests, benchmarks): it loads them through tsx. The built CLI (dist/) runs ingest-thread.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-thread.ts');
