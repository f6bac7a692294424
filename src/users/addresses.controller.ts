import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from "@nestjs/common";
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../common/decorators/current-user.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { AddressesService } from "./addresses.service";
import { AddressDto, CreateAddressDto, UpdateAddressDto } from "./dto/address.dto";

@ApiTags("users")
@Controller("users/me/addresses")
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  /** List my addresses. The caller's address book, oldest first. */
  @ApiOkResponse({ type: [AddressDto] })
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<AddressDto[]> {
    return this.addresses.list(user.id);
  }

  /**
   * Adds an address; the first one becomes the default. 404 `user_not_found` when the account
   * was erased while the request ran.
   */
  @ApiCreatedResponse({ type: AddressDto })
  @ApiProblems(404, 409)
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAddressDto): Promise<AddressDto> {
    return this.addresses.create(user.id, body);
  }

  /** Get one of my addresses. Another user's address is a 404. */
  @ApiOkResponse({ type: AddressDto })
  @ApiProblems(404)
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id")
  get(@CurrentUser() user: AuthUser, @Param("id", ParseUUIDPipe) id: string): Promise<AddressDto> {
    return this.addresses.get(user.id, id);
  }

  /**
   * Update one of my addresses. Only the fields sent change; `isDefault: true` moves the
   * default here. Another user's address is a 404.
   */
  @ApiOkResponse({ type: AddressDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: UpdateAddressDto,
  ): Promise<AddressDto> {
    return this.addresses.update(user.id, id, body);
  }

  /**
   * Delete one of my addresses. If it was the default, the oldest remaining address becomes the
   * default. Another user's address is a 404.
   */
  @ApiNoContentResponse({ description: "Deleted" })
  @ApiProblems(404)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: "id", format: "uuid" })
  @Delete(":id")
  async delete(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.addresses.delete(user.id, id);
  }
}
