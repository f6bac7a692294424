const SECRET_KEYS = [
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "cardNumber",
  "number",
  "cvc",
  "cvv",
  "paymentMethod",
];

/** Secrets never reach the log, at whatever depth they appear in a logged object. */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["storefront-signature"]',
  'res.headers["set-cookie"]',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/** Paths whose last segment is a capability (whoever holds the URL may act): kept out of logs. */
const CAPABILITY_IN_PATH = /(\/payments\/sandbox\/authenticate\/)[^/?#]+/;

export function redactUrl(url: string): string {
  return url.replace(CAPABILITY_IN_PATH, "$1[redacted]");
}
