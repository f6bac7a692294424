import type { DomainEvent } from "../common/events/domain-events";

/** A region was added, changed or deleted (published after commit): reads priced in it change. */
export interface RegionChangedEvent extends DomainEvent {
  type: "region.changed";
  code: string;
}

export const REGION_CHANGED = "region.changed";
