import createClient, { type Client, type Middleware } from "openapi-fetch";
import { idempotentOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import type { Problem } from "./problems.js";

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface StorefrontClientOptions {
  /** Where the API is served, e.g. `https://shop.example.com` (paths start with /api/v1). */
  baseUrl: string;
  /** Tokens from an earlier session, e.g. read from storage. */
  tokens?: Tokens;
  /** Called whenever the tokens change (login, refresh, logout), e.g. to store them. */
  onTokens?: (tokens: Tokens | undefined) => void;
  /** A fetch of your own (tests, proxies); defaults to the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
}

export type StorefrontClient = Client<paths> & {
  /** Logs in and keeps the tokens: later calls send the access token and refresh it on 401. */
  login(email: string, password: string): Promise<Tokens>;
  /** Ends this session on the server and forgets the tokens. */
  logout(): Promise<void>;
  /** The current tokens, if logged in. */
  tokens(): Tokens | undefined;
};

/** A non-2xx answer, with the API's problem+json body. */
export class StorefrontApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.code}: ${problem.detail}`);
    this.name = "StorefrontApiError";
  }
}

/** What every openapi-fetch call resolves to: the data of a 2xx, or the problem of an error. */
type Outcome = { data?: unknown; error?: Problem; response: Response };
/** The data of an outcome's success branch. */
type SuccessData<R> = R extends { data: infer D; error?: never } ? D : never;

/**
 * The data of a successful call, or a StorefrontApiError with the problem of a failed one:
 * `const order = await unwrap(client.GET("/api/v1/orders/{id}", { params: { path: { id } } }))`.
 */
export async function unwrap<R extends Outcome>(call: Promise<R>): Promise<SuccessData<R>>;
export async function unwrap(call: Promise<Outcome>): Promise<unknown> {
  const result = await call;
  if (result.error !== undefined)
    throw new StorefrontApiError(result.response.status, result.error);
  return result.data;
}

const REFRESH_PATH = "/api/v1/auth/refresh";

/**
 * A typed client for the Storefront API: openapi-fetch over the generated types, plus bearer
 * auth that refreshes the access token once on a 401 (one refresh at a time, the request retried
 * once), and an Idempotency-Key on every POST whose operation declares one.
 */
export function createStorefrontClient(options: StorefrontClientOptions): StorefrontClient {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const base = { baseUrl: options.baseUrl, fetch: fetchImpl };
  // Refresh and logout go through a client without the auth middleware, so they never recurse.
  const bare = createClient<paths>(base);
  const client = createClient<paths>(base);
  let tokens = options.tokens;
  let refreshing: Promise<boolean> | undefined;

  const setTokens = (next: Tokens | undefined) => {
    tokens = next;
    options.onTokens?.(next);
  };

  /** Rotates the refresh token; concurrent 401s share one refresh. */
  const refresh = (): Promise<boolean> => {
    refreshing ??= (async () => {
      const refreshToken = tokens?.refreshToken;
      if (!refreshToken) return false;
      const { data } = await bare.POST(REFRESH_PATH, { body: { refreshToken } });
      if (!data) {
        setTokens(undefined);
        return false;
      }
      setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
      return true;
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  // The request as first sent, kept until its answer, so a 401 can be retried with its body.
  const pending = new Map<string, Request>();

  const middleware: Middleware = {
    onRequest({ request, schemaPath, id }) {
      if (
        idempotentOperations.has(`${request.method} ${schemaPath}`) &&
        !request.headers.has("Idempotency-Key")
      ) {
        request.headers.set("Idempotency-Key", globalThis.crypto.randomUUID());
      }
      if (tokens && !request.headers.has("Authorization")) {
        request.headers.set("Authorization", `Bearer ${tokens.accessToken}`);
        pending.set(id, request.clone());
      }
      return request;
    },
    async onResponse({ response, id }) {
      const original = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || !original) return response;
      const sentWith = original.headers.get("Authorization");
      // Another request may have refreshed meanwhile: retry with its token without refreshing again.
      const fresh = sentWith !== `Bearer ${tokens?.accessToken}` || (await refresh());
      if (!fresh || !tokens) return response;
      const retry = new Request(original);
      retry.headers.set("Authorization", `Bearer ${tokens.accessToken}`);
      return fetchImpl(retry);
    },
    onError({ id }) {
      pending.delete(id);
    },
  };
  client.use(middleware);

  return Object.assign(client, {
    async login(email: string, password: string): Promise<Tokens> {
      const next = await unwrap(bare.POST("/api/v1/auth/login", { body: { email, password } }));
      const pair = { accessToken: next.accessToken, refreshToken: next.refreshToken };
      setTokens(pair);
      return pair;
    },
    async logout(): Promise<void> {
      const refreshToken = tokens?.refreshToken;
      setTokens(undefined);
      if (refreshToken) await unwrap(bare.POST("/api/v1/auth/logout", { body: { refreshToken } }));
    },
    tokens: () => tokens,
  });
}
