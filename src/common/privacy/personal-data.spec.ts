import { mentionsPattern } from "./personal-data";

/** The pattern is a PostgreSQL ARE; its escaping and word bounds are checked here with JS's. */
function asJs(pattern: string): RegExp {
  return new RegExp(pattern.replace(/\\m/g, "\\b").replace(/\\M/g, "\\b"), "gi");
}

describe(mentionsPattern.name, () => {
  const sut = mentionsPattern;

  it("matches the email and the name, case-insensitively, as whole words", async () => {
    const pattern = asJs(sut({ userId: "u", email: "ada+shop@example.test", name: "Ada Byron" }));
    await expect(
      Promise.resolve("Refund for ADA BYRON <ada+shop@example.test>".replace(pattern, "[erased]")),
    ).resolves.toBe("Refund for [erased] <[erased]>");
  });

  it("treats regular-expression characters in the email or name literally", async () => {
    const pattern = asJs(sut({ userId: "u", email: "a.b@x.test", name: "Jo (Admin)" }));
    await expect(Promise.resolve(pattern.test("aXb@x.test"))).resolves.toBe(false);
  });

  it("matches a name that ends in punctuation (no word bound after it)", async () => {
    const pattern = asJs(sut({ userId: "u", email: "j@x.test", name: "Jo Smith Jr." }));
    await expect(
      Promise.resolve("by Jo Smith Jr. today".replace(pattern, "[erased]")),
    ).resolves.toBe("by [erased] today");
  });

  it("leaves words that merely contain the name", async () => {
    const pattern = asJs(sut({ userId: "u", email: "al@x.test", name: "Al" }));
    await expect(Promise.resolve("Also Al".replace(pattern, "[erased]"))).resolves.toBe(
      "Also [erased]",
    );
  });
});
