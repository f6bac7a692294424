import { Body, Controller, HttpCode, HttpStatus, Post } from "@nestjs/common";
import { ApiNoContentResponse, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../common/decorators/current-user.decorator";
import { AuthService } from "./auth.service";
import { ClientIp } from "./client-ip.decorator";
import { ChangePasswordDto } from "./dto/auth.dto";
import { AuthRateLimited } from "./throttling/auth-rate-limited.decorator";

@ApiTags("users")
@Controller("users/me/password")
export class PasswordController {
  constructor(private readonly auth: AuthService) {}

  /** Changes the caller's password; every session ends (log in again with the new one). */
  @ApiNoContentResponse({ description: "Password changed" })
  @AuthRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @Post()
  async change(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @ClientIp() ip: string,
  ): Promise<void> {
    await this.auth.changePassword(user.id, body.currentPassword, body.newPassword, ip);
  }
}
