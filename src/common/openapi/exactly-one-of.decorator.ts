import type { Type } from "@nestjs/common";
import { registerDecorator } from "class-validator";

const exactlyOneOf = new Map<string, string[][]>();

/**
 * An either/or body: exactly one of `fields` must be given (not none, not several). Validated
 * with the other field rules (a 400 `validation_failed`), and documented as a `oneOf` of
 * `required` lists so that generated clients know it too.
 */
export function ExactlyOneOf(...fields: string[]): ClassDecorator {
  return (target) => {
    const groups = exactlyOneOf.get(target.name) ?? [];
    exactlyOneOf.set(target.name, [...groups, fields]);
    // A rule of the object as a whole, registered under a name no body can have: a field's own
    // @IsOptional() would skip a rule attached to it when the field is absent.
    registerDecorator({
      name: "exactlyOneOf",
      target: target as unknown as Type<unknown>,
      propertyName: fields.join("|"),
      constraints: fields,
      options: { always: true },
      validator: {
        validate: (_value: unknown, args) => {
          const body = args?.object as Record<string, unknown>;
          return fields.filter((field) => body[field] !== undefined).length === 1;
        },
        defaultMessage: () => `give exactly one of ${fields.join(" or ")}`,
      },
    });
  };
}

/** The either/or groups of a schema, by its class name, for the OpenAPI document. */
export function exactlyOneOfGroups(schemaName: string): string[][] {
  return exactlyOneOf.get(schemaName) ?? [];
}
