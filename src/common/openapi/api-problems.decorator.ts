import { applyDecorators } from "@nestjs/common";
import { ApiExtraModels, ApiResponse, getSchemaPath } from "@nestjs/swagger";
import { defaultCode, PROBLEM_CONTENT_TYPE, problemType, statusTitle } from "../errors/problem";
import { HealthCheckStatusDto, PaymentDeclinedProblemDto, ProblemDto } from "./problem.dto";

/** A typical body per status, so each documented error shows its own example. */
const EXAMPLES: Record<number, { code: string; detail: string } & Record<string, unknown>> = {
  400: {
    code: "validation_failed",
    detail: "Invalid field(s): quantity.",
    errors: [{ field: "quantity", message: "quantity must not be greater than 99" }],
  },
  401: { code: "unauthorized", detail: "A valid access token is required." },
  402: {
    code: "card_declined",
    detail: "The payment was declined.",
    paymentId: "0b9c6a1e-3f1d-4a57-9d1e-2f6c1b7a8e90",
  },
  403: { code: "forbidden", detail: "This requires the admin role." },
  404: { code: "not_found", detail: "Order was not found." },
  409: {
    code: "insufficient_stock",
    detail: "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
    variants: [{ variantId: "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70", requested: 3, available: 1 }],
  },
  413: { code: "payload_too_large", detail: "The request body is too large." },
  415: { code: "unsupported_media_type", detail: "The body must be application/json." },
  422: {
    code: "idempotency_key_reused",
    detail: "This Idempotency-Key was used with another request body.",
  },
  429: {
    code: "rate_limited",
    detail: "Too many requests; slow down and retry after the time in the Retry-After header.",
  },
  500: { code: "internal_error", detail: "Internal Server Error" },
  502: {
    code: "payment_provider_unavailable",
    detail:
      "The payment provider could not be reached. Nothing was charged; the order can be paid again.",
    paymentId: "0b9c6a1e-3f1d-4a57-9d1e-2f6c1b7a8e90",
  },
  503: { code: "service_unavailable", detail: "Service Unavailable" },
};

export function problemExample(status: number): Record<string, unknown> {
  const { code, ...rest } = EXAMPLES[status] ?? {
    code: defaultCode(status),
    detail: statusTitle(status),
  };
  return {
    type: problemType(code),
    title: statusTitle(status),
    status,
    instance: "/api/v1/orders",
    code,
    requestId: "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
    ...rest,
  };
}

export function problemResponse(status: number, description = statusTitle(status)) {
  const schema = status === 402 ? PaymentDeclinedProblemDto : ProblemDto;
  return {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: getSchemaPath(schema) },
        example: problemExample(status),
      },
    },
  };
}

/** Documents the problem+json error responses a route can give, beyond the ones every route has. */
export const ApiProblems = (...statuses: number[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiExtraModels(ProblemDto, PaymentDeclinedProblemDto, HealthCheckStatusDto),
    ...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })),
  );
