import { applyDecorators } from "@nestjs/common";
import { ApiHeader, ApiResponse } from "@nestjs/swagger";

/** The ETag response header of a conditional GET, for `@ApiOkResponse({ headers })`. */
export const ETAG_HEADER = {
  ETag: {
    description: "A strong validator that changes whenever the body would",
    schema: { type: "string" as const },
  },
};

/** Documents If-None-Match and its 304 on a route answered through JsonBody.send. */
export function ApiConditionalGet(): MethodDecorator {
  return applyDecorators(
    ApiResponse({ status: 304, description: "Not modified: the ETag in If-None-Match is current" }),
    ApiHeader({
      name: "If-None-Match",
      required: false,
      description: "ETags from previous responses",
      schema: { type: "string", maxLength: 512 },
    }),
  );
}
