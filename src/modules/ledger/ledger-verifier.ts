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

/** A fact as the source tables say it should be (actor null: not derivable, compared without it). */
export interface ExpectedFact {
  kind: string;
  userId: number;
  post: number | null;
  answer: number | null;
  comment: number | null;
  tt: string | null;
  tid: number | null;
  stamp: string | null;
  actor: number | null;
  anonymous: boolean;
}

/** Kinds whose actor (who accepted, who recorded the adoption) the source tables do not keep. */
export const ACTORLESS_KINDS: readonly string[] = ['ANSWER_ACCEPTED', 'CASE_ADOPTED'];

/** A fact's identity: who, what kind, and about which content. */
export function factKey(f: ExpectedFact): string {
  return [
    f.kind,
    f.userId,
    f.post ?? '',
    f.answer ?? '',
    f.comment ?? '',
    f.tt ?? '',
    f.tid ?? '',
    f.stamp ?? '',
    ACTORLESS_KINDS.includes(f.kind) ? '' : (f.actor ?? ''),
    f.anonymous ? 'anonymous' : '',
  ].join('|');
}

/** The identity of a ledger row (entry or reversal). */
export function entryKey(e: {
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
}): string {
  return factKey({
    kind: e.kind,
    userId: e.user_id,
    post: e.post_id,
    answer: e.answer_id,
    comment: e.comment_id,
    tt: e.target_type,
    tid: e.target_id,
    stamp: e.stamp,
    actor: e.actor_id,
    anonymous: e.anonymous === 1,
  });
}

/**
 * What the ledger must hold according to the source tables (all of it, or one post's facts):
 * key → how many times, and the fact. Rules mirror the services: hidden content and content on
 * deleted or hidden posts count for nothing; self-accepted answers earn nothing; a featured
 * post credits its author; an adoption by another department (導入中・導入済み) the case's author.
 */
export function expectedFacts(repo: LedgerRepository, postId?: number): Map<string, { count: number; fact: ExpectedFact }> {
  const expected = new Map<string, { count: number; fact: ExpectedFact }>();
  const none = { answer: null, comment: null, tt: null, tid: null, stamp: null };
  const add = (fact: ExpectedFact) => {
    const k = factKey(fact);
    const e = expected.get(k) ?? { count: 0, fact };
    e.count += 1;
    expected.set(k, e);
  };
  const anonymousAsker = new Map(repo.anonymousPosts().map((p) => [p.id, p.author_id]));
  const anon = (userId: number, post: number) => anonymousAsker.get(post) === userId;

  for (const p of repo.livePosts(postId)) {
    add({ ...none, kind: POSTED_KIND[p.kind], userId: p.author_id, post: p.id, actor: p.author_id, anonymous: anon(p.author_id, p.id) });
    if (p.featured_at) {
      add({ ...none, kind: ContributionKind.POST_FEATURED, userId: p.author_id, post: p.id, actor: p.featured_by_id, anonymous: anon(p.author_id, p.id) });
    }
  }
  for (const a of repo.creditedAdoptions(postId)) {
    add({
      ...none,
      kind: ContributionKind.CASE_ADOPTED,
      userId: a.case_author,
      post: a.post_id,
      tt: 'ADOPTION',
      tid: a.id,
      actor: null,
      anonymous: anon(a.case_author, a.post_id),
    });
  }
  for (const a of repo.liveAnswers(postId)) {
    const base = { ...none, userId: a.author_id, post: a.post_id, answer: a.id, anonymous: anon(a.author_id, a.post_id) };
    add({ ...base, kind: ContributionKind.ANSWER_POSTED, actor: a.author_id });
    if (a.accepted_at && a.author_id !== a.post_author) add({ ...base, kind: ContributionKind.ANSWER_ACCEPTED, actor: null });
  }
  for (const c of repo.liveComments(postId)) {
    add({
      ...none,
      kind: ContributionKind.COMMENT_POSTED,
      userId: c.author_id,
      post: c.post_id,
      answer: c.answer_id,
      comment: c.id,
      actor: c.author_id,
      anonymous: anon(c.author_id, c.post_id),
    });
  }
  for (const r of repo.liveReactions(postId)) {
    const ref = { post: r.post_id, answer: r.answer_id, comment: r.comment_id, tt: r.target_type, tid: r.target_id, stamp: r.stamp, actor: r.user_id };
    add({ ...ref, kind: ContributionKind.STAMP_GIVEN, userId: r.user_id, anonymous: anon(r.user_id, r.post_id) });
    add({ ...ref, kind: ContributionKind.STAMP_RECEIVED, userId: r.owner, anonymous: anon(r.owner, r.post_id) });
  }
  return expected;
}

/**
 * Recomputes what the ledger must hold from the source tables and compares it with the net
 * of the ledger (entries minus reversals). Points are configuration at the time of the fact,
 * so they are checked structurally: every reversal negates exactly the entry it reverses.
 * Anonymity is checked too: every fact of the asker in their anonymous thread must be flagged
 * anonymous, and no other fact may be.
 */
export function verifyLedger(db: DbService): LedgerVerification {
  return verifyLedgerWith(new LedgerRepository(db));
}

/** `verifyLedger` over a ledger repository (read-only: it only runs SELECTs). */
export function verifyLedgerWith(repo: LedgerRepository): LedgerVerification {
  const expected = new Map([...expectedFacts(repo).entries()].map(([k, e]) => [k, { count: e.count }]));

  const actual = new Map<string, { count: number }>();
  const entries = repo.countEntries();
  for (const g of repo.netFacts()) {
    if (g.n === 0) continue;
    actual.set(entryKey(g), { count: g.n });
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
