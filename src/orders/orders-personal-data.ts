import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  Erasure,
  PersonalDataContributor,
  mentionsPattern,
} from "../common/privacy/personal-data";
import { CartRepository } from "./cart/cart.repository";
import { toOrderDto } from "./order.mapper";
import { OrdersRepository } from "./orders.repository";
import { OrdersService } from "./orders.service";

/** The status-history note of an unpaid order cancelled because its customer was erased. */
export const ACCOUNT_ERASED_NOTE = "account_erased";

/**
 * Orders with their lines, and the cart. Orders are kept on erasure, without the address;
 * unpaid ones are cancelled then, so their stock goes back on sale at once (nobody will pay
 * them, and they would hold it until ORDER_PAYMENT_TIMEOUT_MINUTES).
 */
@Injectable()
@PersonalDataContributor()
export class OrdersPersonalData implements PersonalDataContributor {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly carts: CartRepository,
    private readonly lifecycle: OrdersService,
  ) {}

  async exportData(subject: DataSubject) {
    const orders = await this.orders.findAllOfUser(subject.userId);
    const items = await this.orders.findItems(orders.map((order) => order.id));
    return {
      orders: orders.map((order) =>
        toOrderDto(
          order,
          items.filter((item) => item.orderId === order.id),
        ),
      ),
    };
  }

  async identifiers(subject: DataSubject): Promise<string[]> {
    return (await this.orders.findAllOfUser(subject.userId)).flatMap(({ shippingAddress: a }) =>
      [a.fullName, a.line1, a.line2, a.phone].filter((text): text is string => text !== null),
    );
  }

  async erase(subject: DataSubject, erasure: Erasure): Promise<void> {
    // The cart first: deleting it waits for a checkout in flight (it holds the cart's lock), so
    // the order that checkout commits is among those the next statements cancel and erase.
    await this.carts.deleteForUser(subject.userId);
    for (const order of await this.orders.lockPendingOfUser(subject.userId)) {
      await this.lifecycle.applyTransition(order, "cancelled", {
        actorId: erasure.actorId,
        note: ACCOUNT_ERASED_NOTE,
      });
    }
    await this.orders.eraseShippingDetails(subject.userId, ERASED, mentionsPattern(subject));
  }
}
