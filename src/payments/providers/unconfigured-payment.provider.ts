import { HttpStatus, Injectable } from "@nestjs/common";
import { DomainError } from "../../common/errors/domain-error";
import {
  PaymentMethodSummary,
  PaymentProvider,
  ProviderEvent,
  ProviderIntent,
  ProviderRefund,
} from "./payment-provider";

/** No payment provider is configured (PAYMENT_PROVIDER=none): payments are unavailable. */
export class PaymentProviderNotConfiguredError extends DomainError {
  constructor() {
    super(
      HttpStatus.SERVICE_UNAVAILABLE,
      "payment_provider_not_configured",
      "Payments are not available: no payment provider is configured.",
    );
  }
}

/**
 * Stands in for the provider when none is configured (production's default until a real one
 * is chosen): every call is a 503 before anything is recorded, and no provider name matches a
 * webhook route, so those are 404s.
 */
@Injectable()
export class UnconfiguredPaymentProvider extends PaymentProvider {
  readonly name = "none";

  describePaymentMethod(): PaymentMethodSummary {
    throw new PaymentProviderNotConfiguredError();
  }

  createIntent(): Promise<ProviderIntent> {
    return Promise.reject(new PaymentProviderNotConfiguredError());
  }

  confirm(): Promise<ProviderIntent> {
    return Promise.reject(new PaymentProviderNotConfiguredError());
  }

  capture(): Promise<ProviderIntent> {
    return Promise.reject(new PaymentProviderNotConfiguredError());
  }

  refund(): Promise<ProviderRefund> {
    return Promise.reject(new PaymentProviderNotConfiguredError());
  }

  cancel(): Promise<ProviderIntent> {
    return Promise.reject(new PaymentProviderNotConfiguredError());
  }

  retrieve(): Promise<ProviderIntent> {
    return Promise.reject(new PaymentProviderNotConfiguredError());
  }

  parseWebhook(): ProviderEvent {
    throw new PaymentProviderNotConfiguredError();
  }
}
