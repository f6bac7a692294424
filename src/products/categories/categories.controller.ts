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
  ApiTags,
  ApiParam,
} from "@nestjs/swagger";
import { Public } from "../../common/decorators/public.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { CategoriesService } from "./categories.service";
import {
  CategoryDto,
  CategoryTreeNodeDto,
  CreateCategoryDto,
  UpdateCategoryDto,
} from "./dto/category.dto";

@ApiTags("categories")
@Controller("categories")
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  /** The category tree. */
  @ApiOkResponse({ type: [CategoryTreeNodeDto] })
  @Public()
  @Get()
  tree(): Promise<CategoryTreeNodeDto[]> {
    return this.categories.tree();
  }

  /** Get a category by id or slug. */
  @ApiOkResponse({ type: CategoryDto })
  @ApiProblems(404)
  @Public()
  @ApiParam({
    name: "id",
    description: "The category's id or its slug",
    schema: { type: "string", maxLength: 200 },
  })
  @Get(":id")
  get(@Param("id") idOrSlug: string): Promise<CategoryDto> {
    return this.categories.get(idOrSlug);
  }

  /** Create a category (admin). */
  @ApiCreatedResponse({ type: CategoryDto })
  @ApiProblems(409)
  @Roles("admin")
  @Post()
  create(@Body() dto: CreateCategoryDto): Promise<CategoryDto> {
    return this.categories.create(dto);
  }

  /** Update a category (admin). */
  @ApiOkResponse({ type: CategoryDto })
  @ApiProblems(404, 409)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @Param("id", new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateCategoryDto,
  ): Promise<CategoryDto> {
    return this.categories.update(id, dto);
  }

  /** Only an empty category can be deleted: one with products or sub-categories is a 409. */
  @ApiNoContentResponse({ description: "Deleted" })
  @ApiProblems(404, 409)
  @Roles("admin")
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: "id", format: "uuid" })
  @Delete(":id")
  delete(@Param("id", new ParseUUIDPipe()) id: string): Promise<void> {
    return this.categories.delete(id);
  }
}
