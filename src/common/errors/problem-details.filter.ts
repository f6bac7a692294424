import { ArgumentsHost, Catch, ExceptionFilter, Logger } from "@nestjs/common";
import type { FastifyReply, FastifyRequest } from "fastify";
import { mapError } from "./error-mapping";
import { PROBLEM_CONTENT_TYPE, Problem, problemType, statusTitle } from "./problem";

/** Turns every error into an RFC 9457 problem document. 5xx bodies never reveal internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger("ProblemDetails");

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendProblem(exception, request, reply, this.logger);
  }
}

export function sendProblem(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Pick<Logger, "error" | "warn">,
): void {
  const mapped = mapError(exception);
  if (mapped.unexpected) {
    logger.error(
      { err: exception, requestId: request.id, method: request.method, url: request.url },
      "Unhandled error",
    );
  } else if (mapped.status >= 500) {
    logger.warn(
      { requestId: request.id, code: mapped.code, err: String(exception) },
      mapped.detail,
    );
  }
  const problem: Problem = {
    ...(mapped.extensions ?? {}),
    type: problemType(mapped.code),
    title: mapped.title ?? statusTitle(mapped.status),
    status: mapped.status,
    detail: mapped.detail,
    instance: request.url.split("?")[0],
    code: mapped.code,
    requestId: String(request.id),
  };
  if (reply.sent) return;
  for (const [name, value] of Object.entries(mapped.headers ?? {})) reply.header(name, value);
  reply.status(mapped.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}
