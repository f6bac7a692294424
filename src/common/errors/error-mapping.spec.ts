import { HttpStatus } from "@nestjs/common";
import { MaxRetriesPerRequestError } from "ioredis/built/errors";
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from "typeorm";
import { mapError } from "./error-mapping";

describe(mapError.name, () => {
  const unavailable = (error: unknown) => {
    const sut = mapError(error);
    return { status: sut.status, code: sut.code, retryAfter: sut.headers?.["retry-after"] };
  };
  const expected = { status: HttpStatus.SERVICE_UNAVAILABLE, code: "service_unavailable" };

  it.each([
    ["a query runner released by a dead connection", new QueryRunnerAlreadyReleasedError()],
    ["a pg client closed under its query", new Error("Client was closed and is not queryable")],
    ["a pool that was ended", new Error("Cannot use a pool after calling end on the pool")],
    ["a pool connect timeout", new Error("timeout exceeded when trying to connect")],
    ["an ioredis command on a closed connection", new Error("Connection is closed.")],
    ["an ioredis command that gave up", new MaxRetriesPerRequestError(1)],
    ["an ioredis command timeout", new Error("Command timed out")],
    [
      "a PostgreSQL admin shutdown inside a query error",
      new QueryFailedError(
        "SELECT 1",
        [],
        Object.assign(new Error("terminating"), { code: "57P01" }),
      ),
    ],
    [
      "a socket error wrapped as a cause",
      new Error("wrapped", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }),
    ],
  ])("maps %s to 503 with Retry-After", (_name, error) => {
    expect(unavailable(error)).toEqual({ ...expected, retryAfter: "5" });
  });

  it("keeps an ordinary bug a 500 without Retry-After", () => {
    const sut = mapError(new TypeError("x is undefined"));
    expect(sut.status).toBe(HttpStatus.INTERNAL_SERVER_ERROR);
    expect(sut.unexpected).toBe(true);
    expect(sut.headers?.["retry-after"]).toBeUndefined();
  });
});
