import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A client's X-Request-Id is kept only when it is short and plain; otherwise we make one. */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers["x-request-id"];
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
