// Generated from openapi.json by scripts/generate.mjs (npm run client:generate). Do not edit.
export interface paths {
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up and its event loop answers
         * @description Liveness: the process is up and its event loop answers.
         */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: whether this instance can serve
         * @description Readiness: whether this instance can serve. 503 while the database does not answer or while shutting down. Redis loss is `degraded`, not 503: every request still succeeds on in-process fallbacks, and pulling every instance out of the balancer would turn it into an outage. The result is reused for up to a second.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own profile
         * @description The caller's own profile.
         */
        get: operations["Users_me"];
        put?: never;
        post?: never;
        /**
         * Erases the caller's account, confirmed with the password: personal data is deleted or replaced by a tombstone, orders and payments stay for the books without it, every session ends and the email can register again
         * @description Erases the caller's account, confirmed with the password: personal data is deleted or replaced by a tombstone, orders and payments stay for the books without it, every session ends and the email can register again. Refused while store credit remains (409 `store_credit_remaining`, with the balances: the customer would lose it) and for administrators (409 `cannot_erase_admin`).
         */
        delete: operations["Privacy_eraseMine"];
        options?: never;
        head?: never;
        /**
         * Changes the caller's display name (the only field a user can change here)
         * @description Changes the caller's display name (the only field a user can change here).
         */
        patch: operations["Users_updateMe"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All accounts, oldest first; `email` filters by a substring of the email
         * @description All accounts, oldest first; `email` filters by a substring of the email.
         */
        get: operations["Users_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user (admin)
         * @description Get a user (admin). Any account, with its disabled flag.
         */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        /**
         * Erases a customer's account as `DELETE /users/me` does, without a password; audited
         * @description Erases a customer's account as `DELETE /users/me` does, without a password; audited. Store credit left is forfeited (an `adjusted` ledger movement by the administrator). Erasing an account already erased changes nothing (204 again). Administrator accounts are refused (409 `cannot_erase_admin`).
         */
        delete: operations["Privacy_erase"];
        options?: never;
        head?: never;
        /**
         * Sets roles and/or disables the account; disabling ends all its sessions at once
         * @description Sets roles and/or disables the account; disabling ends all its sessions at once.
         */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/users/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my addresses
         * @description List my addresses. The caller's address book, oldest first.
         */
        get: operations["Addresses_list"];
        put?: never;
        /**
         * Adds an address; the first one becomes the default
         * @description Adds an address; the first one becomes the default.
         */
        post: operations["Addresses_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of my addresses
         * @description Get one of my addresses. Another user's address is a 404.
         */
        get: operations["Addresses_get"];
        put?: never;
        post?: never;
        /**
         * Delete one of my addresses
         * @description Delete one of my addresses. If it was the default, the oldest remaining address becomes the default. Another user's address is a 404.
         */
        delete: operations["Addresses_delete"];
        options?: never;
        head?: never;
        /**
         * Update one of my addresses
         * @description Update one of my addresses. Only the fields sent change; `isDefault: true` moves the default here. Another user's address is a 404.
         */
        patch: operations["Addresses_update"];
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a customer account
         * @description Creates a customer account. Extra fields (such as `roles`) are refused with a 400.
         */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wrong email and wrong password get the same 401
         * @description Wrong email and wrong password get the same 401. Repeated failures from one client lock that email for that client (429 `login_locked`), whether or not it has an account.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchanges a refresh token for a new pair; a reused token revokes its whole session
         * @description Exchanges a refresh token for a new pair; a reused token revokes its whole session.
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends the session the refresh token belongs to (idempotent)
         * @description Ends the session the refresh token belongs to (idempotent).
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends every session of the caller; live access tokens stop working too
         * @description Ends every session of the caller; live access tokens stop working too.
         */
        post: operations["Auth_logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queues the request and answers 202 whatever the email; a reset token is then emailed when the account exists
         * @description Queues the request and answers 202 whatever the email; a reset token is then emailed when the account exists.
         */
        post: operations["Auth_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sets a new password with a reset token; every session of the user ends
         * @description Sets a new password with a reset token; every session of the user ends.
         */
        post: operations["Auth_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes the caller's password; every session ends (log in again with the new one)
         * @description Changes the caller's password; every session ends (log in again with the new one).
         */
        post: operations["Password_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active products with their active variants: full-text search, category (with its sub-categories), price range and stock filters, five sort orders, keyset pagination
         * @description Active products with their active variants: full-text search, category (with its sub-categories), price range and stock filters, five sort orders, keyset pagination.
         */
        get: operations["Products_list"];
        put?: never;
        /**
         * Creates a product and its variants; each variant's initial stock is entered in the ledger
         * @description Creates a product and its variants; each variant's initial stock is entered in the ledger.
         */
        post: operations["Products_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product with its variants, by id or slug
         * @description A product with its variants, by id or slug. Drafts and archived products are 404 unless the caller is an admin. Answers 304 when If-None-Match holds the current ETag.
         */
        get: operations["Products_get"];
        put?: never;
        post?: never;
        /**
         * Archives the product (it may be on past orders, so it is never deleted)
         * @description Archives the product (it may be on past orders, so it is never deleted).
         */
        delete: operations["Products_archive"];
        options?: never;
        head?: never;
        /**
         * Update a product (admin)
         * @description Update a product (admin).
         */
        patch: operations["Products_update"];
        trace?: never;
    };
    "/api/v1/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a variant to a product (admin)
         * @description Add a variant to a product (admin).
         */
        post: operations["Products_addVariant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/variants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a variant's SKU, name, options, price, weight or active flag
         * @description Changes a variant's SKU, name, options, price, weight or active flag. Stock changes go through inventory adjustments.
         */
        patch: operations["Variants_update"];
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The category tree
         * @description The category tree.
         */
        get: operations["Categories_tree"];
        put?: never;
        /**
         * Create a category (admin)
         * @description Create a category (admin).
         */
        post: operations["Categories_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a category by id or slug
         * @description Get a category by id or slug.
         */
        get: operations["Categories_get"];
        put?: never;
        post?: never;
        /**
         * Only an empty category can be deleted: one with products or sub-categories is a 409
         * @description Only an empty category can be deleted: one with products or sub-categories is a 409.
         */
        delete: operations["Categories_delete"];
        options?: never;
        head?: never;
        /**
         * Update a category (admin)
         * @description Update a category (admin).
         */
        patch: operations["Categories_update"];
        trace?: never;
    };
    "/api/v1/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes a variant's stock and writes the ledger entry; below zero is a 409 that changes nothing
         * @description Changes a variant's stock and writes the ledger entry; below zero is a 409 that changes nothing.
         */
        post: operations["Inventory_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A variant's ledger, newest first
         * @description A variant's ledger, newest first.
         */
        get: operations["Inventory_movements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active variants at or below the threshold, lowest stock first
         * @description Active variants at or below the threshold, lowest stock first.
         */
        get: operations["Inventory_lowStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Promotions, newest first (admin)
         * @description Promotions, newest first (admin).
         */
        get: operations["Promotions_list"];
        put?: never;
        /**
         * Creates a promotion (admin); `draft` unless `status` says otherwise
         * @description Creates a promotion (admin); `draft` unless `status` says otherwise.
         */
        post: operations["Promotions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One promotion (admin)
         * @description One promotion (admin).
         */
        get: operations["Promotions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a promotion (admin); null clears `code`, `endsAt` and the limits
         * @description Changes a promotion (admin); null clears `code`, `endsAt` and the limits.
         */
        patch: operations["Promotions_update"];
        trace?: never;
    };
    "/api/v1/promotions/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archives a promotion (admin): it stops applying; orders keep what they got
         * @description Archives a promotion (admin): it stops applying; orders keep what they got.
         */
        post: operations["Promotions_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promotion's redemptions, newest first (admin); released ones have `releasedAt`
         * @description The promotion's redemptions, newest first (admin); released ones have `releasedAt`.
         */
        get: operations["Promotions_redemptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's cart, priced live, with totals
         * @description The caller's cart, priced live, with totals.
         */
        get: operations["Cart_get"];
        put?: never;
        post?: never;
        /**
         * Empties the cart (the chosen shipping method stays)
         * @description Empties the cart (the chosen shipping method stays).
         */
        delete: operations["Cart_clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a variant, or more of it; 409 `insufficient_stock` beyond the stock
         * @description Adds a variant, or more of it; 409 `insufficient_stock` beyond the stock. With an `Idempotency-Key`, a retry replays the first answer instead of adding again.
         */
        post: operations["Cart_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes a line
         * @description Removes a line.
         */
        delete: operations["Cart_removeItem"];
        options?: never;
        head?: never;
        /**
         * Sets a line's quantity
         * @description Sets a line's quantity.
         */
        patch: operations["Cart_updateItem"];
        trace?: never;
    };
    "/api/v1/cart/shipping-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Chooses the shipping method by code
         * @description Chooses the shipping method by code.
         */
        put: operations["Cart_setShippingMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applies a promotion code
         * @description Applies a promotion code. 404 `promotion_not_found` for an unknown code or one not running; 409 `promotion_expired`, `promotion_exhausted`, `promotion_limit_reached` or `promotion_condition_not_met` (with `condition`) when it cannot apply to this cart.
         */
        post: operations["Cart_applyPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/promotions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Takes a promotion code off the cart; 404 `promotion_not_found` when the cart does not hold it
         * @description Takes a promotion code off the cart; 404 `promotion_not_found` when the cart does not hold it.
         */
        delete: operations["Cart_removePromotion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active shipping methods, cheapest first
         * @description The active shipping methods, cheapest first.
         */
        get: operations["ShippingMethods_list"];
        put?: never;
        /**
         * Adds a shipping method (admin)
         * @description Adds a shipping method (admin).
         */
        post: operations["ShippingMethods_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-methods/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a shipping method (admin); `active: false` withdraws it from carts
         * @description Changes a shipping method (admin); `active: false` withdraws it from carts.
         */
        patch: operations["ShippingMethods_update"];
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders, newest first: a customer's own; for admins all of them, filtered by `status`, `userId`, `from`, `to`
         * @description Orders, newest first: a customer's own; for admins all of them, filtered by `status`, `userId`, `from`, `to`.
         */
        get: operations["Orders_list"];
        put?: never;
        /**
         * Places an order from the caller's cart (its items and shipping method): stock is reserved, the cart emptied
         * @description Places an order from the caller's cart (its items and shipping method): stock is reserved, the cart emptied. 409 `cart_empty`, `insufficient_stock` (naming the variants), `item_unavailable` or `shipping_method_required`; nothing changes then.
         */
        post: operations["Orders_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order; another customer's order is a 404
         * @description One order; another customer's order is a 404.
         */
        get: operations["Orders_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order's status changes, oldest first
         * @description The order's status changes, oldest first.
         */
        get: operations["Orders_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels a `pending_payment` or `paid` order and gives its stock back; a paid order is then refunded in full
         * @description Cancels a `pending_payment` or `paid` order and gives its stock back; a paid order is then refunded in full. 409 `invalid_transition` from any other status.
         */
        post: operations["Orders_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks a paid order shipped (admin)
         * @description Marks a paid order shipped (admin).
         */
        post: operations["Orders_ship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks a shipped order delivered (admin)
         * @description Marks a shipped order delivered (admin).
         */
        post: operations["Orders_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order's payments, newest first (the owner or an admin)
         * @description The order's payments, newest first (the owner or an admin).
         */
        get: operations["Payments_listForOrder"];
        put?: never;
        /**
         * Pays the caller's order
         * @description Pays the caller's order. 201 with the payment (`succeeded`, or `requires_action` with a `nextAction`); a decline is a 402 whose `code` says why, and the order may be paid again. `paymentMethod: "store_credit"` pays it all with store credit; `useStoreCredit: true` with a card spends the credit first and charges the card the rest (the credit comes back if the card payment fails). Too little credit for `store_credit` is a 409 `insufficient_store_credit`. When the provider could not be reached and the payment was never confirmed there, 502 `payment_provider_unavailable`: nothing was charged, pay again. When the provider's answer was lost and it cannot say yet, 202 with the payment `processing`: the outcome is unknown for now; poll GET /payments/{id} (it is settled within PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS), and a new payment of the order is refused (409) meanwhile so it cannot be charged twice. After PAYMENT_MAX_FAILURES_PER_ORDER failed payments, 409 `payment_attempts_exhausted`. With no provider configured (PAYMENT_PROVIDER=none), 503 `payment_provider_not_configured`.
         */
        post: operations["Payments_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One payment (its order's owner or an admin)
         * @description One payment (its order's owner or an admin).
         */
        get: operations["Payments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refunds part (`amount`, or order lines as `items`: what was paid for them after discounts, with their tax) or all of a succeeded payment
         * @description Refunds part (`amount`, or order lines as `items`: what was paid for them after discounts, with their tax) or all of a succeeded payment. The refunds of a payment never sum past what was captured (409 `refund_exceeds_captured`).
         */
        post: operations["Payments_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Events from the payment provider
         * @description Events from the payment provider. Signed with `Storefront-Signature: t=<unix>,v1=<hex>` (HMAC-SHA256 of `t.body`); a bad or stale signature is a 400 and changes nothing. Each event is applied once; a duplicate answers 200 with `duplicate: true`.
         */
        post: operations["PaymentWebhooks_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order's returns, oldest first (its owner or an admin)
         * @description The order's returns, oldest first (its owner or an admin).
         */
        get: operations["Returns_listForOrder"];
        put?: never;
        /**
         * Asks to return delivered lines of the caller's order, within RETURN_WINDOW_DAYS of delivery
         * @description Asks to return delivered lines of the caller's order, within RETURN_WINDOW_DAYS of delivery. 409 `order_not_returnable` (not delivered), `return_window_closed`, or `return_quantity_exceeded` (more units than delivered and not already returned).
         */
        post: operations["Returns_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All returns, newest first, optionally in one `status` (admin)
         * @description All returns, newest first, optionally in one `status` (admin).
         */
        get: operations["Returns_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One return (its customer or an admin); anyone else's is a 404
         * @description One return (its customer or an admin); anyone else's is a 404.
         */
        get: operations["Returns_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approves a requested return (admin); 409 `invalid_transition` from any other status
         * @description Approves a requested return (admin); 409 `invalid_transition` from any other status.
         */
        post: operations["Returns_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rejects a requested return (admin): its units may be asked for again
         * @description Rejects a requested return (admin): its units may be asked for again. 409 `invalid_transition` from any other status.
         */
        post: operations["Returns_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks an approved return received (admin); each line's units go back into stock (a `return` stock movement) unless `restock` (or the line's own choice) is false
         * @description Marks an approved return received (admin); each line's units go back into stock (a `return` stock movement) unless `restock` (or the line's own choice) is false.
         */
        post: operations["Returns_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settles a received return (admin): what the customer paid for the returned units (after the lines' discounts, with their tax share) goes back to the original payment (`refund`) or to the customer's store credit (`store_credit`)
         * @description Settles a received return (admin): what the customer paid for the returned units (after the lines' discounts, with their tax share) goes back to the original payment (`refund`) or to the customer's store credit (`store_credit`). 502 `return_refund_failed` when the provider refuses the refund (the return stays received).
         */
        post: operations["Returns_settle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything Storefront keeps about the caller (profile, addresses, orders with their lines, payments and refunds without card data, returns, store credit with its ledger, sessions, security events, mails), as one JSON document
         * @description Everything Storefront keeps about the caller (profile, addresses, orders with their lines, payments and refunds without card data, returns, store credit with its ledger, sessions, security events, mails), as one JSON document. Recorded in the audit trail.
         */
        get: operations["Privacy_exportMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same document as `GET /users/me/export`, for one account, audited: administrators may export any account; for a customer any account but their own is 404, as if it did not exist
         * @description The same document as `GET /users/me/export`, for one account, audited: administrators may export any account; for a customer any account but their own is 404, as if it did not exist.
         */
        get: operations["Privacy_exportFor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/sandbox/authenticate/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stands in for the bank's 3-D Secure page: the `nextAction.url` of a sandbox payment, whose last segment is an unguessable token that works once (an unknown or spent one is a 404)
         * @description Stands in for the bank's 3-D Secure page: the `nextAction.url` of a sandbox payment, whose last segment is an unguessable token that works once (an unknown or spent one is a 404). The outcome reaches the payment through the sandbox's signed webhook, as with a real bank.
         */
        post: operations["Sandbox_authenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How much store credit the caller has and owes, per currency, and their credit movements, newest first (`limit`, `cursor`)
         * @description How much store credit the caller has and owes, per currency, and their credit movements, newest first (`limit`, `cursor`).
         */
        get: operations["StoreCredit_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's store-credit balance and movements: administrators may read any; for a customer any account but their own is 404, as if it did not exist
         * @description A customer's store-credit balance and movements: administrators may read any; for a customer any account but their own is 404, as if it did not exist.
         */
        get: operations["StoreCredit_of"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issues store credit to a customer or adjusts it, with a reason (admin, audited)
         * @description Issues store credit to a customer or adjusts it, with a reason (admin, audited). An adjustment below zero is a 409 `insufficient_store_credit`; nothing changes then.
         */
        post: operations["StoreCredit_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The security audit trail, newest first
         * @description The security audit trail, newest first.
         */
        get: operations["SecurityEvents_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthCheckStatusDto: {
            /** @enum {string} */
            status: "up" | "down";
            /**
             * Format: int64
             * @description How long the check took, in milliseconds (the database check).
             */
            responseTime?: number;
            /** @description Why the dependency is down. */
            message?: string;
        };
        HealthDto: {
            /**
             * @description `ok` when every checked dependency is up; `degraded` when Redis is down (the instance still serves).
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @description One entry per checked dependency (`database`, and `redis` when configured). */
            checks: {
                [key: string]: components["schemas"]["HealthCheckStatusDto"];
            };
        };
        FieldErrorDto: {
            /** @description The offending field, dotted for nested fields (`shippingAddress.country`). */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        StockShortageDto: {
            variantId: string;
            /**
             * Format: int64
             * @description `insufficient_stock`: the units asked for.
             */
            requested?: number;
            /**
             * Format: int64
             * @description `insufficient_stock`: the units there are.
             */
            available?: number;
            /**
             * Format: int64
             * @description `unpaid_units_limit`: the units the caller already holds in unpaid orders.
             */
            unpaid?: number;
        };
        RemainingCreditDto: {
            /** @description ISO 4217. */
            currency: string;
            /**
             * Format: int64
             * @description Minor units.
             */
            balance: number;
        };
        ProblemDto: {
            /** @description `validation_failed`: each invalid field and why. */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description `insufficient_stock`, `item_unavailable` and `unpaid_units_limit`: the variants concerned. */
            variants?: components["schemas"]["StockShortageDto"][];
            /** @description Promotion refusals: its code, null for an automatic promotion. */
            promotionCode?: string | null;
            /**
             * Format: date-time
             * @description `return_window_closed`: when the order was delivered.
             */
            deliveredAt?: string;
            /** @description `store_credit_remaining`: the credit left, per currency. */
            balances?: components["schemas"]["RemainingCreditDto"][];
            /** @description `return_refund_failed`: the provider's reason, when it gave one. */
            failureCode?: string | null;
            /** @description 503 from readiness: the state of each dependency. */
            checks?: {
                [key: string]: components["schemas"]["HealthCheckStatusDto"];
            };
            /** @description A URI naming the kind of problem: `urn:storefront:problem:<code>`. */
            type: string;
            /** @description A short summary of the status. */
            title: string;
            /**
             * Format: int64
             * @description The HTTP status code.
             */
            status: number;
            /** @description What went wrong, for humans. */
            detail: string;
            /** @description The path of the request that failed. */
            instance: string;
            /** @description A stable, machine-readable error code (e.g. `insufficient_stock`). */
            code: string;
            /** @description The request id, also in the `X-Request-Id` header and in the server log. */
            requestId?: string;
            /** @description A payment decline (402) and `payment_provider_unavailable`: the payment that was recorded. */
            paymentId?: string;
            /**
             * Format: int64
             * @description `payment_attempts_exhausted`: failed payments an order takes.
             */
            maxFailures?: number;
            /** @description `invalid_transition` and `authentication_not_required`: the status it is in. */
            currentStatus?: string;
            /** @description `order_not_payable` and `order_already_paid`: the order's status. */
            orderStatus?: string;
            /** @description `payment_not_refundable`: the payment's status. */
            paymentStatus?: string;
            /**
             * Format: int64
             * @description `unpaid_order_limit`: the caller's unpaid orders.
             */
            unpaidOrders?: number;
            /**
             * Format: int64
             * @description The limit that was reached: `cart_line_limit`, `total_too_large`, `unpaid_order_limit`,
             *     `unpaid_units_limit`.
             */
            limit?: number;
            /** @description Promotion refusals: the promotion concerned. */
            promotionId?: string;
            /** @description `promotion_condition_not_met`: the condition the cart does not meet. */
            condition?: string;
            /** @description `return_quantity_exceeded`: the order line asked for. */
            orderItemId?: string;
            /**
             * Format: int64
             * @description `return_quantity_exceeded`, `insufficient_store_credit`: the units or amount asked for.
             */
            requested?: number;
            /**
             * Format: int64
             * @description `return_quantity_exceeded`: the units of the line that can still be returned.
             */
            returnable?: number;
            /**
             * Format: int64
             * @description `insufficient_store_credit`: the credit there is, in minor units of `currency`.
             */
            available?: number;
            /** @description `insufficient_store_credit`: ISO 4217. */
            currency?: string;
            /**
             * Format: int64
             * @description `return_window_closed`: RETURN_WINDOW_DAYS.
             */
            returnWindowDays?: number;
        };
        PaymentDeclinedProblemDto: {
            /** @description `validation_failed`: each invalid field and why. */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description `insufficient_stock`, `item_unavailable` and `unpaid_units_limit`: the variants concerned. */
            variants?: components["schemas"]["StockShortageDto"][];
            /** @description Promotion refusals: its code, null for an automatic promotion. */
            promotionCode?: string | null;
            /**
             * Format: date-time
             * @description `return_window_closed`: when the order was delivered.
             */
            deliveredAt?: string;
            /** @description `store_credit_remaining`: the credit left, per currency. */
            balances?: components["schemas"]["RemainingCreditDto"][];
            /** @description `return_refund_failed`: the provider's reason, when it gave one. */
            failureCode?: string | null;
            /** @description 503 from readiness: the state of each dependency. */
            checks?: {
                [key: string]: components["schemas"]["HealthCheckStatusDto"];
            };
            /** @description The failed payment. */
            paymentId: string;
            /** @description A URI naming the kind of problem: `urn:storefront:problem:<code>`. */
            type: string;
            /** @description A short summary of the status. */
            title: string;
            /**
             * Format: int64
             * @description The HTTP status code.
             */
            status: number;
            /** @description What went wrong, for humans. */
            detail: string;
            /** @description The path of the request that failed. */
            instance: string;
            /** @description A stable, machine-readable error code (e.g. `insufficient_stock`). */
            code: string;
            /** @description The request id, also in the `X-Request-Id` header and in the server log. */
            requestId?: string;
            /**
             * Format: int64
             * @description `payment_attempts_exhausted`: failed payments an order takes.
             */
            maxFailures?: number;
            /** @description `invalid_transition` and `authentication_not_required`: the status it is in. */
            currentStatus?: string;
            /** @description `order_not_payable` and `order_already_paid`: the order's status. */
            orderStatus?: string;
            /** @description `payment_not_refundable`: the payment's status. */
            paymentStatus?: string;
            /**
             * Format: int64
             * @description `unpaid_order_limit`: the caller's unpaid orders.
             */
            unpaidOrders?: number;
            /**
             * Format: int64
             * @description The limit that was reached: `cart_line_limit`, `total_too_large`, `unpaid_order_limit`,
             *     `unpaid_units_limit`.
             */
            limit?: number;
            /** @description Promotion refusals: the promotion concerned. */
            promotionId?: string;
            /** @description `promotion_condition_not_met`: the condition the cart does not meet. */
            condition?: string;
            /** @description `return_quantity_exceeded`: the order line asked for. */
            orderItemId?: string;
            /**
             * Format: int64
             * @description `return_quantity_exceeded`, `insufficient_store_credit`: the units or amount asked for.
             */
            requested?: number;
            /**
             * Format: int64
             * @description `return_quantity_exceeded`: the units of the line that can still be returned.
             */
            returnable?: number;
            /**
             * Format: int64
             * @description `insufficient_store_credit`: the credit there is, in minor units of `currency`.
             */
            available?: number;
            /** @description `insufficient_store_credit`: ISO 4217. */
            currency?: string;
            /**
             * Format: int64
             * @description `return_window_closed`: RETURN_WINDOW_DAYS.
             */
            returnWindowDays?: number;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: email
             * @description Normalised: trimmed and lower-case.
             */
            email: string;
            name: string;
            roles: ("customer" | "admin")[];
            /** Format: date-time */
            createdAt: string;
        };
        UpdateProfileDto: {
            /** @description Display name, 1 to 200 characters. */
            name: string;
        };
        AdminUserDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: email
             * @description Normalised: trimmed and lower-case.
             */
            email: string;
            name: string;
            roles: ("customer" | "admin")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description A disabled user cannot log in and every token they hold stops working. */
            disabled: boolean;
        };
        AdminUserPageDto: {
            data: components["schemas"]["AdminUserDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        AdminUpdateUserDto: {
            /** @description The complete new set of roles (at least one). */
            roles?: ("customer" | "admin")[];
            /** @description Disabling revokes every session of the user at once. */
            disabled?: boolean;
        };
        AddressDto: {
            /** Format: uuid */
            id: string;
            fullName: string;
            line1: string;
            line2: string | null;
            city: string;
            postalCode: string;
            /**
             * @description ISO 3166-1 alpha-2 country code.
             * @example DE
             */
            country: string;
            phone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description At most one address per user is the default. */
            isDefault: boolean;
        };
        CreateAddressDto: {
            line2?: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code (e.g. DE, US).
             * @example DE
             */
            country: string;
            /** @description Digits, spaces, dashes, parentheses and a leading +. */
            phone?: string | null;
            fullName: string;
            line1: string;
            city: string;
            postalCode: string;
            /** @description Make this the default address (the previous default stops being one). */
            isDefault?: boolean;
        };
        UpdateAddressDto: {
            line2?: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code (e.g. DE, US).
             * @example DE
             */
            country?: string;
            /** @description Digits, spaces, dashes, parentheses and a leading +. */
            phone?: string | null;
            fullName?: string;
            line1?: string;
            city?: string;
            postalCode?: string;
            /** @description Make this the default address (the previous default stops being one). */
            isDefault?: boolean;
        };
        RegisterDto: {
            /**
             * @description Stored trimmed and lower-case; must be unique.
             * @example ada@example.com
             */
            email: string;
            /**
             * Format: password
             * @description 12 to 128 characters, not a common password.
             */
            password: string;
            /**
             * @description Display name.
             * @example Ada Lovelace
             */
            name: string;
        };
        LoginDto: {
            email: string;
            /** Format: password */
            password: string;
        };
        TokenPairDto: {
            /** @description Short-lived JWT for the Authorization header. */
            accessToken: string;
            /** @description Opaque, single-use; exchange it at /auth/refresh for a new pair. */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /**
             * Format: int32
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
        };
        RefreshTokenDto: {
            /** @description The refresh token from the last login or refresh; each one works once. */
            refreshToken: string;
        };
        ForgotPasswordDto: {
            email: string;
        };
        ResetPasswordDto: {
            /** @description The token from the reset email (valid 30 minutes, once). */
            token: string;
            /**
             * Format: password
             * @description The new password: 12 to 128 characters, not a common password.
             */
            password: string;
        };
        ChangePasswordDto: {
            /** Format: password */
            currentPassword: string;
            /**
             * Format: password
             * @description 12 to 128 characters, not a common password.
             */
            newPassword: string;
        };
        PriceRangeDto: {
            /**
             * Format: int64
             * @description The lowest active variant price, minor units.
             */
            min: number;
            /**
             * Format: int64
             * @description The highest active variant price, minor units.
             */
            max: number;
        };
        VariantDto: {
            /** @description The choices that tell this variant apart, e.g. `{ "size": "M", "color": "red" }`. */
            options: {
                [key: string]: string;
            };
            /** Format: int64 */
            weightGrams: number | null;
            id: string;
            productId: string;
            sku: string;
            name: string;
            /**
             * Format: int64
             * @description Minor units of `currency` (1999 = 19.99).
             */
            price: number;
            /** @description ISO 4217, the store's currency. */
            currency: string;
            /** Format: int64 */
            stock: number;
            active: boolean;
        };
        ProductDto: {
            /** Format: uuid */
            categoryId: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            /** @description Free key/value pairs, e.g. `{ "material": "cotton" }`. */
            attributes: {
                [key: string]: string;
            };
            /** @description Over the active variants; null when the product has none. */
            priceRange: components["schemas"]["PriceRangeDto"] | null;
            id: string;
            name: string;
            slug: string;
            description: string;
            /** @description Image URLs, the first is the main one. */
            images: string[];
            /** @description ISO 4217, the store's currency. */
            currency: string;
            /** @description Whether any active variant has stock. */
            inStock: boolean;
            /** @description The active variants (all of them for an admin's single-product read). */
            variants: components["schemas"]["VariantDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProductPageDto: {
            data: components["schemas"]["ProductDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        CreateVariantDto: {
            options?: {
                [key: string]: string;
            };
            /** @description Unique across the catalog. */
            sku: string;
            /** @description Defaults to the option values joined ("M / red"), or the SKU. */
            name?: string;
            /**
             * Format: int32
             * @description Minor units of the store currency, 0 or more.
             */
            price: number;
            /**
             * Format: int32
             * @description Initial stock, recorded in the ledger as a restock. Default 0.
             */
            stock?: number;
            /** Format: int32 */
            weightGrams?: number;
            /** @description Default true. */
            active?: boolean;
        };
        CreateProductDto: {
            attributes?: {
                [key: string]: string;
            };
            name: string;
            /** @description Lowercase words joined by hyphens; generated from the name when absent. */
            slug?: string;
            description?: string;
            /** Format: uuid */
            categoryId?: string;
            /**
             * @description Default `draft`: not visible to customers until `active`.
             * @enum {string}
             */
            status?: "draft" | "active" | "archived";
            images?: string[];
            /** @description One or more variants, created with the product. */
            variants: components["schemas"]["CreateVariantDto"][];
        };
        UpdateProductDto: {
            /**
             * Format: uuid
             * @description null removes the product from its category.
             */
            categoryId?: string | null;
            attributes?: {
                [key: string]: string;
            };
            name?: string;
            slug?: string;
            description?: string;
            /** @enum {string} */
            status?: "draft" | "active" | "archived";
            images?: string[];
        };
        UpdateVariantDto: {
            options?: {
                [key: string]: string;
            };
            /** Format: int32 */
            weightGrams?: number | null;
            sku?: string;
            name?: string;
            /** Format: int32 */
            price?: number;
            active?: boolean;
        };
        CategoryTreeNodeDto: {
            /** Format: uuid */
            parentId: string | null;
            children: components["schemas"]["CategoryTreeNodeDto"][];
            id: string;
            name: string;
            slug: string;
            /**
             * Format: int64
             * @description Order among its siblings, ascending.
             */
            position: number;
        };
        CategoryDto: {
            /** Format: uuid */
            parentId: string | null;
            id: string;
            name: string;
            slug: string;
            /**
             * Format: int64
             * @description Order among its siblings, ascending.
             */
            position: number;
        };
        CreateCategoryDto: {
            name: string;
            /** @description Lowercase words joined by hyphens; generated from the name when absent. */
            slug?: string;
            /**
             * Format: uuid
             * @description The parent category; absent for a top-level category.
             */
            parentId?: string;
            /** Format: int32 */
            position?: number;
        };
        UpdateCategoryDto: {
            /**
             * Format: uuid
             * @description The new parent; null moves the category to the top level.
             */
            parentId?: string | null;
            name?: string;
            slug?: string;
            /** Format: int32 */
            position?: number;
        };
        CreateStockAdjustmentDto: {
            /**
             * @description `restock` and `return` add stock; `adjustment` corrects it either way.
             * @enum {string}
             */
            reason: "restock" | "adjustment" | "return";
            /** Format: uuid */
            variantId: string;
            /**
             * Format: int32
             * @description Units to add (positive) or remove (negative); never zero.
             */
            delta: number;
            /** @description Free text, e.g. a delivery note or stock-take id. */
            reference?: string;
        };
        StockMovementDto: {
            /** @enum {string} */
            reason: "restock" | "adjustment" | "sale" | "cancellation" | "return";
            reference: string | null;
            /** Format: uuid */
            actorId: string | null;
            id: string;
            variantId: string;
            /**
             * Format: int64
             * @description Units added (positive) or removed (negative).
             */
            delta: number;
            /** Format: date-time */
            createdAt: string;
        };
        StockAdjustmentResultDto: {
            movement: components["schemas"]["StockMovementDto"];
            /**
             * Format: int64
             * @description The variant's stock after the adjustment.
             */
            stock: number;
        };
        StockMovementPageDto: {
            data: components["schemas"]["StockMovementDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        LowStockItemDto: {
            variantId: string;
            productId: string;
            productName: string;
            sku: string;
            variantName: string;
            /** Format: int64 */
            stock: number;
        };
        LowStockItemPageDto: {
            data: components["schemas"]["LowStockItemDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ContainsConditionDto: {
            productIds?: string[];
            variantIds?: string[];
            /** @description Products whose own category is one of these (sub-categories are not included). */
            categoryIds?: string[];
            /**
             * Format: int32
             * @description Matching units the cart must hold, at least 1 (the default).
             */
            minQuantity?: number;
        };
        PromotionConditionsDto: {
            /**
             * Format: int32
             * @description The cart's subtotal before discounts is at least this (minor units).
             */
            minSubtotal?: number | null;
            /** @description The cart holds matching items. */
            contains?: components["schemas"]["ContainsConditionDto"] | null;
            /** @description The customer is signed in. */
            signedIn?: boolean;
            /** @description The customer has placed no order yet (cancelled orders do not count). */
            firstOrder?: boolean;
        };
        PromotionTargetDto: {
            productIds?: string[];
            variantIds?: string[];
            /** @description Products whose own category is one of these (sub-categories are not included). */
            categoryIds?: string[];
        };
        PromotionActionDto: {
            /** @enum {string} */
            type: "percentage_off_order" | "percentage_off_items" | "fixed_off_order" | "fixed_off_unit" | "free_shipping" | "buy_x_get_y";
            /**
             * Format: int32
             * @description For `percentage_off_order` and `percentage_off_items`: 1 to 100.
             */
            percentOff?: number | null;
            /**
             * Format: int32
             * @description For `fixed_off_order` (off the order) and `fixed_off_unit` (off each matching unit), minor units.
             */
            amountOff?: number | null;
            /** @description For `percentage_off_items`, `fixed_off_unit` and `buy_x_get_y`: the lines it applies to. */
            target?: components["schemas"]["PromotionTargetDto"] | null;
            /**
             * Format: int32
             * @description For `buy_x_get_y`: units to buy.
             */
            buyQuantity?: number | null;
            /**
             * Format: int32
             * @description For `buy_x_get_y`: units then free (the cheapest matching ones).
             */
            getQuantity?: number | null;
        };
        CreatePromotionDto: {
            /**
             * @description Letters, digits, `-`, `_`; matched case-insensitively. Leave out for an automatic promotion.
             * @example WELCOME10
             */
            code?: string | null;
            /**
             * @description `draft` (the default) until it should run.
             * @enum {string}
             */
            status?: "draft" | "active" | "archived";
            /**
             * Format: date-time
             * @description When it starts (ISO 8601); now when left out.
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description When it ends (ISO 8601, exclusive); null or absent: never.
             */
            endsAt?: string | null;
            /**
             * Format: int32
             * @description Redemptions in all; null or absent: unlimited.
             */
            usageLimit?: number | null;
            /**
             * Format: int32
             * @description Redemptions per customer, 1 to 100; null or absent: unlimited.
             */
            usageLimitPerCustomer?: number | null;
            conditions?: components["schemas"]["PromotionConditionsDto"];
            action: components["schemas"]["PromotionActionDto"];
            name: string;
            /** @description Whether it stacks with other promotions (true by default). */
            combinable?: boolean;
            /** @description Whether cancelling or fully refunding an order gives the redemption back (true by default). */
            releaseOnCancel?: boolean;
        };
        ContainsConditionViewDto: {
            productIds: string[];
            variantIds: string[];
            categoryIds: string[];
            /** Format: int64 */
            minQuantity: number;
        };
        PromotionConditionsViewDto: {
            /** Format: int64 */
            minSubtotal: number | null;
            /** @description The cart holds matching items; null: no such condition. */
            contains: components["schemas"]["ContainsConditionViewDto"] | (never | null);
            signedIn: boolean;
            firstOrder: boolean;
        };
        PromotionTargetViewDto: {
            productIds: string[];
            variantIds: string[];
            categoryIds: string[];
        };
        PromotionActionViewDto: {
            /** @enum {string} */
            type: "percentage_off_order" | "percentage_off_items" | "fixed_off_order" | "fixed_off_unit" | "free_shipping" | "buy_x_get_y";
            /** Format: int64 */
            percentOff: number | null;
            /** Format: int64 */
            amountOff: number | null;
            /** Format: int64 */
            buyQuantity: number | null;
            /** Format: int64 */
            getQuantity: number | null;
            /** @description The lines an item action applies to; null for order and shipping actions. */
            target: components["schemas"]["PromotionTargetViewDto"] | (never | null);
        };
        PromotionDto: {
            /** Format: uuid */
            id: string;
            /** @description Upper-case; null for an automatic promotion. */
            code: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string | null;
            /** Format: int64 */
            usageLimit: number | null;
            /** Format: int64 */
            usageLimitPerCustomer: number | null;
            /**
             * Format: int64
             * @description Live redemptions counted against `usageLimit`; null while there is no limit (see the redemptions list).
             */
            used: number | null;
            conditions: components["schemas"]["PromotionConditionsViewDto"];
            action: components["schemas"]["PromotionActionViewDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            combinable: boolean;
            releaseOnCancel: boolean;
        };
        PromotionPageDto: {
            data: components["schemas"]["PromotionDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdatePromotionDto: {
            /**
             * @description Letters, digits, `-`, `_`; matched case-insensitively. Leave out for an automatic promotion.
             * @example WELCOME10
             */
            code?: string | null;
            /**
             * @description `draft` (the default) until it should run.
             * @enum {string}
             */
            status?: "draft" | "active" | "archived";
            /**
             * Format: date-time
             * @description When it starts (ISO 8601); now when left out.
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description When it ends (ISO 8601, exclusive); null or absent: never.
             */
            endsAt?: string | null;
            /**
             * Format: int32
             * @description Redemptions in all; null or absent: unlimited.
             */
            usageLimit?: number | null;
            /**
             * Format: int32
             * @description Redemptions per customer, 1 to 100; null or absent: unlimited.
             */
            usageLimitPerCustomer?: number | null;
            conditions?: components["schemas"]["PromotionConditionsDto"];
            action?: components["schemas"]["PromotionActionDto"];
            name?: string;
            /** @description Whether it stacks with other promotions (true by default). */
            combinable?: boolean;
            /** @description Whether cancelling or fully refunding an order gives the redemption back (true by default). */
            releaseOnCancel?: boolean;
        };
        PromotionRedemptionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            promotionId: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            userId: string;
            /**
             * Format: date-time
             * @description When a cancellation or full refund gave it back; null while it counts.
             */
            releasedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: int64
             * @description Taken off the order's items (minor units).
             */
            discount: number;
            /**
             * Format: int64
             * @description Taken off its shipping (minor units).
             */
            shippingDiscount: number;
        };
        PromotionRedemptionPageDto: {
            data: components["schemas"]["PromotionRedemptionDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ShippingMethodDto: {
            /** @example standard */
            code: string;
            /** @example Standard delivery */
            name: string;
            /**
             * Format: int64
             * @description Price in minor units of the store currency.
             * @example 500
             */
            price: number;
            /**
             * Format: int64
             * @description Shipping is free when the cart subtotal reaches this amount; null: never free.
             * @example 5000
             */
            freeOver: number | null;
            /**
             * Format: int64
             * @example 5
             */
            estimatedDays: number;
            /** @description Inactive methods are hidden from customers and cannot be chosen. */
            active: boolean;
        };
        CartItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            variantId: string;
            /** Format: uuid */
            productId: string;
            /** Format: int32 */
            quantity: number;
            productName: string;
            variantName: string;
            sku: string;
            /**
             * Format: int64
             * @description The variant's current price (minor units); carts never freeze prices.
             */
            unitPrice: number;
            /**
             * Format: int64
             * @description unitPrice × quantity.
             */
            lineTotal: number;
            /**
             * Format: int64
             * @description This line's share of the promotions' discounts (minor units).
             */
            discount: number;
            /** @description False when the variant was archived or has less stock than the quantity: checkout would refuse it. */
            available: boolean;
        };
        CartPromotionDto: {
            /** Format: uuid */
            promotionId: string;
            /** @description The code the customer entered; null for an automatic promotion. */
            code: string | null;
            /**
             * @description Why it does not apply; null when it does. Checkout refuses with this code (but `promotion_not_combinable`: a better offer won).
             * @enum {string|null}
             */
            reason: "promotion_inactive" | "promotion_expired" | "promotion_exhausted" | "promotion_limit_reached" | "promotion_condition_not_met" | "promotion_not_combinable" | null;
            name: string;
            /** @description False when the code does not apply now; `reason` says why. */
            applied: boolean;
            /**
             * Format: int64
             * @description Taken off the items (minor units).
             */
            discount: number;
            /**
             * Format: int64
             * @description Taken off the shipping (minor units).
             */
            shippingDiscount: number;
        };
        CartDto: {
            /** Format: uuid */
            id: string;
            items: components["schemas"]["CartItemDto"][];
            /** @description Promotions applied (automatic ones and codes), then entered codes that do not apply. */
            promotions: components["schemas"]["CartPromotionDto"][];
            /** @example USD */
            currency: string;
            /** @description The chosen method, or null while none is chosen. */
            shippingMethod: components["schemas"]["ShippingMethodDto"] | (never | null);
            /**
             * Format: int64
             * @description Units in the cart (sum of quantities).
             */
            itemCount: number;
            /**
             * Format: int64
             * @description Sum of the line totals, minor units.
             */
            subtotal: number;
            /**
             * Format: int64
             * @description Taken off the items by promotions: the sum of the lines' discounts.
             */
            discount: number;
            /**
             * Format: int64
             * @description The chosen method's price, 0 when the subtotal (before discounts) reaches its `freeOver`
             *     or none is chosen, less any free-shipping promotion.
             */
            shipping: number;
            /**
             * Format: int64
             * @description Store rate on subtotal − discount + shipping, rounded half-up once.
             */
            tax: number;
            /**
             * Format: int64
             * @description subtotal − discount + shipping + tax.
             */
            total: number;
        };
        AddCartItemDto: {
            /** Format: uuid */
            variantId: string;
            /**
             * Format: int32
             * @description 1 to 99; added to the line when the variant is already in the cart.
             */
            quantity: number;
        };
        UpdateCartItemDto: {
            /**
             * Format: int32
             * @description The line's new quantity, 1 to 99.
             */
            quantity: number;
        };
        SetCartShippingMethodDto: {
            /** @description The code of an active shipping method. */
            code: string;
        };
        ApplyPromotionCodeDto: {
            /** @description The code, in any case. */
            code: string;
        };
        CreateShippingMethodDto: {
            /**
             * @description Lower-case letters, digits, `-` and `_`; the method's stable identifier.
             * @example next-day
             */
            code: string;
            /**
             * Format: int32
             * @description Free shipping from this subtotal on; null or absent: never free.
             */
            freeOver?: number | null;
            name: string;
            /**
             * Format: int32
             * @description Minor units of the store currency.
             */
            price: number;
            /** Format: int32 */
            estimatedDays: number;
            active?: boolean;
        };
        UpdateShippingMethodDto: {
            /**
             * Format: int32
             * @description Free shipping from this subtotal on; null or absent: never free.
             */
            freeOver?: number | null;
            name?: string;
            /**
             * Format: int32
             * @description Minor units of the store currency.
             */
            price?: number;
            /** Format: int32 */
            estimatedDays?: number;
            active?: boolean;
        };
        ShippingAddressInputDto: {
            line2?: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code (e.g. DE, US).
             * @example DE
             */
            country: string;
            /** @description Digits, spaces, dashes, parentheses and a leading +. */
            phone?: string | null;
            fullName: string;
            line1: string;
            city: string;
            postalCode: string;
        };
        PlaceOrderDto: {
            /**
             * Format: uuid
             * @description One of the caller's saved addresses; or give `shippingAddress` instead (not both).
             */
            shippingAddressId?: string;
            /** @description An address for this order only; or give `shippingAddressId` instead. */
            shippingAddress?: components["schemas"]["ShippingAddressInputDto"];
        } & (unknown | unknown);
        OrderShippingMethodDto: {
            code: string;
            name: string;
        };
        OrderItemDto: {
            /**
             * Format: uuid
             * @description The order line's id (what a return names as `orderItemId`).
             */
            id: string;
            /** Format: uuid */
            variantId: string;
            /** Format: uuid */
            productId: string;
            /** @description Names, SKU and price as they were when the order was placed. */
            productName: string;
            variantName: string;
            sku: string;
            /** Format: int64 */
            unitPrice: number;
            /** Format: int64 */
            quantity: number;
            /** Format: int64 */
            lineTotal: number;
            /**
             * Format: int64
             * @description This line's share of the promotions' discounts: lineTotal − discount is what was paid before tax.
             */
            discount: number;
        };
        OrderPromotionDto: {
            /** Format: uuid */
            promotionId: string;
            code: string | null;
            name: string;
            /** Format: int64 */
            discount: number;
            /** Format: int64 */
            shippingDiscount: number;
        };
        ShippingAddressDto: {
            line2: string | null;
            /** @example DE */
            country: string;
            phone: string | null;
            fullName: string;
            line1: string;
            city: string;
            postalCode: string;
        };
        OrderDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Human-readable and unique, e.g. SF-001234.
             * @example SF-001234
             */
            number: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            status: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
            items: components["schemas"]["OrderItemDto"][];
            /** @description The promotions the order used, as they were at checkout. */
            promotions: components["schemas"]["OrderPromotionDto"][];
            /** @example USD */
            currency: string;
            shippingAddress: components["schemas"]["ShippingAddressDto"];
            carrier: string | null;
            trackingNumber: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description How it ships; null only for orders placed without one. */
            shippingMethod: components["schemas"]["OrderShippingMethodDto"] | (never | null);
            /** Format: int64 */
            subtotal: number;
            /**
             * Format: int64
             * @description Taken off the items by promotions: the sum of the lines' discounts.
             */
            discount: number;
            /**
             * Format: int64
             * @description Charged for shipping, after any free-shipping promotion.
             */
            shipping: number;
            /**
             * Format: int64
             * @description Tax on subtotal − discount + shipping at the store rate, rounded half-up once.
             */
            tax: number;
            /**
             * Format: int64
             * @description subtotal − discount + shipping + tax.
             */
            total: number;
        };
        OrderPageDto: {
            data: components["schemas"]["OrderDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        OrderStatusChangeDto: {
            /** @enum {string|null} */
            from: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "refunded" | "partially_refunded" | null;
            /** @enum {string} */
            to: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
            /** Format: uuid */
            actorId: string | null;
            note: string | null;
            /** Format: date-time */
            at: string;
        };
        CancelOrderDto: {
            /** @description Why the order is cancelled (kept in the order history). */
            reason?: string;
        };
        ShipOrderDto: {
            carrier?: string;
            trackingNumber?: string;
        };
        CreatePaymentDto: {
            /**
             * @description A payment-method token from the provider's client-side library (the sandbox takes Stripe's
             *     test tokens, e.g. `pm_card_visa`), or `store_credit` to pay the whole order with the
             *     customer's store credit. Never a card number.
             * @example pm_card_visa
             */
            paymentMethod: string;
            /**
             * @description With a card `paymentMethod`: spend the customer's store credit first (up to the order's
             *     total) and charge the card only for the rest. Ignored with `store_credit`.
             * @example false
             */
            useStoreCredit?: boolean;
        };
        PaymentDto: {
            /**
             * Format: int64
             * @description The part of `amount` paid with store credit; the card paid the rest.
             * @example 0
             */
            creditAmount: number;
            /** @enum {string} */
            status: "requires_action" | "processing" | "succeeded" | "failed" | "cancelled";
            /** @description Why the payment failed (`card_declined`, `insufficient_funds`, ...); null otherwise. */
            failureCode: string | null;
            /** @description Present while the payment is `requires_action`. */
            nextAction?: {
                /**
                 * @description What the customer must do.
                 * @enum {string}
                 */
                type: "redirect_to_url";
                /** @description Where the customer completes authentication (3-D Secure). */
                url: string;
            } | null;
            /** @description Brand and last four digits, e.g. "visa •••• 4242". */
            paymentMethodDescription: string | null;
            /** @example 7f1c1a9e-3d0b-4b8e-9d55-0c6f2f1b8a10 */
            id: string;
            orderId: string;
            /**
             * Format: int64
             * @description Integer minor units.
             * @example 2599
             */
            amount: number;
            /**
             * @description ISO 4217.
             * @example USD
             */
            currency: string;
            /**
             * Format: int64
             * @description Integer minor units refunded or being refunded.
             */
            refundedAmount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PaymentPageDto: {
            data: components["schemas"]["PaymentDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        RefundItemDto: {
            /**
             * Format: uuid
             * @description A variant on the order.
             */
            variantId: string;
            /**
             * Format: int32
             * @description Units of it to refund, up to the quantity bought.
             */
            quantity: number;
        };
        CreateRefundDto: {
            /**
             * Format: int32
             * @description Integer minor units; omit (and `items`) to refund everything not yet refunded.
             * @example 500
             */
            amount?: number;
            /**
             * @description Instead of `amount`: order lines to refund. Each gives back what was paid for those units:
             *     the line total less its promotion discount, with its share of the tax.
             */
            items?: components["schemas"]["RefundItemDto"][];
            /** @description Why the money goes back (kept for finance). */
            reason?: string;
        };
        RefundDto: {
            /**
             * Format: int64
             * @description The part of `amount` given back as store credit; the provider refunds the rest.
             * @example 0
             */
            creditAmount: number;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            reason: string | null;
            failureCode: string | null;
            id: string;
            paymentId: string;
            /**
             * Format: int64
             * @description Integer minor units.
             */
            amount: number;
            currency: string;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookAckDto: {
            /** @description Always true once the signature held. */
            received: boolean;
            /** @description True when the event had already been processed (nothing was done again). */
            duplicate: boolean;
        };
        ReturnItemRequestDto: {
            /**
             * Format: uuid
             * @description A line of the order (`items[].id` of the order).
             */
            orderItemId: string;
            /**
             * Format: int32
             * @description Units of the line to send back.
             * @example 1
             */
            quantity: number;
            /**
             * @description Why (free text, shown to the shop).
             * @example Too small
             */
            reason: string;
        };
        CreateReturnDto: {
            /** @description The delivered lines to send back, each at most once. */
            items: components["schemas"]["ReturnItemRequestDto"][];
        };
        ReturnItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderItemId: string;
            /**
             * Format: int64
             * @example 1
             */
            quantity: number;
            /** @example Too small */
            reason: string;
            /** @description Whether the units went back into stock when the return was received. */
            restocked: boolean;
        };
        ReturnStatusChangeDto: {
            /**
             * @example requested
             * @enum {string|null}
             */
            from: "requested" | "approved" | "rejected" | "received" | "refunded" | "credited" | null;
            /**
             * @example approved
             * @enum {string}
             */
            to: "requested" | "approved" | "rejected" | "received" | "refunded" | "credited";
            /** Format: uuid */
            actorId: string | null;
            /** @example 2026-12-04T17:00:00.000Z */
            at: string;
        };
        ReturnDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            userId: string;
            /**
             * @example requested
             * @enum {string}
             */
            status: "requested" | "approved" | "rejected" | "received" | "refunded" | "credited";
            /**
             * Format: int64
             * @description What went back (refunded or credited), in minor units; null until settled.
             * @example null
             */
            settledAmount: number | null;
            /**
             * Format: uuid
             * @description The refund to the original payment, when settled that way.
             * @example null
             */
            refundId: string | null;
            items: components["schemas"]["ReturnItemDto"][];
            history: components["schemas"]["ReturnStatusChangeDto"][];
            /** @example USD */
            currency: string;
            /** @example 2026-12-04T17:00:00.000Z */
            createdAt: string;
            /** @example 2026-12-04T17:00:00.000Z */
            updatedAt: string;
        };
        ReturnPageDto: {
            data: components["schemas"]["ReturnDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ReceiveReturnItemDto: {
            /** Format: uuid */
            returnItemId: string;
            /** @description Whether this line's units go back into stock. */
            restock: boolean;
        };
        ReceiveReturnDto: {
            /** @description Per-line choices, overriding `restock`. */
            items?: components["schemas"]["ReceiveReturnItemDto"][];
            /**
             * @description Whether the returned units go back into stock (default true), for every line not named
             *     in `items`.
             * @example true
             */
            restock?: boolean;
        };
        SettleReturnDto: {
            /**
             * @description `refund`: to the order's original payment; `store_credit`: to the customer's balance.
             * @example refund
             * @enum {string}
             */
            method: "refund" | "store_credit";
        };
        SessionExportDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Why it ended: `logout`, `logout_all`, `password_changed`, ... */
            revokedReason: string | null;
        };
        SecurityEventDto: {
            /**
             * Format: uuid
             * @example 3f1c9a3e-8a3b-4c47-9a55-6d0f7b1b2c11
             */
            id: string;
            /** @enum {string} */
            type: "login_succeeded" | "login_failed" | "login_locked" | "refresh_token_reused" | "access_denied" | "password_changed" | "password_reset_requested" | "user_disabled" | "role_changed" | "personal_data_exported" | "account_erased" | "store_credit_changed";
            /**
             * Format: uuid
             * @description The account concerned, when known.
             */
            userId: string | null;
            /** @description The client IP (as seen through the trusted proxies). */
            ip: string | null;
            /** @description Event-specific context (never secrets). */
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
        };
        NotificationExportDto: {
            /** Format: uuid */
            id: string;
            /** @example auth.password_reset */
            topic: string;
            subject: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        CreditTransactionDto: {
            /**
             * @example issued
             * @enum {string}
             */
            type: "issued" | "spent" | "released" | "expired" | "adjusted";
            /**
             * Format: int64
             * @description Signed, in minor units: positive adds to the balance.
             * @example 1500
             */
            amount: number;
            /**
             * @description The admin's reason for an issue or adjustment; null otherwise.
             * @example null
             */
            reason: string | null;
            /** @example 6f1c2f9e-3b1a-4c55-9a55-0c1f7b3a9d10 */
            id: string;
            /** @example USD */
            currency: string;
            /**
             * @description What caused it: `payment:<id>`, `return:<id>`, `refund:<id>`, `admin:<id>` or
             *     `erasure:<user id>` (credit forfeited when an admin erased the account).
             * @example return:0b8f4a8e-1d55-4f3c-8d0e-2a1e5b9f7c11
             */
            reference: string;
            /** @example 2026-12-04T17:00:00.000Z */
            createdAt: string;
        };
        StoreCreditExportDto: {
            /**
             * Format: int64
             * @description Store credit available, in minor units (the sum of `movements`).
             * @example 1500
             */
            balance: number;
            /** @description Every movement in this currency, oldest first. */
            movements: components["schemas"]["CreditTransactionDto"][];
            /** @example USD */
            currency: string;
        };
        PersonalDataExportDto: {
            /** Format: date-time */
            exportedAt: string;
            profile: components["schemas"]["UserDto"];
            addresses: components["schemas"]["AddressDto"][];
            /** @description Every order with its lines, oldest first. */
            orders: components["schemas"]["OrderDto"][];
            /** @description Every payment of those orders, oldest first. */
            payments: components["schemas"]["PaymentDto"][];
            refunds: components["schemas"]["RefundDto"][];
            sessions: components["schemas"]["SessionExportDto"][];
            /** @description The security audit trail about the account (logins, password changes, ...), oldest first. */
            securityEvents: components["schemas"]["SecurityEventDto"][];
            /** @description Messages sent or queued to the account's email. */
            notifications: components["schemas"]["NotificationExportDto"][];
            /** @description Every return of the customer's orders with its items, reasons and status history, oldest first. */
            returns: components["schemas"]["ReturnDto"][];
            /** @description Store credit per currency: the balance and every ledger movement. */
            storeCredit: components["schemas"]["StoreCreditExportDto"][];
        };
        EraseMyAccountDto: {
            /**
             * Format: password
             * @description The account's current password, to confirm.
             */
            password: string;
        };
        SandboxAuthenticateDto: {
            /**
             * @description The customer's answer to the bank's challenge.
             * @enum {string}
             */
            outcome: "succeed" | "fail";
        };
        SandboxAuthenticationResultDto: {
            /**
             * @description The sandbox intent's status after the challenge; the webhook brings it to the payment.
             * @enum {string}
             */
            status: "requires_confirmation" | "requires_action" | "processing" | "succeeded" | "failed" | "cancelled";
            /** @description Our payment id. */
            paymentId: string;
        };
        CreditBalanceDto: {
            /**
             * Format: int64
             * @description Store credit available, in minor units (never negative).
             * @example 1500
             */
            balance: number;
            /**
             * Format: int64
             * @description What the customer owes: the totals of their orders awaiting payment.
             * @example 0
             */
            owed: number;
            /** @example USD */
            currency: string;
        };
        CreditTransactionPageDto: {
            data: components["schemas"]["CreditTransactionDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        CreditAccountDto: {
            balances: components["schemas"]["CreditBalanceDto"][];
            /** @description Newest first; page with `limit` and `cursor`. */
            movements: components["schemas"]["CreditTransactionPageDto"];
        };
        CreditChangeDto: {
            /**
             * @description `issue` gives credit (amount > 0); `adjust` corrects it either way (never below zero).
             * @example issue
             * @enum {string}
             */
            kind: "issue" | "adjust";
            /**
             * Format: int32
             * @example 1500
             */
            amount: number;
            /**
             * @description ISO 4217.
             * @example USD
             */
            currency: string;
            /**
             * @description Why, for the audit trail (kept on the ledger row).
             * @example Goodwill: late delivery
             */
            reason: string;
        };
        SecurityEventPageDto: {
            data: components["schemas"]["SecurityEventDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id (echoed from the request when sane, generated otherwise). */
        "X-Request-Id": string;
        /** @description `true` when this response is the saved response of an earlier request with the same Idempotency-Key, replayed instead of acting again. */
        "Idempotent-Replayed": "true";
        /** @description A strong validator that changes whenever the body would; send it back in If-None-Match. */
        ETag: string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description Requests allowed per window for this client (authentication routes: -auth suffix). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the current window resets. */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Privacy_eraseMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseMyAccountDto"];
            };
        };
        responses: {
            /** @description Erased; the access token no longer works */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                /** @description Only users whose email contains this text (case-insensitive). */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Privacy_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased (or already erased) */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Addresses_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressDto"][];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Addresses_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAddressDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Addresses_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Addresses_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Addresses_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAddressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session ended */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description If the account exists, a reset email is on its way */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Password_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Products_list: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                /** @description `true`: only products with an active variant in stock. */
                inStock?: "true" | "false";
                /** @description `relevance` (needs `q`; the default with `q`; ranks the first 200 matches found), `price`/`-price` (lowest active variant price), `name`, `-createdAt` (newest first; the default without `q`). */
                sort?: "relevance" | "price" | "-price" | "name" | "-createdAt";
                /** @description Full-text search over name and description (web-search syntax: words, "phrases", -not). */
                q?: string;
                /** @description Only products in this category or any of its sub-categories. */
                categoryId?: string;
                /** @description Products with an active variant priced at least this (minor units). */
                minPrice?: number;
                /** @description Products with an active variant priced at most this (minor units). */
                maxPrice?: number;
            };
            header?: {
                /** @description ETags from previous responses */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPageDto"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Products_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Products_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags from previous responses */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The product's id or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Products_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Products_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Products_addVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVariantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariantDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Variants_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVariantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariantDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Categories_tree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryTreeNodeDto"][];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Categories_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Categories_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The category's id or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Categories_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Categories_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Inventory_adjust: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStockAdjustmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockAdjustmentResultDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Inventory_movements: {
        parameters: {
            query: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                variantId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Inventory_lowStock: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                /** @description Lists active variants whose stock is at or below this. Default 5. */
                threshold?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LowStockItemPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Promotions_list: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Promotions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePromotionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Promotions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Promotions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePromotionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Promotions_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Promotions_redemptions: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionRedemptionPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_clear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_addItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: with a key, the request is safe to retry. A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCartItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_removeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_updateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCartItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_setShippingMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCartShippingMethodDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_applyPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyPromotionCodeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cart_removePromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShippingMethods_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShippingMethodDto"][];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShippingMethods_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShippingMethodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShippingMethodDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShippingMethods_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShippingMethodDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShippingMethodDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_list: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                status?: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                /** @description Admins only: the orders of one customer. */
                userId?: string;
                /** @description Placed at or after this instant (ISO 8601). */
                from?: string;
                /** @description Placed before this instant (ISO 8601). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_place: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderStatusChangeDto"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_ship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Orders_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Payments_listForOrder: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Payments_pay: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentDto"];
            };
        };
        responses: {
            /** @description The payment succeeded or needs action */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDto"];
                };
            };
            /** @description The provider's answer was lost: the payment is `processing` and its outcome not known yet */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Payment Required */
            402: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:card_declined",
                     *       "title": "Payment Required",
                     *       "status": 402,
                     *       "instance": "/api/v1/orders",
                     *       "code": "card_declined",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The payment was declined.",
                     *       "paymentId": "0b9c6a1e-3f1d-4a57-9d1e-2f6c1b7a8e90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["PaymentDeclinedProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Bad Gateway */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payment_provider_unavailable",
                     *       "title": "Bad Gateway",
                     *       "status": 502,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payment_provider_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The payment provider could not be reached. Nothing was charged; the order can be paid again.",
                     *       "paymentId": "0b9c6a1e-3f1d-4a57-9d1e-2f6c1b7a8e90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Payments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Payments_refund: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRefundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Bad Gateway */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payment_provider_unavailable",
                     *       "title": "Bad Gateway",
                     *       "status": 502,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payment_provider_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The payment provider could not be reached. Nothing was charged; the order can be paid again.",
                     *       "paymentId": "0b9c6a1e-3f1d-4a57-9d1e-2f6c1b7a8e90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PaymentWebhooks_receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "sandbox";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAckDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_listForOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReturnDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_list: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                status?: "requested" | "approved" | "rejected" | "received" | "refunded" | "credited";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Returns_settle: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Bad Gateway */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payment_provider_unavailable",
                     *       "title": "Bad Gateway",
                     *       "status": 502,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payment_provider_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The payment provider could not be reached. Nothing was charged; the order can be paid again.",
                     *       "paymentId": "0b9c6a1e-3f1d-4a57-9d1e-2f6c1b7a8e90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Privacy_exportMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Privacy_exportFor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sandbox_authenticate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxAuthenticateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxAuthenticationResultDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StoreCredit_mine: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditAccountDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StoreCredit_of: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditAccountDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StoreCredit_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the first response; the same key with another body is 422; while the first request runs, 409. Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditChangeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditTransactionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "instance": "/api/v1/orders",
                     *       "code": "not_found",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Order was not found."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:insufficient_stock",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "instance": "/api/v1/orders",
                     *       "code": "insufficient_stock",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Not enough stock for variant 5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70.",
                     *       "variants": [
                     *         {
                     *           "variantId": "5e0f8a2c-7d4b-4c1e-9a3f-6b2d8e1c4f70",
                     *           "requested": 3,
                     *           "available": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:payload_too_large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "instance": "/api/v1/orders",
                     *       "code": "payload_too_large",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The request body is too large."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unsupported_media_type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unsupported_media_type",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "The body must be application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:idempotency_key_reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "instance": "/api/v1/orders",
                     *       "code": "idempotency_key_reused",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This Idempotency-Key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SecurityEvents_list: {
        parameters: {
            query?: {
                /** @description How many items to return. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: string;
                /** @description Only events of this type. */
                type?: "login_succeeded" | "login_failed" | "login_locked" | "refresh_token_reused" | "access_denied" | "password_changed" | "password_reset_requested" | "user_disabled" | "role_changed" | "personal_data_exported" | "account_erased" | "store_credit_changed";
                /** @description Only events about this user. */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventPageDto"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "instance": "/api/v1/orders",
                     *       "code": "validation_failed",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Invalid field(s): quantity.",
                     *       "errors": [
                     *         {
                     *           "field": "quantity",
                     *           "message": "quantity must not be greater than 99"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "instance": "/api/v1/orders",
                     *       "code": "unauthenticated",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "A valid access token is required in the Authorization header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires role: admin */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "instance": "/api/v1/orders",
                     *       "code": "forbidden",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "This requires the admin role."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URI is longer than the server reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:uri_too_long",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "instance": "/api/v1/orders",
                     *       "code": "uri_too_long",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "URI Too Long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "instance": "/api/v1/orders",
                     *       "code": "rate_limited",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Too many requests; slow down and retry after the time in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "instance": "/api/v1/orders",
                     *       "code": "internal_error",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Internal Server Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency (the database) is unavailable; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:storefront:problem:service_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "instance": "/api/v1/orders",
                     *       "code": "service_unavailable",
                     *       "requestId": "9f4c2b1e-6a7d-4e3f-8b5a-1c2d3e4f5a6b",
                     *       "detail": "Service Unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
