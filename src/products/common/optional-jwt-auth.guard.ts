import { Injectable } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";

/**
 * For @Public() routes that show more to a signed-in caller: runs the same "jwt" strategy as
 * the global guard (signature, expiry, session, account checks), but lets anonymous and
 * invalid-token callers through without a user instead of refusing them.
 */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard("jwt") {
  override handleRequest<TUser>(_error: unknown, user: TUser | false): TUser | undefined {
    return user || undefined;
  }
}
