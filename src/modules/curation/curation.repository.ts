import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { TagEntity } from '../posts/tag.entity';

export type TagRow = TagEntity;

/** What content review needs of a post. */
export interface ReviewedPost {
  id: number;
  author_id: number;
  kind: string;
  created_at: string;
  reviewed_at: string | null;
  outdated: number;
}

/**
 * The posts whose content needs a look: cases, questions with an accepted answer, and posts
 * with an official answer (live, not hidden) that were last reviewed (or posted) before the
 * cutoff, or carry a tag marked as changed since.
 */
const REVIEWABLE = `p.deleted_at IS NULL AND p.hidden_at IS NULL
  AND (p.kind = 'CASE' OR p.accepted_answer_id IS NOT NULL
       OR EXISTS (SELECT 1 FROM answer a WHERE a.post_id = p.id AND a.official_at IS NOT NULL AND a.deleted_at IS NULL AND a.hidden_at IS NULL))`;
const DUE = `(COALESCE(p.reviewed_at, p.created_at) < @cutoff
  OR EXISTS (SELECT 1 FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.changed_at > COALESCE(p.reviewed_at, p.created_at)))`;

/** SQL for official answers, content review and tags (the only place that knows it). */
@Injectable()
export class CurationRepository {
  constructor(private readonly db: DbService) {}

  // ---- official answers -------------------------------------------------------------------

  liveAnswer(
    id: number,
  ): { id: number; post_id: number; official_at: string | null; official_note: string | null; official_section: string | null } | undefined {
    return this.db.get(
      `SELECT a.id, a.post_id, a.official_at, a.official_note, a.official_section FROM answer a JOIN post p ON p.id = a.post_id
        WHERE a.id = ? AND a.deleted_at IS NULL AND a.hidden_at IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL`,
      [id],
    );
  }

  setOfficial(answerId: number, o: { at: string; note: string | null; section: string; byId: number } | null): void {
    this.db.run('UPDATE answer SET official_at = ?, official_note = ?, official_section = ?, official_by_id = ? WHERE id = ?', [
      o?.at ?? null,
      o?.note ?? null,
      o?.section ?? null,
      o?.byId ?? null,
      answerId,
    ]);
  }

  // ---- content review ---------------------------------------------------------------------

  reviewablePost(id: number): ReviewedPost | undefined {
    return this.db.get<ReviewedPost>(`SELECT p.id, p.author_id, p.kind, p.created_at, p.reviewed_at, p.outdated FROM post p WHERE p.id = ? AND ${REVIEWABLE}`, [
      id,
    ]);
  }

  /** Due posts, the longest unreviewed first (keyset on the review basis and id). */
  reviewQueue(cutoff: string, after: { basis: string; id: number } | null, limit: number): { id: number; basis: string }[] {
    return this.db.all(
      `SELECT p.id, COALESCE(p.reviewed_at, p.created_at) AS basis FROM post p
        WHERE ${REVIEWABLE} AND ${DUE} ${after ? 'AND (COALESCE(p.reviewed_at, p.created_at), p.id) > (@afterBasis, @afterId)' : ''}
        ORDER BY COALESCE(p.reviewed_at, p.created_at), p.id LIMIT @limit`,
      { cutoff, limit, ...(after ? { afterBasis: after.basis, afterId: after.id } : {}) },
    );
  }

  /** Aged posts, plus the (few) posts under a changed tag, counted once. */
  countReviewQueue(cutoff: string): number {
    return this.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (
         SELECT p.id FROM post p WHERE ${REVIEWABLE} AND COALESCE(p.reviewed_at, p.created_at) < @cutoff
         UNION
         SELECT p.id FROM tag t JOIN post_tag pt ON pt.tag_id = t.id JOIN post p ON p.id = pt.post_id
          WHERE t.changed_at IS NOT NULL AND t.changed_at > COALESCE(p.reviewed_at, p.created_at) AND ${REVIEWABLE})`,
      { cutoff },
    )!.n;
  }

  /** Tags of these posts marked as changed after the post's last review (or posting). */
  changedTagsOf(postIds: readonly number[]): { post_id: number; label: string; changed_note: string | null }[] {
    if (postIds.length === 0) return [];
    return this.db.all(
      `SELECT p.id AS post_id, t.label, t.changed_note FROM post p JOIN post_tag pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id
        WHERE p.id IN (${postIds.map(() => '?').join(', ')}) AND t.changed_at > COALESCE(p.reviewed_at, p.created_at)`,
      [...postIds],
    );
  }

  markReviewed(postId: number, outdated: boolean, note: string | null, byId: number, at: string): void {
    this.db.run('UPDATE post SET outdated = ?, reviewed_at = ?, reviewed_by_id = ?, review_note = ? WHERE id = ?', [outdated ? 1 : 0, at, byId, note, postId]);
  }

  // ---- tags -------------------------------------------------------------------------------

  tagByKey(key: string): TagRow | undefined {
    return this.db.get<TagRow>('SELECT * FROM tag WHERE name = ?', [key]);
  }

  postIdsWithTag(tagId: number): number[] {
    return this.db.all<{ post_id: number }>('SELECT post_id FROM post_tag WHERE tag_id = ?', [tagId]).map((r) => r.post_id);
  }

  renameTag(tagId: number, oldKey: string, newKey: string, label: string): void {
    this.db.run('UPDATE tag SET name = ?, label = ? WHERE id = ?', [newKey, label, tagId]);
    this.db.run('UPDATE tag_skill SET tag_key = ? WHERE tag_key = ?', [newKey, oldKey]);
  }

  /** Moves every post of `from` to `into` (a post with both keeps one), the skill mapping too, and removes `from`. */
  mergeTags(from: TagRow, into: TagRow): void {
    this.db.run('INSERT OR IGNORE INTO post_tag (post_id, tag_id) SELECT post_id, ? FROM post_tag WHERE tag_id = ?', [into.id, from.id]);
    this.db.run('DELETE FROM post_tag WHERE tag_id = ?', [from.id]);
    this.db.run(
      'UPDATE tag SET post_count = (SELECT COUNT(*) FROM post_tag pt JOIN post p ON p.id = pt.post_id WHERE pt.tag_id = tag.id AND p.deleted_at IS NULL) WHERE id = ?',
      [into.id],
    );
    this.db.run('INSERT OR IGNORE INTO tag_skill (tag_key, skill_id, weight) SELECT ?, skill_id, weight FROM tag_skill WHERE tag_key = ?', [
      into.name,
      from.name,
    ]);
    this.db.run('DELETE FROM tag_skill WHERE tag_key = ?', [from.name]);
    this.db.run('DELETE FROM tag WHERE id = ?', [from.id]);
  }

  updateTag(tagId: number, description: string | null, changed: { at: string; note: string | null } | null | undefined): void {
    if (changed === undefined) this.db.run('UPDATE tag SET description = ? WHERE id = ?', [description, tagId]);
    else
      this.db.run('UPDATE tag SET description = ?, changed_at = ?, changed_note = ? WHERE id = ?', [
        description,
        changed?.at ?? null,
        changed?.note ?? null,
        tagId,
      ]);
  }

  /** The tag's live cases, featured first, then the most cheered. */
  topCases(tagId: number, limit: number): number[] {
    return this.db
      .all<{ id: number }>(
        `SELECT p.id FROM post p JOIN post_tag pt ON pt.post_id = p.id
          WHERE pt.tag_id = ? AND p.kind = 'CASE' AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          ORDER BY p.featured_at IS NULL, p.outdated, (p.cheer_count + p.helpful_count + p.thanks_count) DESC, p.id DESC LIMIT ?`,
        [tagId, limit],
      )
      .map((r) => r.id);
  }
}
