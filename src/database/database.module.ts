import { DynamicModule, Global, Logger, Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import type { PGlite } from "@electric-sql/pglite";
import { DataSource } from "typeorm";
import type { AppConfig } from "../config/app-config";
import {
  buildDataSourceOptions,
  embeddedDataDir,
  openEmbeddedDatabase,
} from "./data-source-options";
import { runMigrations } from "./migrator";
import { DomainEvents } from "../common/events/domain-events";
import { TransactionHost } from "./transaction-host";

export const EMBEDDED_DATABASE = Symbol("EMBEDDED_DATABASE");

@Module({})
class EmbeddedDatabaseModule {
  static register(config: AppConfig, embedded?: PGlite): DynamicModule {
    return {
      module: EmbeddedDatabaseModule,
      providers: [
        {
          provide: EMBEDDED_DATABASE,
          useFactory: async (): Promise<PGlite | null> =>
            config.databaseUrl
              ? null
              : (embedded ?? (await openEmbeddedDatabase(embeddedDataDir(config)))),
        },
      ],
      exports: [EMBEDDED_DATABASE],
    };
  }
}

/**
 * The DataSource (PGlite or PostgreSQL), migrated before the app serves anything, and the
 * ambient TransactionHost every repository uses.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, embedded?: PGlite): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          imports: [EmbeddedDatabaseModule.register(config, embedded)],
          inject: [EMBEDDED_DATABASE],
          useFactory: (db: PGlite | null) => ({
            ...buildDataSourceOptions(config, db ?? undefined),
            autoLoadEntities: true,
            retryAttempts: config.nodeEnv === "test" ? 0 : 5,
            retryDelay: 2000,
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error("TypeORM options are missing");
            const dataSource = await new DataSource(options).initialize();
            const applied = await runMigrations(dataSource);
            new Logger("Database").log(
              applied.length > 0
                ? `Migrations: applied ${applied.join(", ")}`
                : "Migrations: up to date",
            );
            return dataSource;
          },
        }),
      ],
      providers: [TransactionHost, DomainEvents],
      exports: [TransactionHost, DomainEvents],
    };
  }
}
