/** The `paymentMethod` that pays a whole order with the customer's store credit. */
export const STORE_CREDIT_METHOD = "store_credit";
/** The `provider` of a payment made wholly with store credit (no provider involved). */
export const STORE_CREDIT_PROVIDER = "store_credit";
