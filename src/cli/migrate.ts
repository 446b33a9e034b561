import { openCliDb } from './cli-db';

/** `npm run migration:run` — the server also migrates on start; this is for deploy scripts. */
openCliDb()
  .then(async ({ close, path }) => {
    await close();
    console.log(`migrations up to date: ${path}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
