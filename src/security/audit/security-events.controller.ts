import { Controller, Get, Query } from "@nestjs/common";
import { ApiOkResponse, ApiTags } from "@nestjs/swagger";
import { Roles } from "../../common/decorators/roles.decorator";
import { PageOf } from "../../common/pagination/page";
import { SecurityEventDto, SecurityEventQueryDto } from "./dto/security-event.dto";
import { SecurityEventsService } from "./security-events.service";

const SecurityEventPageDto = PageOf(SecurityEventDto);

@ApiTags("security")
@Roles("admin")
@Controller("security/events")
export class SecurityEventsController {
  constructor(private readonly events: SecurityEventsService) {}

  /** The security audit trail, newest first. */
  @ApiOkResponse({ type: SecurityEventPageDto })
  @Get()
  list(@Query() query: SecurityEventQueryDto) {
    return this.events.list(query);
  }
}
