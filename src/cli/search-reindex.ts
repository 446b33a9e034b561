import { createMeiliClient, MeiliSearchBackend } from '../modules/search/meili/meili-search.backend';
import { reindexInto, syncPosts } from '../modules/search/meili/meili-sync.service';
import { searchConfig } from '../modules/search/search-config';
import { SearchIndexer } from '../modules/search/search-indexer';
import { SearchRepository } from '../modules/search/search.repository';
import { SynonymsService } from '../modules/search/synonyms.service';
import { openCliDb } from './cli-db';

/** A one-line progress bar on stderr (redrawn in place on a terminal, every 10 % otherwise). */
export function progressBar(label: string) {
  const started = Date.now();
  let lastPct = -1;
  return (done: number, total: number) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (pct === lastPct || (!process.stderr.isTTY && pct % 10 !== 0 && done !== total)) return;
    lastPct = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total} ${((Date.now() - started) / 1000).toFixed(1)}s`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

/**
 * `npm run search:reindex` — rebuilds the SQLite FTS5 index from the posts; with MEILI_URL,
 * also builds a fresh Meilisearch index and swaps it in atomically.
 */
async function main() {
  const { db, close, path } = await openCliDb();
  try {
    console.log(`search:reindex ${path}`);
    const t0 = Date.now();
    const repo = new SearchRepository(db);
    const n = new SearchIndexer(db, repo).rebuild(progressBar('FTS5       '));
    console.log(`  FTS5: ${n} posts in ${Date.now() - t0} ms`);
    const config = searchConfig();
    if (config.meiliUrl) {
      const meili = new MeiliSearchBackend(createMeiliClient(config), config.meiliIndex, 300_000);
      const next = `${config.meiliIndex}_${Date.now()}`;
      const t1 = Date.now();
      // Changes the running server writes meanwhile go to the old index; replay them after the swap.
      const fromOutbox = repo.lastOutboxId();
      await meili.ensureIndex(new SynonymsService(db, repo).list(), next);
      await reindexInto(repo, meili, next, progressBar('Meilisearch'));
      await meili.swapInto(next);
      await syncPosts(repo, meili, repo.postsChangedAfter(fromOutbox));
      console.log(`  Meilisearch: ${n} posts into ${next}, swapped into ${config.meiliIndex} in ${Date.now() - t1} ms`);
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
