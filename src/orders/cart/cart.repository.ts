import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { CartItemEntity } from "./entities/cart-item.entity";
import { CartEntity } from "./entities/cart.entity";

@Injectable()
export class CartRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get carts() {
    return this.tx.manager.getRepository(CartEntity);
  }

  private get items() {
    return this.tx.manager.getRepository(CartItemEntity);
  }

  /** The user's cart, created on first use (one per user: a unique constraint). */
  async ensureForUser(userId: string): Promise<CartEntity> {
    const existing = await this.carts.findOne({ where: { userId } });
    if (existing) return existing;
    await this.insertIfMissing(userId);
    return this.carts.findOneOrFail({ where: { userId } });
  }

  /**
   * Locks the user's cart row (creating the cart on first use): cart edits and checkouts of
   * one user run one at a time. One round trip when the cart exists, as it nearly always does.
   */
  async lockForUser(userId: string): Promise<CartEntity> {
    const existing = await this.findForUpdate(userId);
    if (existing) return existing;
    await this.insertIfMissing(userId);
    const created = await this.findForUpdate(userId);
    if (!created) throw new Error("The cart just created is missing");
    return created;
  }

  /** Creates the user's cart; a concurrent creation of the same cart is not an error. */
  private async insertIfMissing(userId: string): Promise<void> {
    await this.carts
      .createQueryBuilder()
      .insert()
      .into(CartEntity)
      .values({ userId })
      .orIgnore()
      .execute();
  }

  private findForUpdate(userId: string): Promise<CartEntity | null> {
    return this.carts
      .createQueryBuilder("c")
      .setLock("pessimistic_write")
      .where("c.user_id = :userId", { userId })
      .getOne();
  }

  findItems(cartId: string): Promise<CartItemEntity[]> {
    return this.items.find({ where: { cartId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  findItem(cartId: string, itemId: string): Promise<CartItemEntity | null> {
    return this.items.findOne({ where: { cartId, id: itemId } });
  }

  findItemByVariant(cartId: string, variantId: string): Promise<CartItemEntity | null> {
    return this.items.findOne({ where: { cartId, variantId } });
  }

  async insertItem(cartId: string, variantId: string, quantity: number): Promise<void> {
    await this.items.insert({ cartId, variantId, quantity });
  }

  async setItemQuantity(itemId: string, quantity: number): Promise<void> {
    await this.items.update({ id: itemId }, { quantity });
  }

  async deleteItem(itemId: string): Promise<void> {
    await this.items.delete({ id: itemId });
  }

  async deleteAllItems(cartId: string): Promise<void> {
    await this.items.delete({ cartId });
  }

  async setShippingMethod(cartId: string, code: string | null): Promise<void> {
    await this.carts.update({ id: cartId }, { shippingMethodCode: code });
  }
}
