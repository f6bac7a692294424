import { ApiProperty, ApiPropertyOptional } from "@nestjs/swagger";

export class FieldErrorDto {
  /** The offending field, dotted for nested fields (`shippingAddress.country`). */
  field!: string;

  /** What is wrong with it. */
  message!: string;
}

/** RFC 9457 problem details, sent as `application/problem+json`. */
export class ProblemDto {
  /** A URI naming the kind of problem: `urn:storefront:problem:<code>`. */
  @ApiProperty({ example: "urn:storefront:problem:validation_failed" })
  type!: string;

  /** A short summary of the status. */
  @ApiProperty({ example: "Bad Request" })
  title!: string;

  /** The HTTP status code. */
  @ApiProperty({ example: 400 })
  status!: number;

  /** What went wrong, for humans. */
  detail!: string;

  /** The path of the request that failed. */
  instance!: string;

  /** A stable, machine-readable error code (e.g. `insufficient_stock`). */
  @ApiProperty({ example: "validation_failed" })
  code!: string;

  /** The request id, also in the `X-Request-Id` header and in the server log. */
  @ApiPropertyOptional()
  requestId?: string;

  /** For validation errors: each invalid field and why. */
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
