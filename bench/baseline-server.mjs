// Child process: the baseline. A plain node:http server that opens the same SQLite file with
// better-sqlite3 (the app's pragmas), runs the same feed SQL as PostsRepository.feed for the
// first page and writes the same JSON the GraphQL endpoint returns for FEED_QUERY.
// It does NOT authenticate, parse GraphQL, validate or run any framework: it is the floor.
import Database from 'better-sqlite3';
import http from 'node:http';
import { prepareSqlite } from '../dist/core/database/data-source.js';
import { FEED_FIRST } from './feed-query.mjs';

const dbPath = process.env.BENCH_DB_PATH;
const viewerId = Number(process.env.BENCH_VIEWER_ID);
if (!dbPath || !process.send || !Number.isSafeInteger(viewerId)) {
  console.error('baseline-server.mjs is started by bench/feed-bench.mjs (needs BENCH_DB_PATH, BENCH_VIEWER_ID and IPC)');
  process.exit(2);
}

const db = new Database(dbPath);
// The app's own pragmas (WAL, synchronous=FULL, …), so both sides read the file the same way.
prepareSqlite(db);

// Verbatim: SELECT_POST (+ AUTHOR_COLUMNS) and feed()'s NEWEST/no-filter WHERE/ORDER/LIMIT.
const FEED_SQL = `SELECT p.*, u.email AS u_email, u.display_name AS u_display_name, u.role AS u_role,
  u.role_category AS u_role_category, u.layer AS u_layer, u.created_at AS u_created_at,
  (SELECT json_group_array(json_array(t.id, t.label, t.post_count))
     FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tags_json
  FROM post p JOIN app_user u ON u.id = p.author_id WHERE p.deleted_at IS NULL ORDER BY p.created_at DESC, p.id DESC LIMIT ?`;
const feedStmt = db.prepare(FEED_SQL);

// PostsService.toPost sorts tags with an Intl.Collator('ja'); same ordering.
const ja = new Intl.Collator('ja');
const byName = (a, b) => ja.compare(a.name, b.name);
const cursorOf = (sort, id) => Buffer.from(JSON.stringify([sort, id])).toString('base64url');

function feedBody(first) {
  const rows = feedStmt.all(first + 1);
  const hasNextPage = rows.length > first;
  const n = hasNextPage ? first : rows.length;
  const edges = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const r = rows[i];
    // Author visibility as PostsService.canSeeAuthor for a STAFF viewer.
    const visible = !r.anonymous || r.author_id === viewerId;
    const tags = JSON.parse(r.tags_json).map((t) => ({ name: t[1] }));
    tags.sort(byName);
    edges[i] = {
      cursor: cursorOf(r.created_at, r.id),
      node: {
        id: String(r.id),
        kind: r.kind,
        title: r.title,
        status: r.status,
        answerCount: r.answer_count,
        createdAt: r.created_at,
        author: visible ? { id: String(r.author_id), displayName: r.u_display_name } : null,
        tags,
        reactions: { cheer: r.cheer_count, helpful: r.helpful_count, thanks: r.thanks_count },
      },
    };
  }
  const endCursor = n > 0 ? edges[n - 1].cursor : null;
  // Apollo Server writes JSON.stringify(result) + '\n'.
  return JSON.stringify({ data: { posts: { edges, pageInfo: { hasNextPage, endCursor } } } }) + '\n';
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8')); // read the request like a JSON API would; not GraphQL
      const body = feedBody(FEED_FIRST);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
});

function shutdown(code) {
  server.close();
  server.closeAllConnections?.();
  db.close();
  process.exit(code);
}
process.on('message', (m) => {
  if (m && m.type === 'shutdown') shutdown(0);
});
process.on('disconnect', () => shutdown(0));

server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port, pid: process.pid }));
