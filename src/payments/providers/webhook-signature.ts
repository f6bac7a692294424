import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "storefront-signature";
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: number, body: Buffer | string): Buffer {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
}

/** `t=<unix>,v1=<hex>`, one v1 per secret (several secrets during a rotation). */
export function signWebhook(
  body: Buffer | string,
  secrets: readonly string[],
  timestamp = Math.floor(Date.now() / 1000),
): string {
  return [
    `t=${timestamp}`,
    ...secrets.map((s) => `v1=${hmac(s, timestamp, body).toString("hex")}`),
  ].join(",");
}

/**
 * True when the header carries a timestamp within the tolerance and at least one v1 signature
 * made with one of our secrets over exactly these bytes. Compared in constant time.
 */
export function verifyWebhookSignature(
  body: Buffer,
  header: string | undefined,
  secrets: readonly string[],
  now = Math.floor(Date.now() / 1000),
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  if (!header || header.length > 4096) return false;
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value !== undefined && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && value !== undefined && /^[0-9a-f]{64}$/i.test(value)) {
      signatures.push(Buffer.from(value, "hex"));
    }
  }
  if (timestamp === undefined || signatures.length === 0) return false;
  if (Math.abs(now - timestamp) > toleranceSeconds) return false;
  let valid = false;
  for (const secret of secrets) {
    const expected = hmac(secret, timestamp, body);
    for (const signature of signatures) {
      // No early exit: every comparison runs, so timing says nothing about which matched.
      if (timingSafeEqual(expected, signature)) valid = true;
    }
  }
  return valid;
}
