import { HttpStatus } from "@nestjs/common";
import { ConflictError, DomainError } from "../../common/errors/domain-error";

export class OrderNotReturnableError extends ConflictError {
  constructor(orderStatus: string) {
    super("order_not_returnable", "Only delivered orders take returns.", { orderStatus });
  }
}

export class ReturnWindowClosedError extends ConflictError {
  constructor(deliveredAt: Date, windowDays: number) {
    super("return_window_closed", `Returns are accepted for ${windowDays} days after delivery.`, {
      deliveredAt: deliveredAt.toISOString(),
      returnWindowDays: windowDays,
    });
  }
}

export class ReturnQuantityExceededError extends ConflictError {
  constructor(orderItemId: string, requested: number, returnable: number) {
    super("return_quantity_exceeded", "More units than were delivered and not yet returned.", {
      orderItemId,
      requested,
      returnable,
    });
  }
}

export class ReturnRefundFailedError extends DomainError {
  constructor(failureCode: string | null) {
    super(
      HttpStatus.BAD_GATEWAY,
      "return_refund_failed",
      "The payment provider refused the refund; the return is still received and can be settled again.",
      { failureCode },
    );
  }
}
