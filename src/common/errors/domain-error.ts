import { HttpStatus } from "@nestjs/common";

export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error the API reports on purpose: it carries its HTTP status, a stable machine-readable
 * `code` and a human `detail`. Extra members become extension fields of the problem document.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(resource: string, code = "not_found") {
    super(HttpStatus.NOT_FOUND, code, `${resource} was not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, extensions: Record<string, unknown> = {}) {
    super(HttpStatus.CONFLICT, code, detail, extensions);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], detail = "The request is invalid.") {
    super(HttpStatus.BAD_REQUEST, "validation_failed", detail, { errors });
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(entity: string, from: string, to: string) {
    super(HttpStatus.CONFLICT, "invalid_transition", `${entity} cannot go from ${from} to ${to}.`, {
      currentStatus: from,
    });
  }
}
