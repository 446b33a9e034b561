import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../core/database/data-source';
import { DbService } from '../../core/database/db.service';
import { rebakeContent } from './content-rebake';

/** A "medium" test: the real migrations on a real SQLite file. */
describe('content:rebake', () => {
  let dir: string;
  let ds: DataSource;
  let db: DbService;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banso-rebake-'));
    ds = await openDatabase(join(dir, 'rebake.sqlite'));
    db = new DbService(ds);
  });
  afterAll(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the stored HTML of rows that lack it or hold a stale rendering, and changes nothing the second time', () => {
    const now = new Date().toISOString();
    const user = db.insert(
      "INSERT INTO app_user (email, display_name, password_hash, role, created_at, updated_at) VALUES ('a@x.jp', 'A', 'x', 'STAFF', ?, ?)",
      [now, now],
    );
    const post = (body: string, html: string | null) =>
      db.insert(
        "INSERT INTO post (kind, title, body, body_html, status, author_id, created_at, updated_at, last_activity_at) VALUES ('QUESTION', 't', ?, ?, 'OPEN', ?, ?, ?, ?)",
        [body, html, user, now, now, now],
      );
    const legacy = post('**太字** と <script>x</script>', null);
    const stale = post('見出し\n\n- 項目', '<p>古い描画</p>');
    db.insert("INSERT INTO answer (post_id, author_id, body, created_at, updated_at) VALUES (?, ?, '`code`', ?, ?)", [legacy, user, now, now]);

    const first = rebakeContent(db);
    expect(first).toEqual({ rendered: 3, changed: 3 });
    const html = (table: string, id: number) => db.get<{ body_html: string }>(`SELECT body_html FROM ${table} WHERE id = ?`, [id])!.body_html;
    expect(html('post', legacy)).toContain('<strong>太字</strong>');
    expect(html('post', legacy)).not.toContain('<script>');
    expect(html('post', stale)).toContain('<li>項目</li>');
    expect(db.get<{ body_html: string }>('SELECT body_html FROM answer')!.body_html).toContain('<code>code</code>');

    expect(rebakeContent(db)).toEqual({ rendered: 3, changed: 0 });
  });
});
