/**
 * "The store is not answering": a connection that cannot be made, a client that cannot be had in
 * time, a statement or read that timed out, a connection the server or the network dropped.
 * Such a failure is said to the user as a plain apology ("the store is unavailable"), never as a
 * bug; every other error stays a bug.
 */
export class StoreUnavailableError extends Error {
  constructor(message = 'the store did not answer in time') {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** Network errors (Node) and PostgreSQL SQLSTATEs that mean "not reachable now", not "bad request". */
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);
const PG_STATES = new Set([
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  '25P03', // idle_in_transaction_session_timeout
]);
/** What node-postgres says when a connect, a wait for a free client, or a read times out, or a connection drops. */
const PG_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error|connection timeout|Connection terminated unexpectedly/i;

export function isStoreUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  if (e instanceof StoreUnavailableError) return true;
  const err = e as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  if (NET_CODES.has(code) || PG_STATES.has(code) || code.startsWith('08')) return true;
  if (typeof err.message === 'string' && PG_MESSAGES.test(err.message)) return true;
  return err.cause !== undefined && err.cause !== e && isStoreUnavailable(err.cause);
}
