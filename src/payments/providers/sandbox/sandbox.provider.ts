import { randomBytes } from "node:crypto";
import { HttpStatus, Inject, Injectable } from "@nestjs/common";
import { ConflictError, DomainError, NotFoundError } from "../../../common/errors/domain-error";
import type { AppConfig } from "../../../config/app-config";
import { APP_CONFIG } from "../../../config/config.module";
import { TransactionHost } from "../../../database/transaction-host";
import {
  CreateIntentInput,
  InvalidPaymentMethodError,
  InvalidWebhookError,
  PaymentMethodSummary,
  PaymentProvider,
  ProviderEvent,
  ProviderIntent,
  ProviderRefund,
  RefundInput,
} from "../payment-provider";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "../webhook-signature";
import { SandboxIntent } from "./entities/sandbox-intent.entity";
import { SandboxRefund } from "./entities/sandbox-refund.entity";
import { sandboxCard } from "./sandbox-cards";
import { SandboxWebhookSender } from "./sandbox-webhook-sender";
import { SandboxRepository } from "./sandbox.repository";

export const SANDBOX_AUTHENTICATE_PATH = "/api/v1/payments/sandbox/authenticate";
const SANDBOX_TOKEN = /^[0-9a-f]{64}$/;

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString("hex")}`;
}

interface SandboxEventBody {
  id: string;
  type: string;
  created: number;
  data: { intent: ProviderIntent; refund?: ProviderRefund };
}

/** The processor's own failure: the sandbox is asked for something it cannot do. */
class SandboxRequestError extends DomainError {
  constructor(detail: string) {
    super(HttpStatus.BAD_GATEWAY, "payment_provider_error", detail);
  }
}

/**
 * A card processor without the network: intents, 3-D Secure, refunds and signed webhooks,
 * kept in its own tables. It accepts Stripe's public test tokens only and stores brand and
 * last four digits, never a card number or the token.
 */
@Injectable()
export class SandboxPaymentProvider extends PaymentProvider {
  readonly name = "sandbox";

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly repository: SandboxRepository,
    private readonly sender: SandboxWebhookSender,
  ) {
    super();
  }

  describePaymentMethod(paymentMethod: string): PaymentMethodSummary {
    const card = sandboxCard(paymentMethod);
    if (!card) throw new InvalidPaymentMethodError();
    return { brand: card.brand, last4: card.last4 };
  }

  createIntent(input: CreateIntentInput): Promise<ProviderIntent> {
    return this.tx.run(async () => {
      const intent = await this.repository.insertIntentOnce({
        id: newId("pi_sb"),
        merchantReference: input.merchantReference,
        amount: input.amount,
        currency: input.currency,
        status: "requires_confirmation",
      });
      return this.view(intent);
    });
  }

  confirm(intentReference: string, paymentMethod: string): Promise<ProviderIntent> {
    const card = sandboxCard(paymentMethod);
    if (!card) return Promise.reject(new InvalidPaymentMethodError());
    return this.tx.run(async () => {
      const intent = await this.lockIntent(intentReference);
      // Confirming again is answered with the intent as it stands (idempotent).
      if (intent.status !== "requires_confirmation") return this.view(intent);
      intent.cardBrand = card.brand;
      intent.cardLast4 = card.last4;
      switch (card.outcome.kind) {
        case "succeed":
          intent.status = "succeeded";
          intent.capturedAmount = intent.amount;
          break;
        case "decline":
          intent.status = "failed";
          intent.failureCode = card.outcome.code;
          break;
        case "authenticate":
          intent.status = "requires_action";
          intent.authenticationToken = randomBytes(32).toString("hex");
          break;
      }
      await this.repository.saveIntent(intent);
      return this.emitIntentEvent(intent);
    });
  }

  /**
   * Stands in for the bank's 3-D Secure page: the holder of the URL's token passes or fails
   * the challenge. The token works once; an unknown or spent one is a 404, whatever the payment.
   */
  authenticate(token: string, outcome: "succeed" | "fail"): Promise<ProviderIntent> {
    return this.tx.run(async () => {
      const intent = SANDBOX_TOKEN.test(token)
        ? await this.repository.findIntentByAuthenticationTokenForUpdate(token)
        : null;
      if (!intent) throw new NotFoundError("Authentication challenge");
      if (intent.status !== "requires_action") {
        throw new ConflictError(
          "authentication_not_required",
          "The payment is not waiting for authentication.",
          { currentStatus: intent.status },
        );
      }
      intent.authenticationToken = null;
      if (outcome === "succeed") {
        intent.status = "succeeded";
        intent.capturedAmount = intent.amount;
      } else {
        intent.status = "failed";
        intent.failureCode = "authentication_failed";
      }
      await this.repository.saveIntent(intent);
      return this.emitIntentEvent(intent);
    });
  }

  capture(intentReference: string): Promise<ProviderIntent> {
    return this.tx.run(async () => {
      const intent = await this.lockIntent(intentReference);
      if (intent.status !== "succeeded") {
        throw new SandboxRequestError(`The intent cannot be captured while ${intent.status}.`);
      }
      return this.view(intent);
    });
  }

  refund(input: RefundInput): Promise<ProviderRefund> {
    return this.tx.run(async () => {
      const intent = await this.lockIntent(input.intentReference);
      const existing = await this.repository.findRefundByMerchantReference(input.merchantReference);
      if (existing) return this.refundView(existing);
      const remaining = intent.capturedAmount - intent.refundedAmount;
      const refund: Partial<SandboxRefund> = {
        id: newId("re_sb"),
        intentId: intent.id,
        merchantReference: input.merchantReference,
        amount: input.amount,
        currency: intent.currency,
        status: "succeeded",
        failureCode: null,
      };
      if (intent.status !== "succeeded" || input.amount <= 0 || input.amount > remaining) {
        refund.status = "failed";
        refund.failureCode = "refund_exceeds_captured";
      } else {
        intent.refundedAmount += input.amount;
        await this.repository.saveIntent(intent);
      }
      const saved = await this.repository.saveRefund(refund);
      const view = this.refundView(saved);
      await this.emit(
        intent,
        saved.status === "succeeded" ? "refund.succeeded" : "refund.failed",
        view,
      );
      return view;
    });
  }

  cancel(intentReference: string): Promise<ProviderIntent> {
    return this.tx.run(async () => {
      const intent = await this.lockIntent(intentReference);
      if (!["requires_confirmation", "requires_action", "processing"].includes(intent.status)) {
        return this.view(intent);
      }
      intent.status = "cancelled";
      intent.authenticationToken = null;
      await this.repository.saveIntent(intent);
      return this.emitIntentEvent(intent);
    });
  }

  async retrieve(intentReference: string): Promise<ProviderIntent> {
    const intent = await this.repository.findIntent(intentReference);
    if (!intent) throw new SandboxRequestError("No such intent.");
    return this.view(intent);
  }

  parseWebhook(rawBody: Buffer, headers: Record<string, unknown>): ProviderEvent {
    const header = headers[SIGNATURE_HEADER];
    if (
      typeof header !== "string" ||
      !verifyWebhookSignature(rawBody, header, this.config.paymentWebhookSecrets)
    ) {
      throw new InvalidWebhookError();
    }
    let body: SandboxEventBody;
    try {
      body = JSON.parse(rawBody.toString("utf8")) as SandboxEventBody;
    } catch {
      throw new InvalidWebhookError("The webhook body is not JSON.");
    }
    if (
      typeof body?.id !== "string" ||
      typeof body.type !== "string" ||
      typeof body.data?.intent?.merchantReference !== "string" ||
      typeof body.data.intent.reference !== "string" ||
      !Number.isInteger(body.data.intent.amount) ||
      typeof body.data.intent.currency !== "string"
    ) {
      throw new InvalidWebhookError("The webhook body is not a sandbox event.");
    }
    return { id: body.id, type: body.type, intent: body.data.intent, refund: body.data.refund };
  }

  private async lockIntent(reference: string): Promise<SandboxIntent> {
    const intent = await this.repository.findIntentForUpdate(reference);
    if (!intent) throw new SandboxRequestError("No such intent.");
    return intent;
  }

  private async emitIntentEvent(intent: SandboxIntent): Promise<ProviderIntent> {
    const type =
      intent.status === "succeeded"
        ? "payment_intent.succeeded"
        : intent.status === "failed"
          ? "payment_intent.payment_failed"
          : intent.status === "cancelled"
            ? "payment_intent.canceled"
            : "payment_intent.requires_action";
    await this.emit(intent, type);
    return this.view(intent);
  }

  private async emit(intent: SandboxIntent, type: string, refund?: ProviderRefund): Promise<void> {
    const body: SandboxEventBody = {
      id: newId("evt_sb"),
      type,
      created: Math.floor(Date.now() / 1000),
      data: { intent: await this.view(intent), ...(refund ? { refund } : {}) },
    };
    await this.repository.saveEvent({
      id: body.id,
      intentId: intent.id,
      type,
      body: JSON.stringify(body),
    });
    // Successes are sent twice, as real processors sometimes do, so duplicates are routine.
    this.sender.schedule(body.id, type.endsWith(".succeeded") ? 2 : 1);
  }

  private async view(intent: SandboxIntent): Promise<ProviderIntent> {
    const refunds = await this.repository.refundsOf(intent.id);
    return {
      reference: intent.id,
      merchantReference: intent.merchantReference,
      amount: intent.amount,
      currency: intent.currency,
      status: intent.status,
      failureCode: intent.failureCode,
      nextActionUrl:
        intent.status === "requires_action" && intent.authenticationToken
          ? `${SANDBOX_AUTHENTICATE_PATH}/${intent.authenticationToken}`
          : null,
      paymentMethodDescription:
        intent.cardBrand && intent.cardLast4
          ? `${intent.cardBrand} •••• ${intent.cardLast4}`
          : null,
      capturedAmount: intent.capturedAmount,
      refunds: refunds.map((r) => this.refundView(r)),
    };
  }

  private refundView(refund: SandboxRefund): ProviderRefund {
    return {
      reference: refund.id,
      merchantReference: refund.merchantReference,
      amount: refund.amount,
      currency: refund.currency,
      status: refund.status,
      failureCode: refund.failureCode,
    };
  }
}
