import { Injectable } from "@nestjs/common";
import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from "../../common/errors/domain-error";
import { registerUniqueConstraint } from "../../common/errors/error-mapping";
import { TransactionHost } from "../../database/transaction-host";
import { CatalogCache } from "../catalog-cache";
import { UUID_PATTERN, slugify } from "../common/validators";
import type { Category } from "../entities/category.entity";
import { CategoriesRepository } from "./categories.repository";
import type {
  CategoryDto,
  CategoryTreeNodeDto,
  CreateCategoryDto,
  UpdateCategoryDto,
} from "./dto/category.dto";

registerUniqueConstraint("UQ_categories_slug", "slug_taken", "Another category has this slug.");

function toDto(c: Category): CategoryDto {
  return { id: c.id, name: c.name, slug: c.slug, parentId: c.parentId, position: c.position };
}

@Injectable()
export class CategoriesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly categories: CategoriesRepository,
    private readonly cache: CatalogCache,
  ) {}

  /** The whole tree: roots and their children, each level ordered by position then name. */
  tree(): Promise<CategoryTreeNodeDto[]> {
    return this.cache.getOrLoad("categories:tree", async () => {
      const all = await this.categories.findAllOrdered();
      const nodes = new Map<string, CategoryTreeNodeDto>(
        all.map((c) => [c.id, { ...toDto(c), children: [] }]),
      );
      const roots: CategoryTreeNodeDto[] = [];
      for (const c of all) {
        const node = nodes.get(c.id) as CategoryTreeNodeDto;
        const parent = c.parentId ? nodes.get(c.parentId) : undefined;
        if (parent) parent.children.push(node);
        else roots.push(node);
      }
      return roots;
    });
  }

  async get(idOrSlug: string): Promise<CategoryDto> {
    const category = UUID_PATTERN.test(idOrSlug)
      ? await this.categories.findById(idOrSlug)
      : await this.categories.findBySlug(idOrSlug);
    if (!category) throw new NotFoundError("Category", "category_not_found");
    return toDto(category);
  }

  async create(dto: CreateCategoryDto): Promise<CategoryDto> {
    return this.tx.run(async () => {
      if (dto.parentId) await this.requireCategory(dto.parentId, "parentId");
      const slug = dto.slug ?? (await this.freeSlug(dto.name));
      const saved = await this.categories.save(
        this.categories.create({
          name: dto.name,
          slug,
          parentId: dto.parentId ?? null,
          position: dto.position ?? 0,
        }),
      );
      this.cache.invalidateAfterCommit();
      return toDto(saved);
    });
  }

  async update(id: string, dto: UpdateCategoryDto): Promise<CategoryDto> {
    return this.tx.run(async () => {
      const category = await this.categories.findById(id);
      if (!category) throw new NotFoundError("Category", "category_not_found");
      if (dto.parentId) {
        await this.requireCategory(dto.parentId, "parentId");
        // A category cannot move under itself or one of its descendants.
        if ((await this.categories.findSubtreeIds(id)).includes(dto.parentId)) {
          throw new ConflictError(
            "category_cycle",
            "A category cannot be moved under itself or one of its sub-categories.",
          );
        }
      }
      if (dto.name !== undefined) category.name = dto.name;
      if (dto.slug !== undefined) category.slug = dto.slug;
      if (dto.parentId !== undefined) category.parentId = dto.parentId;
      if (dto.position !== undefined) category.position = dto.position;
      const saved = await this.categories.save(category);
      this.cache.invalidateAfterCommit();
      return toDto(saved);
    });
  }

  /** Only an empty category (no products, no sub-categories) can be deleted. */
  async delete(id: string): Promise<void> {
    await this.tx.run(async () => {
      const category = await this.categories.findById(id);
      if (!category) throw new NotFoundError("Category", "category_not_found");
      if (await this.categories.hasChildren(id)) {
        throw new ConflictError("category_not_empty", "The category has sub-categories.");
      }
      if (await this.categories.hasProducts(id)) {
        throw new ConflictError("category_not_empty", "The category has products.");
      }
      await this.categories.delete(id);
      this.cache.invalidateAfterCommit();
    });
  }

  private async requireCategory(id: string, field: string): Promise<void> {
    if (!(await this.categories.findById(id))) {
      throw new ValidationFailedError(
        [{ field, message: `${field} does not name an existing category` }],
        "The category does not exist.",
      );
    }
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name);
    if (!(await this.categories.slugExists(base))) return base;
    for (let n = 2; n < 10; n++) {
      if (!(await this.categories.slugExists(`${base}-${n}`))) return `${base}-${n}`;
    }
    return `${base}-${Date.now().toString(36)}`;
  }
}
