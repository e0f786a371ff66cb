/**
 * A TCP proxy (node:net) between a client and a server that can be partitioned: `swallow()` makes
 * the network silent, as a partition or a hung server does — not a refused port. New connections
 * are accepted but not forwarded, and existing ones stop forwarding in both directions; nothing is
 * closed, nothing answers. `heal()` lets traffic through again: what was held is delivered (as TCP
 * retransmission would), connections accepted meanwhile are connected to the server.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket | null;
  /** Bytes held during a partition, per direction. */
  toServer: Buffer[];
  toClient: Buffer[];
  clientEnded: boolean;
}

export class TcpProxy {
  port = 0;
  private server: Server;
  private pairs = new Set<Pair>();
  private silent = false;
  /** Connections accepted so far (a client that reconnects shows here). */
  accepted = 0;

  constructor(
    private targetHost: string,
    private targetPort: number,
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get swallowing(): boolean {
    return this.silent;
  }

  /** Go silent: accept but never forward; existing connections hold every byte. */
  swallow(): void {
    this.silent = true;
  }

  /** Let traffic through again, delivering what was held. */
  heal(): void {
    this.silent = false;
    for (const p of this.pairs) {
      if (!p.upstream) this.connectUpstream(p);
      else this.flush(p);
    }
  }

  async stop(): Promise<void> {
    for (const p of this.pairs) {
      p.client.destroy();
      p.upstream?.destroy();
    }
    this.pairs.clear();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private accept(client: Socket): void {
    this.accepted++;
    const p: Pair = { client, upstream: null, toServer: [], toClient: [], clientEnded: false };
    this.pairs.add(p);
    client.on('data', (b: Buffer) => {
      if (this.silent || !p.upstream || p.upstream.connecting) p.toServer.push(b);
      else p.upstream.write(b);
    });
    client.on('end', () => {
      p.clientEnded = true;
      if (!this.silent && p.upstream && !p.upstream.connecting) p.upstream.end();
    });
    client.on('error', () => undefined);
    client.on('close', () => {
      // During a partition the server does not learn of it until the network heals.
      if (!this.silent) {
        p.upstream?.destroy();
        this.pairs.delete(p);
      }
    });
    if (!this.silent) this.connectUpstream(p);
  }

  private connectUpstream(p: Pair): void {
    if (p.client.destroyed && !p.toServer.length) {
      this.pairs.delete(p);
      return;
    }
    const up = connect(this.targetPort, this.targetHost);
    p.upstream = up;
    up.on('connect', () => this.flush(p));
    up.on('data', (b: Buffer) => {
      if (this.silent) p.toClient.push(b);
      else if (!p.client.destroyed) p.client.write(b);
    });
    up.on('error', () => undefined);
    up.on('close', () => {
      if (!this.silent) {
        p.client.destroy();
        this.pairs.delete(p);
      }
    });
  }

  private flush(p: Pair): void {
    const up = p.upstream;
    if (!up || up.connecting) return;
    for (const b of p.toServer.splice(0)) up.write(b);
    for (const b of p.toClient.splice(0)) if (!p.client.destroyed) p.client.write(b);
    if (p.client.destroyed || p.clientEnded) {
      up.end();
      this.pairs.delete(p);
    }
    if (up.destroyed && !p.client.destroyed) p.client.destroy();
  }
}
