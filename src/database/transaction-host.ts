import { AsyncLocalStorage } from "node:async_hooks";
import { Injectable, Logger } from "@nestjs/common";
import { DataSource, EntityManager, QueryFailedError } from "typeorm";
import type { IsolationLevel } from "typeorm/driver/types/IsolationLevel";

interface TransactionScope {
  manager: EntityManager;
  afterCommit: (() => void | Promise<void>)[];
}

export interface TransactionOptions {
  /** Unset: READ COMMITTED, the session default. */
  isolation?: IsolationLevel;
  /** Attempts in all, for serialization failures and deadlocks. */
  attempts?: number;
}

interface PreparablePool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const RETRYABLE = new Set(["40001", "40P01"]);

function isRetryable(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    RETRYABLE.has((error.driverError as { code?: string } | undefined)?.code ?? "")
  );
}

/**
 * The one way to run work in a transaction. Repositories ask it for `manager`, which is the
 * ambient transaction's when there is one, so several repositories share one transaction
 * without passing managers around. A nested `run` joins the outer transaction.
 */
@Injectable()
export class TransactionHost {
  private readonly storage = new AsyncLocalStorage<TransactionScope>();
  private readonly logger = new Logger(TransactionHost.name);

  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get isActive(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /**
   * Runs a read as a named prepared statement: each pooled connection parses and plans `text`
   * once, later calls only bind and execute. Rows come back as the driver parses them (no
   * entity hydration). Inside a transaction, or on the embedded database, it is a plain query.
   * `name` must stand for exactly one `text` (derive it from the text); null plans each call.
   */
  async queryPrepared<T>(name: string | null, text: string, values: unknown[]): Promise<T[]> {
    const pool = this.storage.getStore() ? undefined : this.pgPool();
    if (!pool || name === null) return this.manager.query<T[]>(text, values);
    try {
      const result = await pool.query({ name, text, values });
      return result.rows as T[];
    } catch (error) {
      // The same error type as every other query, so errors map to problems the same way.
      throw new QueryFailedError(text, values, error as Error);
    }
  }

  /** The node-postgres pool behind the DataSource, or undefined on the embedded database. */
  private pgPool(): PreparablePool | undefined {
    // The embedded database's pool lends its one session and has no query() of its own.
    const master = (this.dataSource.driver as { master?: Partial<PreparablePool> }).master;
    return typeof master?.query === "function" ? (master as PreparablePool) : undefined;
  }

  async run<T>(work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.storage.getStore()) return work();
    const attempts = options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      const scope: TransactionScope = { manager: this.dataSource.manager, afterCommit: [] };
      try {
        const inScope = (manager: EntityManager) => {
          scope.manager = manager;
          return this.storage.run(scope, work);
        };
        // READ COMMITTED is every session's default (see the pool's options), and naming it
        // would cost a SET TRANSACTION round trip on every transaction.
        const result = options.isolation
          ? await this.dataSource.transaction(options.isolation, inScope)
          : await this.dataSource.transaction(inScope);
        this.flushAfterCommit(scope);
        return result;
      } catch (error) {
        if (!isRetryable(error) || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /** Runs `effect` once the surrounding transaction has committed (at once when there is none). */
  afterCommit(effect: () => void | Promise<void>): void {
    const scope = this.storage.getStore();
    if (scope) scope.afterCommit.push(effect);
    else this.invoke(effect);
  }

  private flushAfterCommit(scope: TransactionScope): void {
    for (const effect of scope.afterCommit) this.invoke(effect);
  }

  private invoke(effect: () => void | Promise<void>): void {
    // Outside the finished transaction's context, so effects that query use a fresh connection.
    this.storage.exit(() => {
      Promise.resolve()
        .then(effect)
        .catch((error: unknown) => this.logger.error({ err: error }, "After-commit effect failed"));
    });
  }
}
