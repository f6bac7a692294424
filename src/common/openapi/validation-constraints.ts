import type { Type } from "@nestjs/common";
import { ApiProperty } from "@nestjs/swagger";
import { TransformationType } from "class-transformer";
import { defaultMetadataStorage } from "class-transformer/cjs/storage";
import { getMetadataStorage, ValidationTypes } from "class-validator";
import type { ValidationMetadata } from "class-validator/types/metadata/ValidationMetadata";

/** The keys of a schema that one class-validator decorator can tell OpenAPI about. */
export type SchemaConstraints = Record<string, unknown>;

type Translate = (constraints: unknown[]) => SchemaConstraints | undefined;

const enumValues = (entity: Record<string, unknown>): unknown[] =>
  // A numeric TypeScript enum maps each value back to its name too; class-validator skips those.
  Object.keys(entity)
    .filter((key) => Number.isNaN(Number(key)))
    .map((key) => entity[key]);

const patternOf = (pattern: unknown): SchemaConstraints | undefined =>
  // A flagged RegExp (e.g. /i) has no JSON Schema equivalent: better no pattern than a false one.
  pattern instanceof RegExp && pattern.flags.replace(/[gu]/g, "") === ""
    ? { pattern: pattern.source }
    : typeof pattern === "string"
      ? { pattern }
      : undefined;

/**
 * class-validator decorator name -> the OpenAPI keywords that say the same thing. The CLI plugin
 * only reads literal arguments (`@Max(MAX_PAGE_LIMIT)` is lost) and knows a few decorators; this
 * reads the decorators' runtime metadata instead, so every DTO gets its constraints documented
 * without repeating them in `@ApiProperty`.
 */
const TRANSLATIONS: Record<string, Translate> = {
  isInt: () => ({ type: "integer" }),
  isBoolean: () => ({ type: "boolean" }),
  isPositive: () => ({ minimum: 1 }),
  min: ([minimum]) => ({ minimum }),
  max: ([maximum]) => ({ maximum }),
  minLength: ([minLength]) => ({ minLength }),
  maxLength: ([maxLength]) => ({ maxLength }),
  isLength: ([minLength, maxLength]) => ({
    minLength,
    ...(maxLength === undefined ? {} : { maxLength }),
  }),
  matches: ([pattern]) => patternOf(pattern),
  isIn: ([values]) => ({ enum: [...(values as unknown[])] }),
  isEnum: ([entity]) => ({ enum: enumValues(entity as Record<string, unknown>) }),
  isUUID: () => ({ format: "uuid" }),
  isEmail: () => ({ format: "email" }),
  isUrl: () => ({ format: "uri" }),
  isISO8601: () => ({ format: "date-time" }),
  isDateString: () => ({ format: "date-time" }),
  arrayMinSize: ([minItems]) => ({ minItems }),
  arrayMaxSize: ([maxItems]) => ({ maxItems }),
  arrayUnique: () => ({ uniqueItems: true }),
  notEquals: ([value]) => ({ not: { enum: [value] } }),
};

/** What the validators of one property say, split into the property and its array items. */
export function constraintsOf(metadatas: ValidationMetadata[]): {
  own: SchemaConstraints;
  items: SchemaConstraints;
  optional: boolean;
} {
  const own: SchemaConstraints = {};
  const items: SchemaConstraints = {};
  let optional = false;
  for (const metadata of metadatas) {
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) optional = true;
    if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION || !metadata.name) continue;
    const translated = TRANSLATIONS[metadata.name]?.(metadata.constraints ?? []);
    if (translated) Object.assign(metadata.each ? items : own, translated);
  }
  // Item rules alone say nothing of the items' type; class-validator's `each` applies to strings
  // unless the rule itself is about numbers (isInt says integer) or an enum of numbers.
  if (Object.keys(items).length > 0 && items.type === undefined) {
    const first = Array.isArray(items.enum) ? (items.enum as unknown[])[0] : undefined;
    items.type = typeof first === "number" ? "number" : "string";
  }
  return { own, items, optional };
}

/** Every class class-validator knows (DTOs, query DTOs, mapped types), with its property rules. */
export function validatedClasses(): Map<Type<unknown>, Map<string, ValidationMetadata[]>> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<Type<unknown>, ValidationMetadata[]>;
  };
  const classes = new Map<Type<unknown>, Map<string, ValidationMetadata[]>>();
  for (const target of storage.validationMetadatas.keys()) {
    if (typeof target !== "function") continue;
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const metadata of getMetadataStorage().getTargetValidationMetadatas(
      target,
      "",
      true,
      false,
    )) {
      const list = byProperty.get(metadata.propertyName) ?? [];
      list.push(metadata);
      byProperty.set(metadata.propertyName, list);
    }
    classes.set(target, byProperty);
  }
  return classes;
}

const API_MODEL_PROPERTIES = "swagger/apiModelProperties";
const METADATA_FACTORY = "_OPENAPI_METADATA_FACTORY";

/**
 * Writes the constraints of every validated property into its Swagger metadata before the
 * document is built, so that bodies and query parameters both carry them. A property that only
 * class-validator knows (the plugin missed it) is added, required unless marked optional.
 */
export function documentValidationConstraints(): void {
  for (const [target, properties] of validatedClasses()) {
    const pluginMetadata =
      (target as unknown as Record<string, (() => Record<string, unknown>) | undefined>)[
        METADATA_FACTORY
      ]?.() ?? {};
    for (const [property, metadatas] of properties) {
      // @ExactlyOneOf's rule of the whole object is documented as a oneOf, not a property.
      if (metadatas.some((metadata) => metadata.name === "exactlyOneOf")) continue;
      const { own, items, optional } = constraintsOf(metadatas);
      // A @Transform runs before validation (e.g. trimming an email): the format and pattern
      // then hold for the transformed value, not for what a client may send.
      const transformed =
        defaultMetadataStorage.findTransformMetadatas(
          target,
          property,
          TransformationType.PLAIN_TO_CLASS,
        ).length > 0;
      if (transformed) {
        // Present but undefined: also overrides what the CLI plugin derived from @IsEmail etc.
        own.format = undefined;
        own.pattern = undefined;
      }
      const options: Record<string, unknown> = { ...own };
      if (Object.keys(items).length > 0) options.items = items;
      const prototype = target.prototype as object;
      const existing = Reflect.getMetadata(API_MODEL_PROPERTIES, prototype, property) as
        Record<string, unknown> | undefined;
      if (existing === undefined && !(property in pluginMetadata)) {
        ApiProperty({ ...options, required: !optional })(prototype, property);
        continue;
      }
      if (Object.keys(options).length === 0) continue;
      // Merged by hand: ApiProperty() would also reset `isArray`. An explicit @ApiProperty wins
      // (it may describe the wire form, e.g. "true" before a @Transform makes it true); the
      // plugin's metadata is merged under all this when the document is built.
      Reflect.defineMetadata(
        API_MODEL_PROPERTIES,
        { ...options, ...existing },
        prototype,
        property,
      );
    }
  }
}
