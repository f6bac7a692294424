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
