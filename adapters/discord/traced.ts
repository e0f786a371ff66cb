/**
 * One Discord interaction as one request (src/request.ts): a request id in every log line written
 * while it runs, and its metrics: the outcome, the time to the first interaction response (reply,
 * defer, update, choices) and the time to the final answer.
 */
import { markAcknowledged, noteOutcome, runRequest } from '../../src/request.ts';
import { dispatch, type DispatchDeps, type Incoming, type Responder } from './dispatch.ts';

const FIRST_ANSWERS = ['reply', 'defer', 'update', 'deferUpdate', 'choices'] as const;

/** The responder, marking the request acknowledged when a first answer has been given. */
function acking(res: Responder): Responder {
  const out: Responder = { ...res };
  for (const k of FIRST_ANSWERS) {
    const call = res[k] as (...a: unknown[]) => Promise<void>;
    (out as unknown as Record<string, unknown>)[k] = async (...a: unknown[]) => {
      await call.apply(res, a);
      markAcknowledged();
    };
  }
  return out;
}

/** `dispatch`, as one traced request; `onFail` (logging, the apology) runs inside it, so its log lines carry the request id. */
export function dispatchTraced(deps: DispatchDeps, inc: Incoming, res: Responder, onFail?: (e: unknown) => unknown): Promise<void> {
  return runRequest(
    'discord',
    async () => {
      try {
        await dispatch(deps, inc, acking(res));
      } catch (e) {
        if (!onFail) throw e;
        noteOutcome('error');
        await onFail(e);
      }
    },
    { log: deps.log, command: inc.kind === 'autocomplete' ? 'autocomplete' : undefined },
  );
}
