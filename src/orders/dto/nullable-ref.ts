import type { Type } from "@nestjs/common";
import { ApiPropertyOptions, getSchemaPath } from "@nestjs/swagger";

/**
 * A nullable reference in OpenAPI 3.0: `anyOf: [$ref, null-only]`. What the swagger plugin
 * emits for `Dto | null` (`nullable` beside `allOf: [$ref]`) never lets `null` through a
 * validator, since the referenced schema refuses null. Use it on properties of classes in
 * files the plugin does not read (not *.dto.ts), or the plugin adds `nullable` back.
 */
export function nullableRef(model: Type<unknown>): ApiPropertyOptions {
  return {
    required: true,
    anyOf: [{ $ref: getSchemaPath(model) }, { type: "object", nullable: true, enum: [null] }],
  } as ApiPropertyOptions;
}
