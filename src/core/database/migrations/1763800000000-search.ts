import { MigrationInterface, QueryRunner } from 'typeorm';

/** Seeded synonym groups (⇔: each term finds the others). The DX office edits them in the app. */
export const SEED_SYNONYMS: string[][] = [
  ['マイナンバー', '個人番号'],
  ['マイナンバーカード', '個人番号カード', 'マイナカード'],
  ['オンライン申請', '電子申請'],
  ['AI-OCR', 'AIOCR', 'AI OCR'],
  ['RPA', 'ロボティック・プロセス・オートメーション', 'ソフトウェアロボット'],
  ['生成AI', '生成系AI'],
  ['テレワーク', 'リモートワーク', '在宅勤務'],
  ['LGWAN', '総合行政ネットワーク'],
  ['Microsoft 365', 'M365', 'Office 365'],
  ['Excel', 'エクセル'],
  ['kintone', 'キントーン'],
  ['ガバメントクラウド', 'ガバクラ'],
  ['おくやみ', 'お悔やみ'],
  ['EBPM', '証拠に基づく政策立案'],
];

/**
 * Full-text search (issue 4). The FTS tables are derived data: they are filled on start
 * (index version check) and by `npm run search:reindex`, and kept current in the same
 * transaction as every write.
 */
export class Search1763800000000 implements MigrationInterface {
  name = 'Search1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // Filter and ranking fields of each indexed (live) post. No author or department for anonymous posts.
      `CREATE TABLE search_doc (
        post_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        department_id INTEGER,
        author_id INTEGER,
        answer_count INTEGER NOT NULL,
        boost INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        title_n TEXT NOT NULL,
        tags_n TEXT NOT NULL
      )`,
      `CREATE INDEX idx_search_doc_created ON search_doc(created_at)`,
      // Plain text as written, for snippets; kept apart so search_doc rows stay small.
      `CREATE TABLE search_text (
        post_id INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        answers TEXT NOT NULL
      )`,
      `CREATE VIRTUAL TABLE search_tri USING fts5(title, tags, body, answers, tokenize = 'trigram', content = '', contentless_delete = 1)`,
      `CREATE VIRTUAL TABLE search_bi USING fts5(text, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = 'none')`,
      `CREATE TABLE search_synonym_group (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        terms TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_id INTEGER REFERENCES app_user(id)
      )`,
    ];
    for (const sql of statements) await q.query(sql);
    const now = new Date().toISOString();
    for (const terms of SEED_SYNONYMS) {
      await q.query('INSERT INTO search_synonym_group (terms, created_at, updated_at) VALUES (?, ?, ?)', [JSON.stringify(terms), now, now]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['search_synonym_group', 'search_bi', 'search_tri', 'search_text', 'search_doc']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DELETE FROM app_setting WHERE key LIKE 'search.%'`);
  }
}
