import { HttpStatus, Injectable } from "@nestjs/common";
import { DomainError } from "../common/errors/domain-error";

/** The answer while shutting down: another instance can serve the retry at once. */
export class ShuttingDownError extends DomainError {
  constructor() {
    super(
      HttpStatus.SERVICE_UNAVAILABLE,
      "shutting_down",
      "The instance is shutting down; retry the request.",
      {},
      { "retry-after": "1" },
    );
  }
}

/**
 * Where the instance is in its shutdown. `draining`: readiness is 503 so balancers stop sending
 * traffic, but requests are still served. `closing`: the server no longer accepts work; a request
 * that still arrives on an open connection gets a 503 problem and `Connection: close`.
 */
export type ShutdownPhase = "serving" | "draining" | "closing";

@Injectable()
export class ShutdownState {
  private phase: ShutdownPhase = "serving";

  begin(): void {
    if (this.phase === "serving") this.phase = "draining";
  }

  beginClosing(): void {
    this.phase = "closing";
  }

  get isDraining(): boolean {
    return this.phase !== "serving";
  }

  get isClosing(): boolean {
    return this.phase === "closing";
  }
}
