import { DbService } from '../../core/database/db.service';
import { ContributionKind, POSTED_KIND } from './contribution-kinds';
import { LedgerRepository } from './ledger.repository';

export interface LedgerVerification {
  checkedFacts: number;
  entries: number;
  differences: LedgerDifference[];
}

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
 * of the ledger (entries minus reversals). Rules mirror the services: hidden content and
 * content on deleted or hidden posts count for nothing; a featured post credits its author, an
 * adoption by another department (導入中・導入済み) the case's author; self-accepted answers earn nothing. Points are configuration
 * at the time of the fact, so they are checked structurally: every reversal negates exactly
 * the entry it reverses. Anonymity is checked too: every fact of the asker in their anonymous
 * thread must be flagged anonymous, and no other fact may be.
 */
export function verifyLedger(db: DbService): LedgerVerification {
  return verifyLedgerWith(new LedgerRepository(db));
}

/** `verifyLedger` over a ledger repository (read-only: it only runs SELECTs). */
export function verifyLedgerWith(repo: LedgerRepository): LedgerVerification {
  const expected = new Map<string, { count: number }>();
  const add = (k: string) => {
    const e = expected.get(k) ?? { count: 0 };
    e.count += 1;
    expected.set(k, e);
  };

  const anonymousAsker = new Map(repo.anonymousPosts().map((p) => [p.id, p.author_id]));
  const anon = (userId: number, postId: number) => anonymousAsker.get(postId) === userId;

  for (const p of repo.livePosts()) {
    const kind = POSTED_KIND[p.kind];
    add(key(kind, p.author_id, { post: p.id, actor: p.author_id }, anon(p.author_id, p.id)));
    if (p.featured_at) add(key(ContributionKind.POST_FEATURED, p.author_id, { post: p.id, actor: p.featured_by_id }, anon(p.author_id, p.id)));
  }
  for (const a of repo.creditedAdoptions()) {
    // who recorded the adoption is not derivable (the status may be changed by others): compared without it
    add(key(ContributionKind.CASE_ADOPTED, a.case_author, { post: a.post_id, tt: 'ADOPTION', tid: a.id, actor: null }, anon(a.case_author, a.post_id)));
  }
  for (const a of repo.liveAnswers()) {
    add(key(ContributionKind.ANSWER_POSTED, a.author_id, { post: a.post_id, answer: a.id, actor: a.author_id }, anon(a.author_id, a.post_id)));
    if (a.accepted_at && a.author_id !== a.post_author) {
      // actor (who accepted) is not derivable from the source tables; compare without it below
      add(key(ContributionKind.ANSWER_ACCEPTED, a.author_id, { post: a.post_id, answer: a.id, actor: null }, anon(a.author_id, a.post_id)));
    }
  }
  for (const c of repo.liveComments()) {
    add(
      key(
        ContributionKind.COMMENT_POSTED,
        c.author_id,
        { post: c.post_id, answer: c.answer_id, comment: c.id, actor: c.author_id },
        anon(c.author_id, c.post_id),
      ),
    );
  }
  for (const r of repo.liveReactions()) {
    const ref = { post: r.post_id, answer: r.answer_id, comment: r.comment_id, tt: r.target_type, tid: r.target_id, stamp: r.stamp, actor: r.user_id };
    add(key(ContributionKind.STAMP_GIVEN, r.user_id, ref, anon(r.user_id, r.post_id)));
    add(key(ContributionKind.STAMP_RECEIVED, r.owner, ref, anon(r.owner, r.post_id)));
  }

  const actual = new Map<string, { count: number }>();
  const entries = repo.countEntries();
  for (const g of repo.netFacts()) {
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
  for (const id of repo.unmirroredReversalIds()) {
    differences.push({ key: `reversal #${id} does not mirror the entry it reverses`, expected: { count: 0 }, actual: { count: 1 } });
  }
  const orphan = repo.countOrphanReversals();
  if (orphan > 0) differences.push({ key: `${orphan} reversal(s) without the entry they reverse`, expected: { count: 0 }, actual: { count: orphan } });
  return { checkedFacts: expected.size, entries, differences };
}
