import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openApiDocument } from "./openapi-validator";

// Contract coverage (CONTRACT_COVERAGE, read by the global teardown):
// - `report` prints the documented operations and statuses no e2e test produced, and the
//   requests that broke the spec without `t.api.offContract("why")`;
// - `strict` prints the same and fails the run on any gap, but only when the whole e2e suite
//   ran: every test/**/*.e2e-spec.ts file, with no `-t` filter. A run of some files (how
//   developers work) cannot cover the contract, so there strict only reports, and says so.
// .ci/run sets strict on its PostgreSQL run, the one where no e2e test is skipped.

/**
 * Documented statuses that an e2e test cannot (or need not) produce on every operation, with
 * the reason. A status listed here for every operation is answered by one shared mechanism
 * that some test exercises on a sample of routes.
 */
export const UNTESTABLE_ON_EVERY_OPERATION: Record<string, string> = {
  "500":
    "an unexpected error: no route has a way to cause one on purpose (errors.e2e-spec forces one)",
  "503":
    "the same filter answers 503 on every route while the database is down; database-outage.e2e-spec samples it",
  "429": "one rate-limit guard for every route; rate-limit.e2e-spec samples it",
  "413": "the body parser refuses large bodies before any route; errors.e2e-spec samples it",
  "415": "the body parser refuses non-JSON bodies before any route; errors.e2e-spec samples it",
  "414": "the HTTP server refuses over-long URIs before any route; hostile-input-sweep samples it",
  "401": "the global JWT guard refuses every protected route alike; tokens.e2e-spec samples it",
  "403": "one roles guard for every admin route; admin-routes.e2e-spec samples it",
};

/** `METHOD /path status` -> why no test produces it. */
export const UNTESTABLE: Record<string, string> = {
  "POST /api/v1/payments/sandbox/authenticate/{token} 409":
    "authentication_not_required guards a challenge whose payment moved on without it; but every " +
    "path that moves a sandbox intent out of requires_action (authenticate, cancel) clears its " +
    "token in the same transaction, and the token is looked up FOR UPDATE, so a spent token is " +
    "always the documented 404",
};

export interface ContractCoverage {
  uncoveredOperations: string[];
  uncoveredStatuses: string[];
  unmarkedOffContract: string[];
}

/** Compares what the e2e run saw (one JSON line per operation and status) with openapi.json. */
export function contractCoverage(seenFile: string): ContractCoverage {
  const lines = existsSync(seenFile)
    ? readFileSync(seenFile, "utf8").split("\n").filter(Boolean)
    : [];
  const seen = lines.map(
    (line) =>
      JSON.parse(line) as {
        operation: string;
        status: number;
        offContract?: string;
        where?: string;
        violation?: string;
      },
  );
  const statuses = new Map<string, Set<string>>();
  for (const { operation, status } of seen) {
    statuses.set(operation, (statuses.get(operation) ?? new Set()).add(String(status)));
  }
  const uncoveredOperations: string[] = [];
  const uncoveredStatuses: string[] = [];
  for (const [path, item] of Object.entries(openApiDocument.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const name = `${method.toUpperCase()} ${path}`;
      const covered = statuses.get(name);
      if (!covered) {
        uncoveredOperations.push(name);
        continue;
      }
      for (const status of Object.keys(operation.responses)) {
        if (covered.has(status) || UNTESTABLE_ON_EVERY_OPERATION[status]) continue;
        if (UNTESTABLE[`${name} ${status}`]) continue;
        uncoveredStatuses.push(`${name} ${status}`);
      }
    }
  }
  const unmarkedOffContract = [
    ...new Set(
      seen
        .filter((s) => s.offContract === "unmarked")
        .map((s) => `${s.operation} ${s.status} (${s.where}: ${s.violation})`),
    ),
  ];
  return { uncoveredOperations, uncoveredStatuses, unmarkedOffContract };
}

const TEST_DIR = join(__dirname, "..");

/**
 * The e2e spec files that did not run, from the list record-test-file.ts kept; empty when the
 * whole e2e suite ran.
 */
export function e2eFilesNotRun(ranFile: string): string[] {
  const ran = new Set(
    existsSync(ranFile) ? readFileSync(ranFile, "utf8").split("\n").filter(Boolean) : [],
  );
  return readdirSync(TEST_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".e2e-spec.ts"))
    .map((file) => join(TEST_DIR, file))
    .filter((file) => !ran.has(file));
}
