import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/** Helmet's choices for this API (CSP is ours, set per audience below). */
const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: false,
  frameguard: { action: "deny" },
  crossOriginEmbedderPolicy: false,
  hsts: { maxAge: 31536000, includeSubDomains: true },
};

// Swagger UI needs its own scripts and styles; the API itself serves JSON and needs nothing.
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

type Header = readonly [name: string, value: string];

/**
 * The headers helmet sets for `options`, read once by running its middleware against a
 * recording response: they depend on the options only, never on the request, so rebuilding
 * them per request (as @fastify/helmet does) is wasted work.
 */
export function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): Header[] {
  const headers: Header[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number) => {
      headers.push([name.toLowerCase(), String(value)]);
    },
    // X-Powered-By: never set by Fastify in the first place.
    removeHeader: () => undefined,
  };
  let failure: unknown;
  helmet(options)({} as never, recorder as never, (error?: unknown) => (failure = error));
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}

/**
 * Security headers, the request id and the cache rule on every response: helmet's set, then a
 * CSP per audience (the API's locks everything down, the docs' lets Swagger UI run) and
 * `no-store` on the API. Computed once; each request only copies them onto its reply.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, docsPath: string): void {
  const common = helmetHeaders();
  const api: Header[] = [
    ...common,
    ["content-security-policy", API_CSP],
    ["cache-control", "no-store"],
  ];
  const docs: Header[] = [...common, ["content-security-policy", DOCS_CSP]];
  const docsRoot = `/${docsPath}`;
  const docsPrefix = `${docsRoot}/`;
  fastify.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    const url = request.url;
    const headers = url === docsRoot || url.startsWith(docsPrefix) ? docs : api;
    for (const [name, value] of headers) reply.header(name, value);
    done();
  });
}
