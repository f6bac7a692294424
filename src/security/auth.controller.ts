import { Body, Controller, HttpCode, HttpStatus, Post } from "@nestjs/common";
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../common/decorators/current-user.decorator";
import { Public } from "../common/decorators/public.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { UserDto } from "../users/dto/user.dto";
import { AuthService } from "./auth.service";
import { ClientIp } from "./client-ip.decorator";
import {
  ForgotPasswordDto,
  LoginDto,
  RefreshTokenDto,
  RegisterDto,
  ResetPasswordDto,
  TokenPairDto,
} from "./dto/auth.dto";
import { AuthRateLimited } from "./throttling/auth-rate-limited.decorator";

@ApiTags("auth")
@Controller("auth")
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Creates a customer account. Extra fields (such as `roles`) are refused with a 400. */
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(409)
  @Public()
  @AuthRateLimited()
  @Post("register")
  register(@Body() body: RegisterDto): Promise<UserDto> {
    return this.auth.register(body);
  }

  /**
   * Wrong email and wrong password get the same 401. Repeated failures from one client lock
   * that email for that client (429 `login_locked`), whether or not it has an account.
   */
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(401)
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.OK)
  @Post("login")
  login(@Body() body: LoginDto, @ClientIp() ip: string): Promise<TokenPairDto> {
    return this.auth.login(body.email, body.password, ip);
  }

  /** Exchanges a refresh token for a new pair; a reused token revokes its whole session. */
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(401)
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.OK)
  @Post("refresh")
  refresh(@Body() body: RefreshTokenDto, @ClientIp() ip: string): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, ip);
  }

  /** Ends the session the refresh token belongs to (idempotent). */
  @ApiNoContentResponse({ description: "Logged out" })
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @Post("logout")
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  /** Ends every session of the caller; live access tokens stop working too. */
  @ApiNoContentResponse({ description: "Every session ended" })
  @HttpCode(HttpStatus.NO_CONTENT)
  @Post("logout-all")
  async logoutAll(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logoutAll(user.id);
  }

  /**
   * Queues the request and answers 202 whatever the email; a reset token is then emailed when
   * the account exists.
   */
  @ApiAcceptedResponse({ description: "If the account exists, a reset email is on its way" })
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.ACCEPTED)
  @Post("password/forgot")
  async forgotPassword(@Body() body: ForgotPasswordDto, @ClientIp() ip: string): Promise<void> {
    await this.auth.forgotPassword(body.email, ip);
  }

  /** Sets a new password with a reset token; every session of the user ends. */
  @ApiNoContentResponse({ description: "Password changed" })
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @Post("password/reset")
  async resetPassword(@Body() body: ResetPasswordDto, @ClientIp() ip: string): Promise<void> {
    await this.auth.resetPassword(body.token, body.password, ip);
  }
}
