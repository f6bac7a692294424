// A bench owns its ports: it refuses to start when one is taken, and checks that the
// process answering on a port is the one it started (not some other server left running).
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";

/** Throws when something already listens on 127.0.0.1:`port`. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Port ${port} is taken: stop whatever listens there or choose another port`
            : `Port ${port} cannot be used: ${error.message}`,
        ),
      ),
    );
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Socket inodes listening on `port` (IPv4 and IPv6), from /proc/net/tcp*. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] is local address:port, cols[3] the state (0A = LISTEN), cols[9] the inode.
      if (cols.length > 9 && cols[3] === "0A" && cols[1].endsWith(`:${hexPort}`)) {
        inodes.add(cols[9]);
      }
    }
  }
  return inodes;
}

/** Throws unless process `pid` holds the socket listening on `port`. */
export function assertListenerIs(pid: number, port: number): void {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) throw new Error(`Nothing listens on port ${port}`);
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    throw new Error(`Process ${pid} is gone`);
  }
  for (const fd of fds) {
    let target: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    const match = /^socket:\[(\d+)\]$/.exec(target);
    if (match && inodes.has(match[1])) return;
  }
  throw new Error(`Port ${port} is answered by another process than the bench's own (${pid})`);
}
