import { randomBytes } from "node:crypto";
import { Inject, Injectable, Logger, OnApplicationBootstrap } from "@nestjs/common";
import { QueryFailedError } from "typeorm";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { UsersService } from "../users/users.service";
import { AuthService } from "./auth.service";

const DEFAULT_DEV_ADMIN_EMAIL = "admin@storefront.local";

/**
 * The first administrator, from ADMIN_EMAIL / ADMIN_PASSWORD, when no admin exists yet. Outside
 * production a missing password is generated and printed once (it is never stored in clear).
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger("AdminBootstrap");

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admins = await this.users.activeAdminEmails();
    if (admins.length > 0) {
      this.logger.log(`Admin: sign in as ${admins[0]} (POST /api/v1/auth/login)`);
      return;
    }
    const production = this.config.nodeEnv === "production";
    const email = this.config.adminEmail ?? (production ? undefined : DEFAULT_DEV_ADMIN_EMAIL);
    if (!email) {
      this.logger.warn("No administrator exists; set ADMIN_EMAIL and ADMIN_PASSWORD to create one");
      return;
    }
    let password = this.config.adminPassword;
    let generated = false;
    if (!password && !(await this.users.findByEmail(email))) {
      if (production) {
        this.logger.warn(`No administrator exists; set ADMIN_PASSWORD to create ${email}`);
        return;
      }
      password = randomBytes(18).toString("base64url");
      generated = true;
    }
    try {
      const { created } = await this.auth.ensureAdmin(email, password);
      if (!created)
        this.logger.warn(`Admin: granted the admin role to the existing account ${email}`);
      else if (generated) {
        // Logged once, on purpose: this is how a developer learns the generated password.
        this.logger.log(
          `Admin: created ${email} with the generated password ${password} ` +
            "(shown once; change it with POST /api/v1/users/me/password)",
        );
      } else this.logger.log(`Admin: created ${email}; sign in with ADMIN_PASSWORD`);
    } catch (error) {
      // Another instance starting at the same moment created it first.
      if (error instanceof QueryFailedError && (await this.users.hasAdmin())) return;
      throw error;
    }
  }
}
