import { createSecretKey } from "node:crypto";
import { Inject, Injectable } from "@nestjs/common";
import { PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";
import type { AuthUser } from "../../common/decorators/current-user.decorator";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { SessionsService } from "../sessions/sessions.service";
import { ACCESS_TOKEN_TYPE, AccessTokenClaims, JWT_ALGORITHM } from "../tokens/access-token";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies the access token: HS256 only (so `none` and RS/HS confusion are refused), issuer,
 * audience, expiry (required), type; then that the account is enabled, that the token is not
 * older than the user's "tokens valid after" time and that its session is not revoked.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, "jwt") {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, not the string: jsonwebtoken would otherwise try (and fail) to parse the
      // string as a public key on every request, a tenth of an authenticated request's CPU.
      // passport-jwt hands it to jsonwebtoken untouched; its types only predate key objects.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, "utf8")) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<AuthUser | false> {
    if (
      claims.typ !== ACCESS_TOKEN_TYPE ||
      typeof claims.exp !== "number" ||
      typeof claims.iat !== "number" ||
      typeof claims.sub !== "string" ||
      !UUID.test(claims.sub) ||
      typeof claims.sid !== "string" ||
      !UUID.test(claims.sid)
    ) {
      return false;
    }
    const user = await this.sessions.findLiveSessionHolder(claims.sid, claims.sub);
    if (!user) return false;
    // JWT times are whole seconds; a token of the same second as the cut-off is settled by the
    // session check above (logout-all, password changes and disabling revoke the sessions too).
    if (user.tokensValidAfter && claims.iat < Math.floor(user.tokensValidAfter.getTime() / 1000)) {
      return false;
    }
    return { id: user.id, email: user.email, roles: user.roles };
  }
}
