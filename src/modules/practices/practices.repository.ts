import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { namedIn } from '../../core/database/sql';
import { AdoptionEntity, CollectionEntity } from './practices.entity';

export type AdoptionRow = AdoptionEntity;
export type CollectionRow = CollectionEntity;

/** A live, visible post as curation needs it. */
export interface CuratedPost {
  id: number;
  kind: string;
  author_id: number;
  department_id: number | null;
  anonymous: number;
  featured_at: string | null;
  featured_note: string | null;
}

/** SQL for best practices, collections, adoptions and their impact (the only place that knows it). */
@Injectable()
export class PracticesRepository {
  constructor(private readonly db: DbService) {}

  /** A post that is neither deleted nor hidden. */
  livePost(id: number): CuratedPost | undefined {
    return this.db.get<CuratedPost>(
      'SELECT id, kind, author_id, department_id, anonymous, featured_at, featured_note FROM post WHERE id = ? AND deleted_at IS NULL AND hidden_at IS NULL',
      [id],
    );
  }

  setFeatured(postId: number, at: string, note: string | null, byId: number): void {
    this.db.run('UPDATE post SET featured_at = ?, featured_note = ?, featured_by_id = ? WHERE id = ?', [at, note, byId, postId]);
  }

  setFeaturedNote(postId: number, note: string | null): void {
    this.db.run('UPDATE post SET featured_note = ? WHERE id = ?', [note, postId]);
  }

  clearFeatured(postId: number): void {
    this.db.run('UPDATE post SET featured_at = NULL, featured_note = NULL, featured_by_id = NULL WHERE id = ?', [postId]);
  }

  // ---- collections ------------------------------------------------------------------------

  collections(): CollectionRow[] {
    return this.db.all<CollectionRow>('SELECT * FROM collection WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC');
  }

  collection(id: number): CollectionRow | undefined {
    return this.db.get<CollectionRow>('SELECT * FROM collection WHERE id = ? AND deleted_at IS NULL', [id]);
  }

  insertCollection(c: Pick<CollectionRow, 'title' | 'description' | 'created_by_id' | 'created_at'>): number {
    return this.db.insert('INSERT INTO collection (title, description, created_by_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
      c.title,
      c.description,
      c.created_by_id,
      c.created_at,
      c.created_at,
    ]);
  }

  updateCollection(id: number, title: string, description: string, at: string): void {
    this.db.run('UPDATE collection SET title = ?, description = ?, updated_at = ? WHERE id = ?', [title, description, at, id]);
  }

  touchCollection(id: number, at: string): void {
    this.db.run('UPDATE collection SET updated_at = ? WHERE id = ?', [at, id]);
  }

  deleteCollection(id: number, at: string): void {
    this.db.run('UPDATE collection SET deleted_at = ?, updated_at = ? WHERE id = ?', [at, at, id]);
  }

  /** Post ids per collection, in order, leaving out deleted and hidden posts. */
  collectionPostIds(collectionIds: readonly number[]): Map<number, number[]> {
    const m = new Map<number, number[]>(collectionIds.map((id) => [id, []]));
    if (collectionIds.length === 0) return m;
    const params: Record<string, unknown> = {};
    const rows = this.db.all<{ collection_id: number; post_id: number }>(
      `SELECT cp.collection_id, cp.post_id FROM collection_post cp JOIN post p ON p.id = cp.post_id
        WHERE ${namedIn('cp.collection_id', collectionIds, params, 'c')} AND p.deleted_at IS NULL AND p.hidden_at IS NULL
        ORDER BY cp.collection_id, cp.position`,
      params,
    );
    for (const r of rows) m.get(r.collection_id)!.push(r.post_id);
    return m;
  }

  /** Every post id of a collection in order (also deleted or hidden ones: positions count them). */
  allCollectionPostIds(collectionId: number): number[] {
    return this.db
      .all<{ post_id: number }>('SELECT post_id FROM collection_post WHERE collection_id = ? ORDER BY position', [collectionId])
      .map((r) => r.post_id);
  }

  /** Rewrites a collection's order (inside the caller's transaction). */
  setCollectionPosts(collectionId: number, postIds: number[], byId: number, at: string): void {
    const existing = new Map(
      this.db
        .all<{ post_id: number; added_by_id: number; added_at: string }>('SELECT post_id, added_by_id, added_at FROM collection_post WHERE collection_id = ?', [
          collectionId,
        ])
        .map((r) => [r.post_id, r]),
    );
    this.db.run('DELETE FROM collection_post WHERE collection_id = ?', [collectionId]);
    postIds.forEach((postId, i) => {
      const was = existing.get(postId);
      this.db.run('INSERT INTO collection_post (collection_id, post_id, position, added_by_id, added_at) VALUES (?, ?, ?, ?, ?)', [
        collectionId,
        postId,
        i + 1,
        was?.added_by_id ?? byId,
        was?.added_at ?? at,
      ]);
    });
  }

  /** The live collections each post belongs to. */
  collectionsOfPosts(postIds: readonly number[]): { post_id: number; id: number; title: string }[] {
    if (postIds.length === 0) return [];
    const params: Record<string, unknown> = {};
    return this.db.all(
      `SELECT cp.post_id, c.id, c.title FROM collection_post cp JOIN collection c ON c.id = cp.collection_id
        WHERE ${namedIn('cp.post_id', postIds, params, 'p')} AND c.deleted_at IS NULL ORDER BY c.title`,
      params,
    );
  }

  // ---- adoptions (横展開) -------------------------------------------------------------------

  adoptionsOfPosts(postIds: readonly number[]): AdoptionRow[] {
    if (postIds.length === 0) return [];
    const params: Record<string, unknown> = {};
    return this.db.all<AdoptionRow>(
      `SELECT * FROM adoption WHERE ${namedIn('post_id', postIds, params, 'p')}
        ORDER BY CASE status WHEN 'ADOPTED' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'CONSIDERING' THEN 2 ELSE 3 END, updated_at DESC, id`,
      params,
    );
  }

  adoptionFor(postId: number, departmentId: number): AdoptionRow | undefined {
    return this.db.get<AdoptionRow>('SELECT * FROM adoption WHERE post_id = ? AND department_id = ?', [postId, departmentId]);
  }

  adoption(id: number): AdoptionRow | undefined {
    return this.db.get<AdoptionRow>('SELECT * FROM adoption WHERE id = ?', [id]);
  }

  insertAdoption(a: Omit<AdoptionRow, 'id'>): number {
    return this.db.insert(
      `INSERT INTO adoption (post_id, department_id, status, adopted_on, hours_saved_per_year, note, follow_up_post_id, recorded_by_id, created_at, updated_at)
       VALUES (@post_id, @department_id, @status, @adopted_on, @hours_saved_per_year, @note, @follow_up_post_id, @recorded_by_id, @created_at, @updated_at)`,
      a,
    );
  }

  updateAdoption(
    id: number,
    a: Pick<AdoptionRow, 'status' | 'adopted_on' | 'hours_saved_per_year' | 'note' | 'follow_up_post_id' | 'recorded_by_id' | 'updated_at'>,
  ): void {
    this.db.run(
      `UPDATE adoption SET status = @status, adopted_on = @adopted_on, hours_saved_per_year = @hours_saved_per_year, note = @note,
         follow_up_post_id = @follow_up_post_id, recorded_by_id = @recorded_by_id, updated_at = @updated_at WHERE id = @id`,
      { ...a, id },
    );
  }

  /** Appends the adoption's new state to its history (append-only). */
  insertAdoptionEvent(adoptionId: number, a: Pick<AdoptionRow, 'status' | 'adopted_on' | 'hours_saved_per_year' | 'note'>, byId: number, at: string): void {
    this.db.run('INSERT INTO adoption_event (adoption_id, status, adopted_on, hours_saved_per_year, note, by_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      adoptionId,
      a.status,
      a.adopted_on,
      a.hours_saved_per_year,
      a.note,
      byId,
      at,
    ]);
  }

  // ---- impact ---------------------------------------------------------------------------

  /** Live cases posted in [from, until) (UTC instants) with hours saved per year. */
  caseHours(from: string, until: string): { post_id: number; department_id: number | null; anonymous: number; hours: number }[] {
    return this.db.all(
      `SELECT id AS post_id, department_id, anonymous, case_hours_saved AS hours FROM post
        WHERE kind = 'CASE' AND deleted_at IS NULL AND hidden_at IS NULL AND case_hours_saved > 0 AND created_at >= ? AND created_at < ?`,
      [from, until],
    );
  }

  /** Adoptions that are 導入済み with an adoption date in [from, until) (JST dates), on live cases. */
  adoptedHours(from: string, until: string): { post_id: number; department_id: number; hours: number }[] {
    return this.db.all(
      // CROSS JOIN keeps adoption (small: a city records thousands at most) as the outer loop.
      `SELECT ad.post_id, ad.department_id, COALESCE(ad.hours_saved_per_year, 0) AS hours FROM adoption ad CROSS JOIN post p ON p.id = ad.post_id
        WHERE ad.status = 'ADOPTED' AND ad.adopted_on >= ? AND ad.adopted_on < ? AND p.deleted_at IS NULL AND p.hidden_at IS NULL`,
      [from, until],
    );
  }
}
