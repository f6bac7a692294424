import { parseOptions } from "@node-rs/argon2";
import type { Options } from "@node-rs/argon2";
import { ARGON2_PARAMS, PasswordHasher } from "./password-hasher";

class StrongerHasher extends PasswordHasher {
  protected override readonly params: Options = { ...ARGON2_PARAMS, timeCost: 3 };
}

describe(PasswordHasher.name, () => {
  const sut = new PasswordHasher();

  it("hashes with argon2id at OWASP's minimum or above", async () => {
    const hash = await sut.hash("a-fine-password");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    const params = parseOptions(hash);
    expect(params.memoryCost).toBeGreaterThanOrEqual(19456);
    expect(params.timeCost).toBeGreaterThanOrEqual(2);
    expect(params.parallelism).toBeGreaterThanOrEqual(1);
  });

  it("verifies the right password only, and never throws on garbage", async () => {
    const hash = await sut.hash("a-fine-password");
    await expect(sut.verify(hash, "a-fine-password")).resolves.toBe(true);
    await expect(sut.verify(hash, "another-password")).resolves.toBe(false);
    await expect(sut.verify("not-a-hash", "a-fine-password")).resolves.toBe(false);
  });

  it("asks for a rehash when the parameters rise, not otherwise", async () => {
    const hash = await sut.hash("a-fine-password");
    expect(sut.needsRehash(hash)).toBe(false);
    expect(new StrongerHasher().needsRehash(hash)).toBe(true);
  });
});
