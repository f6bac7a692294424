import { ValidateIf, ValidationOptions, registerDecorator } from "class-validator";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The most keys an attributes or options object holds (also in the OpenAPI document). */
export const MAX_RECORD_KEYS = 50;
const MAX_KEYS = MAX_RECORD_KEYS;
const MAX_KEY_LENGTH = 100;
const MAX_VALUE_LENGTH = 500;

/** A flat object of short string values (product attributes, variant options). */
export function IsStringRecord(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: "isStringRecord",
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `$property must be an object of at most ${MAX_KEYS} string values (keys up to ${MAX_KEY_LENGTH}, values up to ${MAX_VALUE_LENGTH} characters)`,
        ...options,
      },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          return (
            entries.length <= MAX_KEYS &&
            entries.every(
              ([key, v]) =>
                key.length > 0 &&
                key.length <= MAX_KEY_LENGTH &&
                typeof v === "string" &&
                v.length <= MAX_VALUE_LENGTH,
            )
          );
        },
      },
    });
  };
}

/** Lowercase words joined by hyphens, from any name ("Café Crème!" → "cafe-creme"). */
export function slugify(name: string, maxLength = 180): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "item";
}

/**
 * Optional, but not nullable: the field may be left out, while an explicit null is validated
 * (and refused) like any other wrong value. `@IsOptional()` would let null through.
 */
export const IsOmittable = (): PropertyDecorator =>
  ValidateIf((_object: unknown, value: unknown) => value !== undefined);
