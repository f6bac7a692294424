// CPU time and memory of a process, from /proc (Linux). utime + stime cover every thread.
import { readFileSync } from "node:fs";

// USER_HZ: the unit of /proc/<pid>/stat times. 100 on every mainstream Linux build.
const TICKS_PER_SECOND = Number(process.env.BENCH_CLK_TCK ?? 100);

/** CPU milliseconds used so far by `pid` (user + system), or null when it is gone. */
export function cpuMs(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of `pid` in MiB, or null when it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Sums CPU over a changing set of processes between `start()` and `stop()`. */
export class CpuMeter {
  private readonly startMs = new Map<number, number>();

  /** `pids` is called at start and at stop; processes that appear in between count from 0. */
  constructor(private readonly pids: () => Promise<number[]> | number[]) {}

  async start(): Promise<void> {
    this.startMs.clear();
    for (const pid of await this.pids()) {
      const ms = cpuMs(pid);
      if (ms !== null) this.startMs.set(pid, ms);
    }
  }

  /** CPU ms used since start() by the processes alive now. */
  async stop(): Promise<number> {
    let total = 0;
    for (const pid of await this.pids()) {
      const ms = cpuMs(pid);
      if (ms !== null) total += ms - (this.startMs.get(pid) ?? 0);
    }
    return total;
  }
}
