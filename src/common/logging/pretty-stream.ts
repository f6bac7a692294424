import { Writable } from "node:stream";

const LEVELS: Record<number, { label: string; colour: string }> = {
  10: { label: "TRACE", colour: "\x1b[90m" },
  20: { label: "DEBUG", colour: "\x1b[36m" },
  30: { label: "INFO ", colour: "\x1b[32m" },
  40: { label: "WARN ", colour: "\x1b[33m" },
  50: { label: "ERROR", colour: "\x1b[31m" },
  60: { label: "FATAL", colour: "\x1b[35m" },
};
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";
// Fields shown in the line itself, or noise for a person reading a terminal.
const SHOWN = new Set(["level", "time", "pid", "hostname", "msg", "context", "requestId", "err"]);

interface RequestLine {
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTimeMs?: number;
}

/** `GET /api/v1/products 200 3.1 ms` for the one line each finished request writes. */
function describeRequest(record: Record<string, unknown>): string | undefined {
  const { req, res, responseTimeMs } = record as RequestLine;
  if (!req || !res) return undefined;
  delete record.req;
  delete record.res;
  delete record.responseTimeMs;
  return `${req.method} ${req.url} ${res.statusCode} ${responseTimeMs ?? "?"} ms`;
}

function clock(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 23);
}

/**
 * One coloured line per log record for a person at a terminal:
 * `12:00:01.123 INFO  [Context] message key=value`. Machines get pino's JSON lines instead.
 */
export function formatPretty(line: string, colour: boolean): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = LEVELS[Number(record.level)] ?? { label: String(record.level), colour: "" };
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const parts = [
    paint(DIM, clock(Number(record.time ?? Date.now()))),
    paint(level.colour, level.label),
  ];
  if (record.context) parts.push(paint(DIM, `[${String(record.context)}]`));
  parts.push(describeRequest(record) ?? String(record.msg ?? ""));
  const extras = Object.entries(record)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  if (record.requestId) extras.push(`requestId=${String(record.requestId)}`);
  if (extras.length > 0) parts.push(paint(DIM, extras.join(" ")));
  const stack = (record.err as { stack?: unknown } | undefined)?.stack;
  return `${parts.join(" ")}\n${typeof stack === "string" ? `${stack}\n` : ""}`;
}

/** A pino destination that writes pretty lines to the given file descriptor's stream. */
export function prettyStream(out: NodeJS.WriteStream, colour: boolean): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line) out.write(formatPretty(line, colour));
      }
      callback();
    },
  });
}
