import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import type { AppSettingEntity } from '../../core/database/app-setting.entity';
import type { AnswerEntity } from '../answers/answer.entity';
import type { OutboxEntity } from '../outbox/outbox.entity';
import type { PostRow } from '../posts/posts.repository';
import type { SearchSynonymGroupEntity } from './search-synonym-group.entity';

/**
 * What an index document is built from: the post's searchable columns, an idea's status, its
 * curation (featured, outdated), its tag labels (JSON) and whether it has a live official answer (0/1).
 */
export type SearchDocumentRow = Pick<
  PostRow,
  | 'id'
  | 'kind'
  | 'title'
  | 'body'
  | 'status'
  | 'idea_status'
  | 'anonymous'
  | 'author_id'
  | 'department_id'
  | 'case_problem'
  | 'case_solution'
  | 'case_effect'
  | 'case_tools'
  | 'created_at'
  | 'updated_at'
  | 'featured_at'
  | 'outdated'
> & { tags: string | null; has_official: 0 | 1 };

export type SynonymGroupRow = Pick<SearchSynonymGroupEntity, 'id' | 'terms' | 'updated_at'>;

/**
 * SQL of the search feature, except the index itself: what the index documents are read from
 * (posts, their tags and live answers), the FTS index version marker, the synonym dictionary,
 * and the outbox positions `search:reindex` replays. The FTS5 tables are written and queried
 * by the FTS adapter (`fts/fts-search.backend.ts`), the repository of the index behind the
 * search port. Methods are synchronous and never open a transaction: the indexer reads the
 * documents inside the write's `db.tx(...)` (a better-sqlite3 IMMEDIATE transaction that never
 * awaits, so a post and its index rows commit together and no other request interleaves).
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly db: DbService) {}

  // ------------------------------------------------------------------ index documents

  /**
   * The searchable posts among `ids` — not deleted and not hidden by moderation (deleted,
   * hidden or missing ones are absent, so the indexers remove them) — in no particular order.
   */
  documentRows(ids: readonly number[]): SearchDocumentRow[] {
    return this.db.all<SearchDocumentRow>(
      `SELECT p.id, p.kind, p.title, p.body, p.status, p.idea_status, p.anonymous, p.author_id, p.department_id, p.case_problem, p.case_solution,
            p.case_effect, p.case_tools, p.created_at, p.updated_at, p.featured_at, p.outdated,
            (SELECT json_group_array(t.label) FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tags,
            EXISTS (SELECT 1 FROM answer a WHERE a.post_id = p.id AND a.official_at IS NOT NULL AND a.deleted_at IS NULL AND a.hidden_at IS NULL)
              AS has_official
       FROM post p WHERE p.id IN (${placeholders(ids.length)}) AND p.deleted_at IS NULL AND p.hidden_at IS NULL`,
      [...ids],
    );
  }

  /** The live answers (not deleted, not hidden) of these posts, per post oldest first. */
  liveAnswerBodies(postIds: readonly number[]): Pick<AnswerEntity, 'post_id' | 'body'>[] {
    return this.db.all<Pick<AnswerEntity, 'post_id' | 'body'>>(
      `SELECT post_id, body FROM answer WHERE post_id IN (${placeholders(postIds.length)}) AND deleted_at IS NULL AND hidden_at IS NULL
        ORDER BY post_id, created_at, id`,
      [...postIds],
    );
  }

  /** Ids of every searchable post (not deleted, not hidden), ascending. */
  livePostIds(): number[] {
    return this.db.all<{ id: number }>('SELECT id FROM post WHERE deleted_at IS NULL AND hidden_at IS NULL ORDER BY id').map((r) => r.id);
  }

  /** How many posts are searchable (not deleted, not hidden). */
  countLivePosts(): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM post WHERE deleted_at IS NULL AND hidden_at IS NULL')!.n;
  }

  // ------------------------------------------------------------------ index version (app_setting)

  indexVersion(key: string): string | undefined {
    return this.db.get<Pick<AppSettingEntity, 'value'>>('SELECT value FROM app_setting WHERE key = ?', [key])?.value;
  }

  setIndexVersion(key: string, version: string, at: string): void {
    this.db.run(
      `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [key, version, at],
    );
  }

  // ------------------------------------------------------------------ synonym dictionary

  synonymGroups(): SynonymGroupRow[] {
    return this.db.all<SynonymGroupRow>('SELECT id, terms, updated_at FROM search_synonym_group ORDER BY id');
  }

  /** `terms` is the JSON array of the group's terms. Returns the new id. */
  insertSynonymGroup(terms: string, at: string, byId: number): number {
    return this.db.insert('INSERT INTO search_synonym_group (terms, created_at, updated_at, updated_by_id) VALUES (?, ?, ?, ?)', [terms, at, at, byId]);
  }

  updateSynonymGroup(id: number, terms: string, at: string, byId: number): void {
    this.db.run('UPDATE search_synonym_group SET terms = ?, updated_at = ?, updated_by_id = ? WHERE id = ?', [terms, at, byId, id]);
  }

  /** false when there was no such group */
  deleteSynonymGroup(id: number): boolean {
    return this.db.run('DELETE FROM search_synonym_group WHERE id = ?', [id]).changes > 0;
  }

  // ------------------------------------------------------------------ outbox positions (search:reindex)

  /** The newest outbox row's id (0 when empty): changes after it were written meanwhile. */
  lastOutboxId(): number {
    return this.db.get<{ id: OutboxEntity['id'] | null }>('SELECT MAX(id) AS id FROM outbox')?.id ?? 0;
  }

  /** The posts changed by outbox rows after `outboxId`. */
  postsChangedAfter(outboxId: number): number[] {
    return this.db
      .all<{ id: OutboxEntity['aggregate_id'] }>("SELECT DISTINCT aggregate_id AS id FROM outbox WHERE id > ? AND aggregate_type = 'post'", [outboxId])
      .map((r) => r.id);
  }
}
