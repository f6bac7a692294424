import { signWebhook, verifyWebhookSignature } from "./webhook-signature";

describe("verifyWebhookSignature", () => {
  const body = Buffer.from('{"id":"evt_1","type":"payment_intent.succeeded"}');
  const now = 1_800_000_000;

  it("accepts our signature within the tolerance", () => {
    expect(verifyWebhookSignature(body, signWebhook(body, ["s1"], now), ["s1"], now + 299)).toBe(
      true,
    );
  });

  it("accepts any of several secrets and several v1 values (rotation)", () => {
    const header = signWebhook(body, ["old", "new"], now);
    expect(verifyWebhookSignature(body, header, ["new"], now)).toBe(true);
    expect(verifyWebhookSignature(body, signWebhook(body, ["old"], now), ["new", "old"], now)).toBe(
      true,
    );
  });

  it("refuses another body, another secret, a stale or future timestamp, garbage", () => {
    const header = signWebhook(body, ["s1"], now);
    expect(verifyWebhookSignature(Buffer.from(`${body.toString()} `), header, ["s1"], now)).toBe(
      false,
    );
    expect(verifyWebhookSignature(body, header, ["s2"], now)).toBe(false);
    expect(verifyWebhookSignature(body, header, ["s1"], now + 301)).toBe(false);
    expect(verifyWebhookSignature(body, header, ["s1"], now - 301)).toBe(false);
    expect(verifyWebhookSignature(body, undefined, ["s1"], now)).toBe(false);
    expect(verifyWebhookSignature(body, "v1=abc", ["s1"], now)).toBe(false);
    expect(verifyWebhookSignature(body, `t=${now}`, ["s1"], now)).toBe(false);
  });
});
