import { CanActivate, ExecutionContext, HttpStatus, Injectable } from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import type { AuthUser } from "../../common/decorators/current-user.decorator";
import { REQUIRED_ROLES, Role } from "../../common/decorators/roles.decorator";
import { DomainError } from "../../common/errors/domain-error";
import { SecurityEventsService } from "../audit/security-events.service";

/** @Roles(...) routes need one of the roles; anyone else gets 403 and an `access_denied` event. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly events: SecurityEventsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required?.length) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ user?: AuthUser; ip?: string; method: string; url: string }>();
    const user = request.user;
    if (user && user.roles.some((role) => required.includes(role))) return true;
    await this.events.record({
      type: "access_denied",
      userId: user?.id ?? null,
      ip: request.ip ?? null,
      details: { method: request.method, path: request.url.split("?")[0], required },
    });
    throw new DomainError(
      HttpStatus.FORBIDDEN,
      "forbidden",
      `This operation requires the role: ${required.join(" or ")}.`,
    );
  }
}
