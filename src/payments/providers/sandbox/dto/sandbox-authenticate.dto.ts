import { ApiProperty } from "@nestjs/swagger";
import { IsIn } from "class-validator";
import { PROVIDER_INTENT_STATUSES, type ProviderIntentStatus } from "../../payment-provider";

export class SandboxAuthenticateDto {
  /** The customer's answer to the bank's challenge. */
  @ApiProperty({ enum: ["succeed", "fail"] })
  @IsIn(["succeed", "fail"])
  outcome: "succeed" | "fail";
}

export class SandboxAuthenticationResultDto {
  /** Our payment id. */
  paymentId: string;

  /** The sandbox intent's status after the challenge; the webhook brings it to the payment. */
  @ApiProperty({ enum: PROVIDER_INTENT_STATUSES })
  status: ProviderIntentStatus;
}
