import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyDotEnv } from "./dotenv";

describe(applyDotEnv.name, () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "storefront-dotenv-"));
    file = join(dir, ".env");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("sets the variables the file names that the environment lacks", () => {
    writeFileSync(file, '# a comment\nPORT=4321\nMAIL_FROM="Shop <shop@example.test>"\n');
    const env: NodeJS.ProcessEnv = {};

    const applied = applyDotEnv(env, file);

    expect(applied).toEqual(["MAIL_FROM", "PORT"]);
    expect(env).toEqual({ PORT: "4321", MAIL_FROM: "Shop <shop@example.test>" });
  });

  it("lets a real environment variable win over the file, even an empty one", () => {
    writeFileSync(file, "PORT=4321\nLOG_LEVEL=debug\nCORS_ORIGINS=https://a.example\n");
    const env: NodeJS.ProcessEnv = { PORT: "5000", CORS_ORIGINS: "" };

    const applied = applyDotEnv(env, file);

    expect(applied).toEqual(["LOG_LEVEL"]);
    expect(env).toEqual({ PORT: "5000", LOG_LEVEL: "debug", CORS_ORIGINS: "" });
  });

  it("changes nothing when there is no .env", () => {
    const env: NodeJS.ProcessEnv = { PORT: "5000" };

    expect(applyDotEnv(env, file)).toEqual([]);
    expect(env).toEqual({ PORT: "5000" });
  });
});
