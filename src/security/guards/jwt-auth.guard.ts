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
    // passport-jwt reports a bad token as "no user"; an `error` is a failure of the check itself
    // (the session lookup's database is down). That is not the client's fault: the problem
    // filter maps it (503 when a dependency is unavailable), never a 401 that logs clients out.
    if (error) throw error;
    // One answer for every bad token (missing, malformed, forged, expired, revoked).
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}
