/**
 * Capture, for tests that prove no secret is written anywhere: every chunk written to
 * process.stdout and process.stderr (still written through) and every console call (swallowed)
 * is pushed onto `into` as text. Returns the function that puts everything back.
 */
export function captureOutput(into: string[]): () => void {
  const restore: (() => void)[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const orig = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      into.push(String(chunk));
      return (orig as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = orig));
  }
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const orig = console[m];
    console[m] = (...args: unknown[]) => void into.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    restore.push(() => (console[m] = orig));
  }
  return () => {
    for (const r of restore.splice(0)) r();
  };
}
