export class WebhookAckDto {
  /** Always true once the signature held. */
  received: boolean;

  /** True when the event had already been processed (nothing was done again). */
  duplicate: boolean;
}
