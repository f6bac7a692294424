import { mentionsPattern } from "./personal-data";

/** The pattern is a PostgreSQL ARE; its escaping and word bounds are checked here with JS's. */
function asJs(pattern: string): RegExp {
  return new RegExp(pattern.replace(/\\m/g, "\\b").replace(/\\M/g, "\\b"), "gi");
}

const subject = (email: string, name: string, ...more: string[]) => ({
  userId: "u",
  email,
  name,
  mentions: [email, name, ...more],
});

describe(mentionsPattern.name, () => {
  const sut = mentionsPattern;

  it("matches the email and the name, case-insensitively, as whole words", async () => {
    const pattern = asJs(sut(subject("ada+shop@example.test", "Ada Byron")));
    await expect(
      Promise.resolve("Refund for ADA BYRON <ada+shop@example.test>".replace(pattern, "[erased]")),
    ).resolves.toBe("Refund for [erased] <[erased]>");
  });

  it("treats regular-expression characters in the email or name literally", async () => {
    const pattern = asJs(sut(subject("a.b@x.test", "Jo (Admin)")));
    await expect(Promise.resolve(pattern.test("aXb@x.test"))).resolves.toBe(false);
  });

  it("matches a name that ends in punctuation (no word bound after it)", async () => {
    const pattern = asJs(sut(subject("j@x.test", "Jo Smith Jr.")));
    await expect(
      Promise.resolve("by Jo Smith Jr. today".replace(pattern, "[erased]")),
    ).resolves.toBe("by [erased] today");
  });

  it("cuts out the longest mention first (an address line that contains the name)", async () => {
    const pattern = asJs(sut(subject("k@x.test", "Kings", "1 Kings Road")));
    await expect(
      Promise.resolve("Send to 1 Kings Road".replace(pattern, "[erased]")),
    ).resolves.toBe("Send to [erased]");
  });

  it("leaves words that merely contain the name", async () => {
    const pattern = asJs(sut(subject("al@x.test", "Al")));
    await expect(Promise.resolve("Also Al".replace(pattern, "[erased]"))).resolves.toBe(
      "Also [erased]",
    );
  });
});
