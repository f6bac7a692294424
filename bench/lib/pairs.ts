// Alternating measurement: the system under test and its baseline take turns in one run, so a
// change in machine load shows in both and the ratio between them stays meaningful.
import { cpuMs, rssMiB } from "./proc";

export interface Measurement {
  /** Requests (or transactions) completed in the window. */
  count: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU ms per request of the server process and of its PostgreSQL backends. */
  nodeCpuMsPerOp: number;
  pgCpuMsPerOp: number | null;
  rssMiB: number | null;
  failures: number;
}

export interface Target {
  name: string;
  pid: number;
  /** Runs one load window and returns what was counted (without the CPU fields). */
  measure: () => Promise<Omit<Measurement, "nodeCpuMsPerOp" | "pgCpuMsPerOp" | "rssMiB">>;
  /** Meters the PostgreSQL backends of this target, when it has any. */
  pg?: { start: () => Promise<void>; stop: () => Promise<number> };
}

export interface Stats {
  min: number;
  median: number;
  max: number;
}

export interface PairedResult {
  scenario: string;
  subject: string;
  baseline: string;
  /** subject.perSecond / baseline.perSecond for each pair. */
  ratios: number[];
  ratio: Stats;
  subjectRuns: Measurement[];
  baselineRuns: Measurement[];
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

async function measureWithCpu(target: Target): Promise<Measurement> {
  const before = cpuMs(target.pid);
  await target.pg?.start();
  const counted = await target.measure();
  const pgMs = target.pg ? await target.pg.stop() : null;
  const after = cpuMs(target.pid);
  if (before === null || after === null) throw new Error(`${target.name} exited during the run`);
  const ops = Math.max(counted.count, 1);
  return {
    ...counted,
    nodeCpuMsPerOp: (after - before) / ops,
    pgCpuMsPerOp: pgMs === null ? null : pgMs / ops,
    rssMiB: rssMiB(target.pid),
  };
}

/**
 * Runs `pairs` rounds of subject then baseline (the order flips every round so neither always
 * goes first) and returns the per-pair throughput ratios with their min/median/max.
 */
export async function runPairs(
  scenario: string,
  subject: Target,
  baseline: Target,
  pairs: number,
  onRun?: (target: string, m: Measurement) => void,
): Promise<PairedResult> {
  const subjectRuns: Measurement[] = [];
  const baselineRuns: Measurement[] = [];
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? [subject, baseline] : [baseline, subject];
    for (const target of order) {
      const m = await measureWithCpu(target);
      (target === subject ? subjectRuns : baselineRuns).push(m);
      onRun?.(target.name, m);
    }
  }
  const ratios = subjectRuns.map((s, i) => s.perSecond / Math.max(baselineRuns[i].perSecond, 1e-9));
  return {
    scenario,
    subject: subject.name,
    baseline: baseline.name,
    ratios,
    ratio: stats(ratios),
    subjectRuns,
    baselineRuns,
  };
}

const fmt = (n: number | null, digits = 2) => (n === null ? "-" : n.toFixed(digits));

export function formatRun(scenario: string, target: string, m: Measurement): string {
  return (
    `${scenario.padEnd(16)} ${target.padEnd(12)} ${m.perSecond.toFixed(0).padStart(7)}/s` +
    `  p50 ${fmt(m.p50Ms, 0).padStart(4)} ms  p99 ${fmt(m.p99Ms, 0).padStart(4)} ms` +
    `  node ${fmt(m.nodeCpuMsPerOp, 3)} ms/op  pg ${fmt(m.pgCpuMsPerOp, 3)} ms/op` +
    `  rss ${fmt(m.rssMiB, 0)} MiB  failures ${m.failures}`
  );
}

export function formatPaired(r: PairedResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const med = (runs: Measurement[], pick: (m: Measurement) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v !== null);
    return values.length ? stats(values).median : null;
  };
  return (
    `${r.scenario}: ${r.subject} / ${r.baseline} = ${pct(r.ratio.median)} median ` +
    `(min ${pct(r.ratio.min)}, max ${pct(r.ratio.max)}, ${r.ratios.length} pairs); ` +
    `CPU ms/op node ${fmt(
      med(r.subjectRuns, (m) => m.nodeCpuMsPerOp),
      3,
    )} vs ${fmt(
      med(r.baselineRuns, (m) => m.nodeCpuMsPerOp),
      3,
    )}, ` +
    `pg ${fmt(
      med(r.subjectRuns, (m) => m.pgCpuMsPerOp),
      3,
    )} vs ${fmt(
      med(r.baselineRuns, (m) => m.pgCpuMsPerOp),
      3,
    )}`
  );
}
