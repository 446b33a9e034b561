import { StampKind } from '../ledger/contribution-kinds';
import { ContributionEntity } from '../ledger/contribution.entity';

/** A ledger entry as the badge rules read it (non-anonymous entries of one person, in id order). */
export type LedgerFact = Pick<ContributionEntity, 'id' | 'kind' | 'delta' | 'post_id' | 'answer_id' | 'target_type' | 'occurred_at'> & {
  stamp: StampKind | null;
};

export interface Earned {
  key: string;
  at: string;
  postId: number | null;
  reason: string;
  /**
   * Earned by the holder's own act (posting, giving 応援): shown at once as a toast, not
   * notified (never of one's own act). Badges earned through others' acts — acceptance,
   * 応援 received, 優良事例, 横展開 — are notified (`badge.awarded`).
   */
  ownAct?: boolean;
}

/**
 * Running net count over facts; returns when the count last reached `min` (the moment the
 * badge was earned, stable between incremental awards and a backfill) or null when the
 * count is now below it.
 */
export function reachedAt(facts: LedgerFact[], min: number): { at: string; postId: number | null; count: number } | null {
  let n = 0;
  let at: string | null = null;
  let postId: number | null = null;
  for (const f of facts) {
    const before = n;
    n += f.delta;
    if (before < min && n >= min) {
      at = f.occurred_at;
      postId = f.post_id;
    }
  }
  return n >= min && at ? { at, postId, count: n } : null;
}

export function groupBy<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    if (k === null) continue;
    const list = m.get(k) ?? [];
    list.push(i);
    m.set(k, list);
  }
  return m;
}
