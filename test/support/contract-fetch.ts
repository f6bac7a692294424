import { assertExchangeMatchesOpenApi, requestViolations } from "./openapi-validator";

/**
 * The server gave no answer (not listening, connection refused or cut). fetch's own TypeError
 * comes from outside Jest's sandbox, where `instanceof TypeError` does not see it.
 */
export class NoAnswerError extends Error {
  constructor(cause: unknown) {
    super(`no answer from the server: ${String(cause)}`, { cause });
  }
}

/** fetch's signature, as the typed client and the tests against a server process call it. */
export type Fetch = (input: Request | string, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for clients other than supertest (the typed client in clients/typescript, tests that
 * talk to a server process): each request is checked against openapi.json before it is sent and
 * each response after, as `t.api` does, so they cannot bypass the contract either. A request that
 * never gets an answer rejects with NoAnswerError; one that breaks the contract with an Error.
 */
export function contractFetch(): Fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const sent = request.body ? await request.clone().text() : "";
    const violations = requestViolations({
      method: request.method.toLowerCase(),
      url: `${url.pathname}${url.search}`,
      query: {},
      headers: Object.fromEntries(request.headers),
      body: sent ? JSON.parse(sent) : undefined,
      hasBody: sent !== "",
    });
    let response: Response;
    let received: string;
    try {
      response = await fetch(request);
      received = await response.clone().text();
    } catch (error) {
      throw new NoAnswerError(error);
    }
    const contentType = response.headers.get("content-type") ?? "";
    const json = received !== "" && contentType.includes("json");
    assertExchangeMatchesOpenApi(
      {
        method: request.method,
        path: url.pathname,
        status: response.status,
        contentType,
        body: json ? JSON.parse(received) : received || undefined,
      },
      { violations },
    );
    return response;
  };
}

/** The validating fetch for tests that call a server process: the counterpart of `t.api`. */
export const apiFetch = contractFetch();
