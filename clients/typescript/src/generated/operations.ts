// Generated from openapi.json by scripts/generate.mjs (npm run client:generate). Do not edit.
/** Each problem code the spec's examples name: its status, schema and the extension fields it carries. */
export const problemCodes = {
  "card_declined": {
    "status": 402,
    "schema": "PaymentDeclinedProblemDto",
    "fields": [
      "paymentId"
    ]
  },
  "forbidden": {
    "status": 403,
    "schema": "ProblemDto",
    "fields": []
  },
  "idempotency_key_reused": {
    "status": 422,
    "schema": "ProblemDto",
    "fields": []
  },
  "insufficient_stock": {
    "status": 409,
    "schema": "ProblemDto",
    "fields": [
      "variants"
    ]
  },
  "internal_error": {
    "status": 500,
    "schema": "ProblemDto",
    "fields": []
  },
  "not_found": {
    "status": 404,
    "schema": "ProblemDto",
    "fields": []
  },
  "payload_too_large": {
    "status": 413,
    "schema": "ProblemDto",
    "fields": []
  },
  "payment_provider_unavailable": {
    "status": 502,
    "schema": "ProblemDto",
    "fields": [
      "paymentId"
    ]
  },
  "rate_limited": {
    "status": 429,
    "schema": "ProblemDto",
    "fields": []
  },
  "service_unavailable": {
    "status": 503,
    "schema": "ProblemDto",
    "fields": []
  },
  "unauthenticated": {
    "status": 401,
    "schema": "ProblemDto",
    "fields": []
  },
  "unsupported_media_type": {
    "status": 415,
    "schema": "ProblemDto",
    "fields": []
  },
  "uri_too_long": {
    "status": 414,
    "schema": "ProblemDto",
    "fields": []
  },
  "validation_failed": {
    "status": 400,
    "schema": "ProblemDto",
    "fields": [
      "errors"
    ]
  }
} as const;

/** The operations that declare an Idempotency-Key header, as `METHOD /path`. */
export const idempotentOperations: ReadonlySet<string> = new Set([
  "POST /api/v1/cart/items",
  "POST /api/v1/orders",
  "POST /api/v1/orders/{id}/payments",
  "POST /api/v1/orders/{id}/returns",
  "POST /api/v1/payments/{id}/refunds",
  "POST /api/v1/returns/{id}/settle",
  "POST /api/v1/users/{id}/credit"
]);
