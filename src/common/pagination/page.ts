import { Type as TransformType } from "class-transformer";
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from "class-validator";
import { Type } from "@nestjs/common";
import { ApiProperty, ApiPropertyOptional } from "@nestjs/swagger";

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

// The Swagger plugin reads only *.dto.ts files, so this shared DTO names its docs itself; the
// constraints come from the validators (see common/openapi/validation-constraints.ts).
export class PageQueryDto {
  @ApiPropertyOptional({ description: "How many items to return.", default: DEFAULT_PAGE_LIMIT })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;

  @ApiPropertyOptional({
    description: "The `nextCursor` of the previous page; omit it for the first page.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only says whether more exist. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (row: Row) => string,
): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    data: pageRows.map(toItem),
    nextCursor: hasMore ? cursorOf(pageRows[pageRows.length - 1]) : null,
  };
}

const pageClasses = new Map<Type<unknown>, Type<Page<unknown>>>();

/** An OpenAPI-documented page of `item`s: `{ data, nextCursor }`. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const existing = pageClasses.get(item);
  if (existing) return existing as Type<Page<T>>;
  class PageDto {
    @ApiProperty({ type: [item] })
    data!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: "Pass as `cursor` to get the next page; null on the last page.",
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageDto, "name", { value: `${item.name.replace(/Dto$/, "")}PageDto` });
  pageClasses.set(item, PageDto);
  return PageDto;
}
