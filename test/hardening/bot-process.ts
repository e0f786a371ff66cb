/** A real `node bin/briefbot.js ...` child process, its output kept, for the fault tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export class BotProcess {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, ['bin/briefbot.js', ...args], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (b) => (this.output += b));
    this.child.stderr!.on('data', (b) => (this.output += b));
    this.exited = once(this.child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  async waitForOutput(re: RegExp, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!re.test(this.output)) {
      if (!this.running) throw new Error(`process exited before ${re}:\n${this.output.slice(-3000)}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}:\n${this.output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The port of "HTTP on port N". */
  port(): number {
    const m = /HTTP on port (\d+)/.exec(this.output);
    if (!m) throw new Error('no port yet');
    return Number(m[1]);
  }
}
