import { DbService } from '../../core/database/db.service';
import { renderMarkdown } from '../../core/markdown/markdown';
import { PostsRepository } from './posts.repository';

const BATCH = 500;

/**
 * Rendered HTML (`body_html`) is derived from the Markdown body, stored on write so a read never
 * renders. This re-derives it for every post and answer — after a change to the renderer's
 * rules, or for rows written before it was stored — in batches of one transaction each.
 */
export function rebakeContent(db: DbService, onProgress?: (done: number, total: number) => void): { rendered: number; changed: number } {
  const repo = new PostsRepository(db);
  let rendered = 0;
  let changed = 0;
  for (const table of ['post', 'answer'] as const) {
    const total = repo.countRendered(table);
    let done = 0;
    let lastId = 0;
    for (;;) {
      const rows = repo.renderedAfter(table, lastId, BATCH);
      if (rows.length === 0) break;
      // One synchronous transaction per batch (never awaits): a running server keeps writing between batches.
      db.tx(() => {
        for (const r of rows) {
          const html = renderMarkdown(r.body);
          if (html !== r.body_html) {
            repo.setBodyHtml(table, r.id, html);
            changed += 1;
          }
        }
      });
      rendered += rows.length;
      done += rows.length;
      lastId = rows[rows.length - 1].id;
      onProgress?.(done, total);
    }
  }
  return { rendered, changed };
}
