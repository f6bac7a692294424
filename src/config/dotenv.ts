import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

/**
 * Reads `.env` from the working directory into `env`, as `.env.example` invites. Variables
 * already in the environment win: the file only fills in what is not set. Returns the names it set, sorted.
 */
export function applyDotEnv(
  env: NodeJS.ProcessEnv = process.env,
  file = join(process.cwd(), ".env"),
): string[] {
  if (!existsSync(file)) return [];
  const applied: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    applied.push(name);
  }
  return applied.sort();
}
