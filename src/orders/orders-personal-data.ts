import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  PersonalDataContributor,
  mentionsPattern,
} from "../common/privacy/personal-data";
import { CartRepository } from "./cart/cart.repository";
import { toOrderDto } from "./order.mapper";
import { OrdersRepository } from "./orders.repository";

/** Orders with their lines, and the cart. Orders are kept on erasure, without the address. */
@Injectable()
@PersonalDataContributor()
export class OrdersPersonalData implements PersonalDataContributor {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly carts: CartRepository,
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

  async erase(subject: DataSubject): Promise<void> {
    // The cart first: deleting it waits for a checkout in flight (it holds the cart's lock), so
    // the order that checkout commits is among those the next statement erases.
    await this.carts.deleteForUser(subject.userId);
    await this.orders.eraseShippingDetails(subject.userId, ERASED, mentionsPattern(subject));
  }
}
