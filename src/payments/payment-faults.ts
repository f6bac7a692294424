import { Inject, Injectable } from "@nestjs/common";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { InjectedFaultError } from "./payment-errors";

export type FaultPoint =
  | "after_provider_success"
  | "before_provider_refund"
  // The confirmation never reaches the provider (connection refused).
  | "before_provider_confirm"
  // The provider confirmed, but its answer is lost (timeout): the outcome is unknown to us.
  | "after_provider_confirm"
  // Asking the provider where a payment stands fails too.
  | "before_provider_retrieve";

/**
 * Fault injection for crash-safety tests: an armed point throws once when reached. Arming is
 * refused outside NODE_ENV=test, so production code paths can never be made to fail by it.
 */
@Injectable()
export class PaymentFaults {
  private readonly armed = new Set<FaultPoint>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  arm(point: FaultPoint): void {
    if (this.config.nodeEnv !== "test") {
      throw new Error("Fault injection is only available when NODE_ENV=test");
    }
    this.armed.add(point);
  }

  hit(point: FaultPoint): void {
    if (this.armed.delete(point)) throw new InjectedFaultError(`Injected fault: ${point}`);
  }
}
