import type { OrderStatusChangeDto } from "./dto/order.dto";
import type { OrderDto } from "./dto/order-response";
import type { OrderItemEntity } from "./entities/order-item.entity";
import type { OrderStatusHistoryEntity } from "./entities/order-status-history.entity";
import type { OrderEntity } from "./entities/order.entity";

export function toOrderDto(order: OrderEntity, items: OrderItemEntity[]): OrderDto {
  const address = order.shippingAddress;
  return {
    id: order.id,
    number: order.number,
    userId: order.userId,
    status: order.status,
    items: items.map((item) => ({
      id: item.id,
      variantId: item.variantId,
      productId: item.productId,
      productName: item.productName,
      variantName: item.variantName,
      sku: item.sku,
      unitPrice: item.unitPrice,
      quantity: item.quantity,
      lineTotal: item.lineTotal,
      discount: item.discount,
      tax: item.tax,
    })),
    subtotal: order.subtotal,
    discount: order.discount,
    promotions: order.promotions.map((p) => ({
      promotionId: p.promotionId,
      code: p.code,
      name: p.name,
      discount: p.discount,
      shippingDiscount: p.shippingDiscount,
    })),
    shipping: order.shipping,
    tax: order.tax,
    shippingTax: order.shippingTax,
    taxLines: order.taxLines,
    total: order.total,
    region: order.regionCode,
    taxInclusive: order.taxInclusive,
    currency: order.currency,
    shippingAddress: {
      fullName: address.fullName,
      line1: address.line1,
      line2: address.line2,
      city: address.city,
      postalCode: address.postalCode,
      country: address.country,
      phone: address.phone,
    },
    shippingMethod:
      order.shippingMethodCode !== null
        ? {
            code: order.shippingMethodCode,
            name: order.shippingMethodName ?? order.shippingMethodCode,
          }
        : null,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}

export function toStatusChangeDto(row: OrderStatusHistoryEntity): OrderStatusChangeDto {
  return {
    from: row.fromStatus,
    to: row.toStatus,
    actorId: row.actorId,
    note: row.note,
    at: row.createdAt.toISOString(),
  };
}
