import { assertExchangeMatchesOpenApi, requestViolations } from "./openapi-validator";

/**
 * A fetch for clients other than supertest (the typed client in clients/typescript): each request
 * is checked against openapi.json before it is sent and each response after, as `t.api` does, so
 * the typed client cannot bypass the contract either.
 */
export function contractFetch(): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const sent = request.body ? await request.clone().text() : "";
    const violations = requestViolations({
      method: request.method.toLowerCase(),
      url: `${url.pathname}${url.search}`,
      query: {},
      body: sent ? JSON.parse(sent) : undefined,
      hasBody: sent !== "",
    });
    const response = await fetch(request);
    const received = await response.clone().text();
    assertExchangeMatchesOpenApi(
      {
        method: request.method,
        path: url.pathname,
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        body: received ? JSON.parse(received) : undefined,
      },
      { violations },
    );
    return response;
  };
}
