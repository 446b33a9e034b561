/**
 * What counts as a contribution, and its default points. Issue #3 turns points into
 * configuration; the ledger stores the points given at the time, so a later change of
 * configuration never rewrites history.
 */
export enum ContributionKind {
  QUESTION_POSTED = 'QUESTION_POSTED',
  CASE_POSTED = 'CASE_POSTED',
  IDEA_POSTED = 'IDEA_POSTED',
  ANSWER_POSTED = 'ANSWER_POSTED',
  COMMENT_POSTED = 'COMMENT_POSTED',
  /** credited to the answerer when their answer is accepted */
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  /** credited to the person who gave a stamp (the 応援 culture) */
  STAMP_GIVEN = 'STAMP_GIVEN',
  /** credited to the author of the stamped content */
  STAMP_RECEIVED = 'STAMP_RECEIVED',
  /** credited to the author of a post the DX office marked as 優良事例 */
  POST_FEATURED = 'POST_FEATURED',
  /** credited to a case's author while another department's adoption is 導入中 or 導入済み */
  CASE_ADOPTED = 'CASE_ADOPTED',
}

export type StampKind = 'CHEER' | 'HELPFUL' | 'THANKS';

export const DEFAULT_POINTS = {
  QUESTION_POSTED: 2,
  CASE_POSTED: 5,
  IDEA_POSTED: 3,
  ANSWER_POSTED: 3,
  COMMENT_POSTED: 1,
  ANSWER_ACCEPTED: 15,
  STAMP_GIVEN: 0,
  STAMP_RECEIVED: { CHEER: 1, HELPFUL: 2, THANKS: 1 } as Record<StampKind, number>,
  POST_FEATURED: 10,
  CASE_ADOPTED: 20,
} as const;

export function pointsFor(kind: ContributionKind, stamp?: StampKind | null): number {
  if (kind === ContributionKind.STAMP_RECEIVED) return DEFAULT_POINTS.STAMP_RECEIVED[stamp ?? 'CHEER'];
  return DEFAULT_POINTS[kind] as number;
}

export const POSTED_KIND: Record<'QUESTION' | 'CASE' | 'IDEA', ContributionKind> = {
  QUESTION: ContributionKind.QUESTION_POSTED,
  CASE: ContributionKind.CASE_POSTED,
  IDEA: ContributionKind.IDEA_POSTED,
};
