import { ValidationError, ValidationPipe } from "@nestjs/common";
import { FieldError, ValidationFailedError } from "./domain-error";

function flatten(errors: ValidationError[], parent = ""): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith("property ") ? `${field} is not an accepted field` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one validation pipe: unknown fields are refused, input is transformed to the DTO types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const unknown = fields.filter((f) => f.message.endsWith("is not an accepted field"));
      const detail =
        unknown.length > 0
          ? `Unknown field(s): ${unknown.map((f) => f.field).join(", ")}.`
          : `Invalid field(s): ${[...new Set(fields.map((f) => f.field))].join(", ")}.`;
      return new ValidationFailedError(fields, detail);
    },
  });
}
