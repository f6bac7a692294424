import { problemCodes } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];
type Codes = typeof problemCodes;

/** The problem codes the spec's error examples name. */
export type KnownProblemCode = keyof Codes;

/** Any problem+json body the API documents (RFC 9457 plus `code` and extensions). */
export type Problem = Schemas[Codes[KnownProblemCode]["schema"]];

type SchemaOf<C extends KnownProblemCode> = Schemas[Codes[C]["schema"]];

/** The problem with code `C`: its literal code and status, and the extensions it always carries. */
export type ProblemOf<C extends KnownProblemCode> = Omit<SchemaOf<C>, "code" | "status"> & {
  code: C;
  status: Codes[C]["status"];
} & Required<Pick<SchemaOf<C>, Codes[C]["fields"][number] & keyof SchemaOf<C>>>;

/** The documented problems as a union discriminated by `code`: `switch (p.code)` narrows it. */
export type KnownProblem = { [C in KnownProblemCode]: ProblemOf<C> }[KnownProblemCode];

function isKnownCode(code: string): code is KnownProblemCode {
  return Object.hasOwn(problemCodes, code);
}

/**
 * Whether `value` is a problem whose code the spec documents, with that code's status and
 * extension fields. A code the spec has no example for is still a `Problem`, just not a known one.
 */
export function isKnownProblem(value: unknown): value is KnownProblem {
  if (typeof value !== "object" || value === null) return false;
  if (!("code" in value) || typeof value.code !== "string" || !isKnownCode(value.code)) {
    return false;
  }
  const documented = problemCodes[value.code];
  return (
    "status" in value &&
    value.status === documented.status &&
    documented.fields.every((field) => field in value)
  );
}

/** Narrows `value` to the problem with code `code`. */
export function isProblem<C extends KnownProblemCode>(
  value: unknown,
  code: C,
): value is ProblemOf<C> {
  return isKnownProblem(value) && value.code === code;
}
