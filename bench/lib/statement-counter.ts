// A driver hook, preloaded into a bench server (`node -r .../statement-counter.js main.js`):
// counts every statement the pg driver sends (BEGIN and COMMIT included), by kind, and times the
// statements named in BENCH_TIMED_STATEMENTS (the ones that take hot row locks), so a bench
// can report statements per order and how many orders waited. Serves the counts as JSON on
// 127.0.0.1:BENCH_STATEMENTS_PORT. Works without pg_stat_statements (which needs a restart).
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { Client } from "pg";

export interface StatementCounts {
  statements: number;
  byKind: Record<string, number>;
  /** Per timed statement: how many ran and how many took longer than the threshold. */
  timed: Record<string, { count: number; slow: number }>;
}

const SLOW_MS = Number(process.env.BENCH_SLOW_STATEMENT_MS ?? 20);

function install(): void {
  const port = Number(process.env.BENCH_STATEMENTS_PORT);
  if (!port) return;
  // name=first characters of the SQL, comma-separated: "checkout-write=\nWITH ord AS".
  const timedByPrefix = new Map<string, string>(
    (process.env.BENCH_TIMED_STATEMENTS ?? "")
      .split("|")
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf("=");
        return [pair.slice(at + 1), pair.slice(0, at)] as [string, string];
      }),
  );
  const counts: StatementCounts = { statements: 0, byKind: {}, timed: {} };

  const kindOf = (text: string): string => {
    const head = text.trim().replace(/\s+/g, " ");
    return head.slice(0, 48);
  };
  const timedName = (text: string): string | undefined => {
    const trimmed = text.trim();
    for (const [prefix, name] of timedByPrefix) if (trimmed.startsWith(prefix)) return name;
    return undefined;
  };

  type Query = (...args: unknown[]) => unknown;
  const proto = Client.prototype as unknown as { query: Query };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]): unknown {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === "string" ? first : (first?.text ?? "");
    counts.statements++;
    const kind = kindOf(text);
    counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
    const name = timedName(text);
    if (!name) return original.apply(this, args);
    const started = performance.now();
    const record = () => {
      const entry = (counts.timed[name] ??= { count: 0, slow: 0 });
      entry.count++;
      if (performance.now() - started > SLOW_MS) entry.slow++;
    };
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      (result as Promise<unknown>).then(record, record);
    }
    return result;
  };

  const server = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(counts));
  });
  server.listen(port, "127.0.0.1");
  server.unref();
}

install();

/** Reads a server's counts (see above). */
export async function readStatementCounts(port: number): Promise<StatementCounts> {
  const res = await fetch(`http://127.0.0.1:${port}/`);
  return (await res.json()) as StatementCounts;
}

/** `after - before`, kind by kind. */
export function diffCounts(before: StatementCounts, after: StatementCounts): StatementCounts {
  const byKind: Record<string, number> = {};
  for (const [k, v] of Object.entries(after.byKind)) {
    const d = v - (before.byKind[k] ?? 0);
    if (d > 0) byKind[k] = d;
  }
  const timed: StatementCounts["timed"] = {};
  for (const [k, v] of Object.entries(after.timed)) {
    const b = before.timed[k] ?? { count: 0, slow: 0 };
    timed[k] = { count: v.count - b.count, slow: v.slow - b.slow };
  }
  return { statements: after.statements - before.statements, byKind, timed };
}
