import { SetMetadata } from "@nestjs/common";

export const AUTH_RATE_LIMITED = "storefront:authRateLimited";

/** Puts a route under the stricter per-IP AUTH_RATE_LIMIT_PER_MINUTE budget as well. */
export const AuthRateLimited = (): MethodDecorator & ClassDecorator =>
  SetMetadata(AUTH_RATE_LIMITED, true);
