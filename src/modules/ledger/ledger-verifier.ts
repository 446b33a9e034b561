import { DbService } from '../../core/database/db.service';
import { ContributionKind, POSTED_KIND, StampKind } from './contribution-kinds';

export interface LedgerDifference {
  key: string;
  expected: { count: number };
  actual: { count: number };
}

/** A fact's identity: who, what kind, and about which content. */
function key(
  kind: string,
  userId: number,
  p: {
    post?: number | null;
    answer?: number | null;
    comment?: number | null;
    tt?: string | null;
    tid?: number | null;
    stamp?: string | null;
    actor?: number | null;
  },
  anon: boolean,
): string {
  return [kind, userId, p.post ?? '', p.answer ?? '', p.comment ?? '', p.tt ?? '', p.tid ?? '', p.stamp ?? '', p.actor ?? '', anon ? 'anonymous' : ''].join(
    '|',
  );
}

/**
 * Recomputes what the ledger must hold from the source tables and compares it with the net
 * of the ledger (entries minus reversals). Rules mirror the services: content on deleted
 * posts counts for nothing; self-accepted answers earn nothing. Points are configuration
 * at the time of the fact, so they are checked structurally: every reversal negates exactly
 * the entry it reverses. Anonymity is checked too: every fact of the asker in their anonymous
 * thread must be flagged anonymous, and no other fact may be.
 */
export function verifyLedger(db: DbService): { checkedFacts: number; entries: number; differences: LedgerDifference[] } {
  const expected = new Map<string, { count: number }>();
  const add = (k: string) => {
    const e = expected.get(k) ?? { count: 0 };
    e.count += 1;
    expected.set(k, e);
  };

  const anonymousAsker = new Map(
    db.all<{ id: number; author_id: number }>('SELECT id, author_id FROM post WHERE anonymous = 1').map((p) => [p.id, p.author_id]),
  );
  const anon = (userId: number, postId: number) => anonymousAsker.get(postId) === userId;

  for (const p of db.all<{ id: number; kind: 'QUESTION' | 'CASE' | 'IDEA'; author_id: number }>(
    'SELECT id, kind, author_id FROM post WHERE deleted_at IS NULL',
  )) {
    const kind = POSTED_KIND[p.kind];
    add(key(kind, p.author_id, { post: p.id, actor: p.author_id }, anon(p.author_id, p.id)));
  }
  for (const a of db.all<{ id: number; post_id: number; author_id: number; accepted_at: string | null; post_author: number }>(
    `SELECT a.id, a.post_id, a.author_id, a.accepted_at, p.author_id AS post_author
       FROM answer a JOIN post p ON p.id = a.post_id WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL`,
  )) {
    add(key(ContributionKind.ANSWER_POSTED, a.author_id, { post: a.post_id, answer: a.id, actor: a.author_id }, anon(a.author_id, a.post_id)));
    if (a.accepted_at && a.author_id !== a.post_author) {
      // actor (who accepted) is not derivable from the source tables; compare without it below
      add(key(ContributionKind.ANSWER_ACCEPTED, a.author_id, { post: a.post_id, answer: a.id, actor: null }, anon(a.author_id, a.post_id)));
    }
  }
  for (const c of db.all<{ id: number; post_id: number; answer_id: number | null; author_id: number }>(
    `SELECT c.id, c.post_id, c.answer_id, c.author_id FROM comment c JOIN post p ON p.id = c.post_id
       LEFT JOIN answer a ON a.id = c.answer_id
      WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND (c.answer_id IS NULL OR a.deleted_at IS NULL)`,
  )) {
    add(
      key(
        ContributionKind.COMMENT_POSTED,
        c.author_id,
        { post: c.post_id, answer: c.answer_id, comment: c.id, actor: c.author_id },
        anon(c.author_id, c.post_id),
      ),
    );
  }
  for (const r of db.all<{
    user_id: number;
    target_type: string;
    target_id: number;
    stamp: StampKind;
    post_id: number;
    answer_id: number | null;
    comment_id: number | null;
    owner: number;
  }>(
    `SELECT r.user_id, r.target_type, r.target_id, r.stamp, r.post_id,
            CASE r.target_type WHEN 'ANSWER' THEN r.target_id WHEN 'COMMENT' THEN c.answer_id END AS answer_id,
            CASE r.target_type WHEN 'COMMENT' THEN r.target_id END AS comment_id,
            CASE r.target_type WHEN 'POST' THEN p.author_id WHEN 'ANSWER' THEN a.author_id ELSE c.author_id END AS owner
       FROM reaction r
       JOIN post p ON p.id = r.post_id
       LEFT JOIN answer a ON r.target_type = 'ANSWER' AND a.id = r.target_id
       LEFT JOIN comment c ON r.target_type = 'COMMENT' AND c.id = r.target_id
       LEFT JOIN answer ca ON ca.id = c.answer_id
      WHERE p.deleted_at IS NULL
        AND (r.target_type <> 'ANSWER' OR a.deleted_at IS NULL)
        AND (r.target_type <> 'COMMENT' OR (c.deleted_at IS NULL AND (c.answer_id IS NULL OR ca.deleted_at IS NULL)))`,
  )) {
    const ref = { post: r.post_id, answer: r.answer_id, comment: r.comment_id, tt: r.target_type, tid: r.target_id, stamp: r.stamp, actor: r.user_id };
    add(key(ContributionKind.STAMP_GIVEN, r.user_id, ref, anon(r.user_id, r.post_id)));
    add(key(ContributionKind.STAMP_RECEIVED, r.owner, ref, anon(r.owner, r.post_id)));
  }

  const actual = new Map<string, { count: number }>();
  const entries = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contribution')!.n;
  for (const g of db.all<{
    kind: string;
    user_id: number;
    post_id: number | null;
    answer_id: number | null;
    comment_id: number | null;
    target_type: string | null;
    target_id: number | null;
    stamp: string | null;
    actor_id: number | null;
    anonymous: number;
    n: number;
  }>(
    `SELECT kind, user_id, post_id, answer_id, comment_id, target_type, target_id, stamp,
            CASE WHEN kind = 'ANSWER_ACCEPTED' THEN NULL ELSE actor_id END AS actor_id,
            anonymous, SUM(delta) AS n
       FROM contribution
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
  )) {
    if (g.n === 0) continue;
    actual.set(
      key(
        g.kind,
        g.user_id,
        { post: g.post_id, answer: g.answer_id, comment: g.comment_id, tt: g.target_type, tid: g.target_id, stamp: g.stamp, actor: g.actor_id },
        g.anonymous === 1,
      ),
      { count: g.n },
    );
  }

  const differences: LedgerDifference[] = [];
  for (const [k, e] of expected) {
    const a = actual.get(k) ?? { count: 0 };
    if (a.count !== e.count) differences.push({ key: k, expected: e, actual: a });
  }
  for (const [k, a] of actual) {
    if (!expected.has(k)) differences.push({ key: k, expected: { count: 0 }, actual: a });
  }
  for (const r of db.all<{ id: number }>(
    `SELECT r.id FROM contribution r JOIN contribution o ON o.id = r.reverses_id
      WHERE r.delta <> -1 OR o.delta <> 1 OR r.points <> -o.points OR r.user_id <> o.user_id OR r.kind <> o.kind
         OR IFNULL(r.post_id, 0) <> IFNULL(o.post_id, 0) OR IFNULL(r.answer_id, 0) <> IFNULL(o.answer_id, 0)
         OR IFNULL(r.comment_id, 0) <> IFNULL(o.comment_id, 0) OR IFNULL(r.stamp, '') <> IFNULL(o.stamp, '')`,
  )) {
    differences.push({ key: `reversal #${r.id} does not mirror the entry it reverses`, expected: { count: 0 }, actual: { count: 1 } });
  }
  const orphan = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contribution WHERE delta = -1 AND reverses_id IS NULL')!.n;
  if (orphan > 0) differences.push({ key: `${orphan} reversal(s) without the entry they reverse`, expected: { count: 0 }, actual: { count: orphan } });
  return { checkedFacts: expected.size, entries, differences };
}
