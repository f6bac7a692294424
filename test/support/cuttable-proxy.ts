import { AddressInfo, Server, Socket, connect, createServer } from "node:net";

/**
 * A TCP proxy between the app and a dependency (PostgreSQL, Redis) that a test can cut and
 * restore: the same thing the app sees when the server stops, or the network partitions, and
 * comes back. Listens on 127.0.0.1 only; on a port from TEST_PORT_RANGE ("4200-4249") when set,
 * so a shared machine can give each runner its own range, else on one the OS picks.
 */
export class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** A proxy for the host and port of a URL (postgres://..., redis://...). */
  static to(url: string, defaultPort: number): CuttableProxy {
    const target = new URL(url);
    return new CuttableProxy(target.hostname, Number(target.port || defaultPort));
  }

  /** `url` with its host and port replaced by this proxy's. */
  route(url: string): string {
    const viaProxy = new URL(url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(this.port);
    return viaProxy.toString();
  }

  /** Starts listening: on `port` when restoring, else on a free one. */
  async start(port?: number): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    for (const candidate of port !== undefined ? [port] : candidatePorts()) {
      try {
        await new Promise<void>((resolve, reject) => {
          server.once("error", reject);
          server.listen(candidate, "127.0.0.1", () => {
            server.off("error", reject);
            resolve();
          });
        });
        this.server = server;
        this.port = (server.address() as AddressInfo).port;
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "EADDRINUSE") throw error;
      }
    }
    throw new Error("no free port for the proxy");
  }

  /** Drops every open connection and refuses new ones until start() is called again. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export function candidatePorts(): number[] {
  const range = /^(\d+)-(\d+)$/.exec(process.env.TEST_PORT_RANGE ?? "");
  if (!range) return [0];
  const [from, to] = [Number(range[1]), Number(range[2])];
  // Jest workers start at the same time: begin at a different place in the range per worker.
  const offset = Number(process.env.JEST_WORKER_ID ?? 0) * 7;
  const size = to - from + 1;
  return Array.from({ length: size }, (_, i) => from + ((offset + i) % size));
}

/** Polls `probe` until it is true; returns how long that took. */
export async function waitFor(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
