export { createStorefrontClient, StorefrontApiError, unwrap } from "./client.js";
export type { StorefrontClient, StorefrontClientOptions, Tokens } from "./client.js";
export { isKnownProblem, isProblem } from "./problems.js";
export type { KnownProblem, KnownProblemCode, Problem, ProblemOf } from "./problems.js";
export type { components, operations, paths } from "./generated/schema.js";
