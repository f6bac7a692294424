import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A client's X-Request-Id is kept only when it is short and plain; otherwise we make one. */
export function requestIdFor(request: IncomingMessage): string {
  // Fastify asks first and pino-http second; both must see the same id.
  const carrier = request as IncomingMessage & { storefrontRequestId?: string };
  if (carrier.storefrontRequestId) return carrier.storefrontRequestId;
  const header = request.headers["x-request-id"];
  const id = typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
  carrier.storefrontRequestId = id;
  return id;
}
