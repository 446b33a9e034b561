import 'reflect-metadata';
import { resolve } from 'node:path';
import { createApp } from '../bootstrap';
import { loadConfig } from '../core/config/config';

/** Writes the code-first schema to SCHEMA_FILE (default client/schema.graphql) for codegen. */
async function main() {
  process.env.SCHEMA_FILE ??= resolve('client/schema.graphql');
  const config = loadConfig({ ...process.env, DATABASE_PATH: ':memory:', SEED_DEMO: 'false', LOG_LEVEL: 'error' });
  const app = await createApp(config);
  await app.close();
  console.log(`schema written to ${process.env.SCHEMA_FILE}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
