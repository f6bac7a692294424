import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { Category } from "../entities/category.entity";
import { Product } from "../entities/product.entity";

@Injectable()
export class CategoriesRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(Category);
  }

  findAllOrdered(): Promise<Category[]> {
    return this.repo.find({ order: { position: "ASC", name: "ASC", id: "ASC" } });
  }

  findById(id: string): Promise<Category | null> {
    return this.repo.findOne({ where: { id } });
  }

  findBySlug(slug: string): Promise<Category | null> {
    return this.repo.findOne({ where: { slug } });
  }

  async slugExists(slug: string): Promise<boolean> {
    return this.repo.exists({ where: { slug } });
  }

  /** The category and all its descendants' ids (a recursive walk down the tree). */
  async findSubtreeIds(id: string): Promise<string[]> {
    const rows = await this.tx.manager.query<{ id: string }[]>(
      `WITH RECURSIVE subtree(id) AS (
         SELECT id FROM categories WHERE id = $1
         UNION
         SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id
       )
       SELECT id FROM subtree`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async hasChildren(id: string): Promise<boolean> {
    return this.repo.exists({ where: { parentId: id } });
  }

  async hasProducts(id: string): Promise<boolean> {
    return this.tx.manager.getRepository(Product).exists({ where: { categoryId: id } });
  }

  save(category: Category): Promise<Category> {
    return this.repo.save(category);
  }

  create(values: Partial<Category>): Category {
    return this.repo.create(values);
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }
}
