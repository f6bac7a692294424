import { ExecutionContext, createParamDecorator } from "@nestjs/common";
import type { Role } from "./roles.decorator";

/** The authenticated caller, as the JWT strategy puts it on the request. */
export interface AuthUser {
  id: string;
  email: string;
  roles: Role[];
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  return request.user;
});

export const isAdmin = (user: Pick<AuthUser, "roles">): boolean => user.roles.includes("admin");

/** The owner a read is restricted to: the caller, unless an administrator (who sees all). */
export const ownerScope = (user: AuthUser): string | undefined =>
  isAdmin(user) ? undefined : user.id;
