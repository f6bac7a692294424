import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { contractCoverage } from "./contract-coverage";
import { adminQuery } from "./database-template";

/**
 * CONTRACT_COVERAGE=report prints which documented operations and statuses no e2e test
 * exercised; =strict also fails the run on any (meant for whole-suite runs, as in .ci/run).
 */
function reportContractCoverage(): void {
  const mode = process.env.CONTRACT_COVERAGE;
  const seenFile = process.env.STOREFRONT_CONTRACT_SEEN;
  if (!seenFile) return;
  if (mode === "report" || mode === "strict") {
    const coverage = contractCoverage(seenFile);
    const lines = [
      ...coverage.uncoveredOperations.map((o) => `operation never exercised: ${o}`),
      ...coverage.uncoveredStatuses.map((s) => `documented status never seen: ${s}`),
      ...coverage.unmarkedOffContract.map(
        (s) => `off-contract request not marked with offContract(): ${s}`,
      ),
    ];
    process.stdout.write(
      `\nContract coverage: ${lines.length === 0 ? "every operation and status covered" : `${lines.length} gap(s)`}\n` +
        lines.map((l) => `  ${l}\n`).join(""),
    );
    if (mode === "strict" && lines.length > 0) {
      throw new Error("Contract coverage is incomplete (CONTRACT_COVERAGE=strict)");
    }
  }
  rmSync(dirname(seenFile), { recursive: true, force: true });
}

export default async function globalTeardown(): Promise<void> {
  reportContractCoverage();
  const url = process.env.DATABASE_URL;
  const template = process.env.STOREFRONT_TEST_TEMPLATE_DB;
  if (url && template) await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  const dump = process.env.STOREFRONT_TEST_TEMPLATE_DUMP;
  if (dump) rmSync(dirname(dump), { recursive: true, force: true });
}
