import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from "@nestjs/common";
import { ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../common/decorators/current-user.decorator";
import { Roles } from "../common/decorators/roles.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { PageOf } from "../common/pagination/page";
import { ClientIp } from "../security/client-ip.decorator";
import {
  AdminUpdateUserDto,
  AdminUserDto,
  AdminUserQueryDto,
  UpdateProfileDto,
  UserDto,
} from "./dto/user.dto";
import { UsersService, toUserDto } from "./users.service";

const AdminUserPageDto = PageOf(AdminUserDto);

@ApiTags("users")
@Controller("users")
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** The caller's own profile. */
  @ApiOkResponse({ type: UserDto })
  @Get("me")
  async me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return toUserDto(await this.users.getOrFail(user.id));
  }

  /**
   * Changes the caller's display name (the only field a user can change here). 404
   * `user_not_found` when the account was erased while the request ran.
   */
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(404)
  @Patch("me")
  updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<UserDto> {
    return this.users.updateProfile(user.id, body);
  }

  /** All accounts, oldest first; `email` filters by a substring of the email. */
  @ApiOkResponse({ type: AdminUserPageDto })
  @Roles("admin")
  @Get()
  list(@Query() query: AdminUserQueryDto) {
    return this.users.list(query);
  }

  /** Get a user (admin). Any account, with its disabled flag. */
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(404)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id")
  get(@Param("id", ParseUUIDPipe) id: string): Promise<AdminUserDto> {
    return this.users.adminGet(id);
  }

  /** Sets roles and/or disables the account; disabling ends all its sessions at once. */
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(404, 409)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @CurrentUser() actor: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: AdminUpdateUserDto,
    @ClientIp() ip: string,
  ): Promise<AdminUserDto> {
    return this.users.adminUpdate(actor, id, body, ip);
  }
}
