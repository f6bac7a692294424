import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { GlobalConfig } from "jest";
import { contractCoverage, e2eFilesNotRun } from "./contract-coverage";
import { adminQuery } from "./database-template";

/**
 * CONTRACT_COVERAGE=report prints which documented operations and statuses no e2e test
 * exercised; =strict also fails the run on any (the error returned), when the whole e2e suite
 * ran (see contract-coverage.ts).
 */
export function reportContractCoverage(run: {
  mode: string | undefined;
  seenFile: string | undefined;
  ranFile: string;
  testNamePattern: string | undefined;
}): Error | undefined {
  const { mode, seenFile, testNamePattern } = run;
  if (!seenFile || (mode !== "report" && mode !== "strict")) return undefined;
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
  const notRun = e2eFilesNotRun(run.ranFile);
  if (mode === "strict" && lines.length > 0) {
    if (notRun.length === 0 && !testNamePattern) {
      return new Error("Contract coverage is incomplete (CONTRACT_COVERAGE=strict)");
    }
    process.stdout.write(
      `  (not enforced: ${testNamePattern ? "a -t filter was given" : `${notRun.length} e2e file(s) did not run`}; strict fails only a whole-suite run)\n`,
    );
  }
  return undefined;
}

export default async function globalTeardown(globalConfig: GlobalConfig): Promise<void> {
  const seenFile = process.env.STOREFRONT_CONTRACT_SEEN;
  const incomplete = reportContractCoverage({
    mode: process.env.CONTRACT_COVERAGE,
    seenFile,
    ranFile: process.env.STOREFRONT_CONTRACT_RAN ?? "",
    testNamePattern: globalConfig.testNamePattern,
  });
  if (seenFile) rmSync(dirname(seenFile), { recursive: true, force: true });
  const url = process.env.DATABASE_URL;
  const template = process.env.STOREFRONT_TEST_TEMPLATE_DB;
  if (url && template) await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  const dump = process.env.STOREFRONT_TEST_TEMPLATE_DUMP;
  if (dump) rmSync(dirname(dump), { recursive: true, force: true });
  if (incomplete) throw incomplete;
}
