import { appendFileSync } from "node:fs";

/**
 * Notes each test file that runs (setupFilesAfterEnv), so the global teardown can tell a
 * whole-suite run from a run of some files: contract coverage is only enforced on the former.
 * At the top level, not in a hook: a file whose tests are all skipped here still ran.
 */
const file = process.env.STOREFRONT_CONTRACT_RAN;
const { testPath } = expect.getState();
if (file && testPath) appendFileSync(file, `${testPath}\n`);
