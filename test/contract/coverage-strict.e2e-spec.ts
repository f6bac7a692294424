import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApiDocument } from "../support/openapi-validator";
import { reportContractCoverage } from "../support/global-teardown";
import { captureOutput } from "../support/capture-output";

const TEST_DIR = join(__dirname, "..");
const allE2eFiles = readdirSync(TEST_DIR, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".e2e-spec.ts"))
  .map((file) => join(TEST_DIR, file));

/**
 * The verdict of CONTRACT_COVERAGE=strict, given what a run saw: the global teardown's own
 * function on files written here, so the rule is checked without running the suite twice.
 */
describe("CONTRACT_COVERAGE=strict", () => {
  let dir: string;
  let seenFile: string;
  let ranFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "storefront-strict-"));
    seenFile = join(dir, "seen.jsonl");
    ranFile = join(dir, "ran.txt");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A run that saw every documented status of every operation, but `except`. */
  function sawAllBut(except: string): void {
    const lines = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.keys(operation.responses)
          .map((status) => ({
            operation: `${method.toUpperCase()} ${path}`,
            status: Number(status),
          }))
          .filter((seen) => `${seen.operation} ${seen.status}` !== except),
      ),
    );
    writeFileSync(seenFile, lines.map((line) => JSON.stringify(line)).join("\n"));
  }

  function verdict(testNamePattern?: string): { result: Error | undefined; output: string } {
    const output = captureOutput();
    try {
      const result = reportContractCoverage({ mode: "strict", seenFile, ranFile, testNamePattern });
      return { result, output: output.text() };
    } finally {
      output.restore();
    }
  }

  it("fails a whole-suite run that never produced a documented status, naming it", () => {
    sawAllBut("GET /api/v1/regions/{code} 200");
    writeFileSync(ranFile, allE2eFiles.join("\n"));
    const { result, output } = verdict();
    expect(result).toBeInstanceOf(Error);
    expect(output).toContain("documented status never seen: GET /api/v1/regions/{code} 200");
  });

  it("passes a whole-suite run that produced every documented status", () => {
    sawAllBut("none");
    writeFileSync(ranFile, allE2eFiles.join("\n"));
    const { result, output } = verdict();
    expect(result).toBeUndefined();
    expect(output).toContain("every operation and status covered");
  });

  it("only reports when some e2e files did not run, or a -t filter was given", () => {
    sawAllBut("GET /api/v1/regions/{code} 200");
    writeFileSync(ranFile, allE2eFiles.slice(1).join("\n"));
    const subset = verdict();
    expect(subset.result).toBeUndefined();
    expect(subset.output).toContain("not enforced: 1 e2e file(s) did not run");

    writeFileSync(ranFile, allE2eFiles.join("\n"));
    const filtered = verdict("regions");
    expect(filtered.result).toBeUndefined();
    expect(filtered.output).toContain("not enforced: a -t filter was given");
  });
});
