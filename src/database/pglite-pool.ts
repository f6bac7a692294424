import { EventEmitter } from "node:events";
import type { PGlite, Results } from "@electric-sql/pglite";

type QueryCallback = (error: Error | null, result?: PgStyleResult) => void;

interface PgStyleResult {
  rows: unknown[];
  rowCount: number;
  command?: string;
  fields: { name: string; dataTypeID: number }[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toPgResult(result: Results<any>): PgStyleResult {
  return {
    rows: result.rows,
    rowCount: result.affectedRows ?? result.rows.length,
    command: (result as { command?: string }).command,
    fields: result.fields,
  };
}

/**
 * One PGlite session, shaped like a `pg` client. PGlite has exactly one session, so the pool
 * lends it to one TypeORM query runner at a time: a transaction keeps it until COMMIT, which
 * gives the same isolation a real pool would, with no interleaving of statements.
 */
export class PGliteConnection extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  query(
    text: string,
    params?: unknown[] | QueryCallback,
    callback?: QueryCallback,
  ): Promise<PgStyleResult> {
    const cb = typeof params === "function" ? params : callback;
    const values = Array.isArray(params) ? params : undefined;
    const run =
      values && values.length > 0
        ? this.db.query(text, values).then(toPgResult)
        : this.db
            .exec(text)
            .then((results) =>
              results.length > 0
                ? toPgResult(results[results.length - 1])
                : { rows: [], rowCount: 0, fields: [] },
            );
    if (cb)
      run.then(
        (result) => cb(null, result),
        (error: Error) => cb(error),
      );
    return run;
  }
}

export class PGlitePool extends EventEmitter {
  private readonly connection: PGliteConnection;
  private readonly waiting: (() => void)[] = [];
  private busy = false;
  private ended = false;

  constructor(private readonly db: PGlite) {
    super();
    this.connection = new PGliteConnection(db);
  }

  connect(
    callback: (error: Error | null, connection?: PGliteConnection, release?: () => void) => void,
  ): void {
    if (this.ended) {
      callback(new Error("Connection is closed"));
      return;
    }
    const grant = () => {
      this.busy = true;
      let released = false;
      callback(null, this.connection, () => {
        if (released) return;
        released = true;
        this.busy = false;
        this.waiting.shift()?.();
      });
    };
    if (this.busy) this.waiting.push(grant);
    else grant();
  }

  // The counters node-postgres's Pool has, so pool metrics read both alike.
  readonly totalCount = 1;
  get idleCount(): number {
    return this.busy ? 0 : 1;
  }
  get waitingCount(): number {
    return this.waiting.length;
  }

  end(callback: (error?: Error | null) => void): void {
    this.ended = true;
    this.db.close().then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}

/** A `pg`-compatible driver object for TypeORM's postgres driver, backed by one PGlite database. */
export function pgliteDriver(db: PGlite): { Pool: new () => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(db);
      }
    },
  };
}
