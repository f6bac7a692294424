import { ExecutionContext, HttpStatus, Injectable } from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import { AuthGuard } from "@nestjs/passport";
import { IS_PUBLIC } from "../../common/decorators/public.decorator";
import { DomainError } from "../../common/errors/domain-error";

export class UnauthenticatedError extends DomainError {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      "unauthenticated",
      "A valid access token is required in the Authorization header.",
      {},
      { "www-authenticate": 'Bearer realm="storefront"' },
    );
  }
}

/** Closed by default: every route needs a valid access token unless it is @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard("jwt") {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    // One answer for every failure (missing, malformed, forged, expired, revoked).
    if (error || !user) throw new UnauthenticatedError();
    return user;
  }
}
