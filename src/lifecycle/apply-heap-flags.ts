// Imported first by main.ts: V8 reads these at each collection, so they hold from here on.
import { setFlagsFromString } from "node:v8";
import { heapFlagsToApply } from "./heap-flags";

for (const flag of heapFlagsToApply(process.execArgv)) {
  setFlagsFromString(flag);
}
