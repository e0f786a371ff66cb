import type { Store } from './store.ts';
import { storeErrorsTotal, storeQuerySeconds } from '../metrics.ts';

/**
 * The store as callers see it, timed: every method that returns a promise records its latency
 * (briefbot_store_query_seconds{engine,op}) and its failures (briefbot_store_errors_total), once
 * for both engines. The method runs on the store itself, so calls a store makes to its own
 * methods are not counted twice; a method replaced on the store later (tests do) is timed too.
 * Other properties (`db`, `pool`, `engine`) pass through.
 */
export function instrumentStore<S extends Store>(store: S): S {
  const engine = store.engine;
  const wrapped = new Map<PropertyKey, { fn: (...a: unknown[]) => unknown; timed: (...a: unknown[]) => unknown }>();
  return new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      const known = wrapped.get(prop);
      if (known && known.fn === value) return known.timed;
      const fn = value as (...a: unknown[]) => unknown;
      const op = prop;
      const timed = (...args: unknown[]) => {
        const started = performance.now();
        let result: unknown;
        try {
          result = fn.apply(target, args);
        } catch (e) {
          storeErrorsTotal.inc({ engine, op });
          throw e;
        }
        if (!result || typeof (result as Promise<unknown>).then !== 'function') return result;
        return (result as Promise<unknown>).then(
          (v) => {
            storeQuerySeconds.observe({ engine, op }, (performance.now() - started) / 1000);
            return v;
          },
          (e) => {
            storeQuerySeconds.observe({ engine, op }, (performance.now() - started) / 1000);
            storeErrorsTotal.inc({ engine, op });
            throw e;
          },
        );
      };
      wrapped.set(prop, { fn, timed });
      return timed;
    },
  });
}
