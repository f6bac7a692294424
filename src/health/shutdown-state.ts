import { Injectable } from "@nestjs/common";

/** Set when SIGTERM arrives: readiness turns 503 so load balancers stop sending traffic. */
@Injectable()
export class ShutdownState {
  private draining = false;

  begin(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
