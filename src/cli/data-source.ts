// The DataSource the TypeORM CLI uses (`npm run migration:generate`, `migration:show`):
// the same configuration as the app, with every compiled entity.
import "reflect-metadata";
import { join } from "node:path";
import { DataSource } from "typeorm";
import { loadConfigOrExit } from "../config/app-config";
import {
  buildDataSourceOptions,
  embeddedDataDir,
  openEmbeddedDatabase,
} from "../database/data-source-options";

export default (async () => {
  const config = loadConfigOrExit();
  const embedded = config.databaseUrl
    ? undefined
    : await openEmbeddedDatabase(embeddedDataDir(config));
  return new DataSource(
    buildDataSourceOptions(config, embedded, [join(__dirname, "../**/*.entity.js")]),
  );
})();
