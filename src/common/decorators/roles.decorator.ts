import { SetMetadata, applyDecorators } from "@nestjs/common";
import { ApiExtension } from "@nestjs/swagger";

export type Role = "customer" | "admin";
export const ROLES = ["customer", "admin"] as const satisfies readonly Role[];
export const REQUIRED_ROLES = "storefront:roles";

/** Restricts a route to callers holding one of the roles; others get 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension("x-roles", roles));
