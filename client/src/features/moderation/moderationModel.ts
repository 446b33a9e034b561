import type { ReactionTargetType, ReportReason } from '../../gql/graphql';
import type { TFunction } from '../../i18n';

/**
 * The server's limits: src/modules/moderation/moderation.model.ts (MODERATION_LIMITS) and
 * src/modules/curation/curation.model.ts (CURATION_LIMITS); a tag name as in LIMITS.tag.
 */
export const MOD_LIMITS = {
  reportNote: 1000,
  reason: 500,
  officialNote: 200,
  reviewNote: 500,
  tagDescription: 1000,
  changedNote: 200,
  tag: 30,
} as const;

export const REPORT_REASONS: readonly ReportReason[] = ['PERSONAL_INFO', 'INAPPROPRIATE', 'SPAM', 'OTHER'];
export type TargetType = ReactionTargetType;

/** Characters as the server counts them (code points, after trimming). */
export const charCount = (value: string): number => [...value.trim()].length;

/** Over the limit → the message; otherwise null. */
export function tooLong(value: string, max: number, t: TFunction): string | null {
  return charCount(value) > max ? t('report.v.tooLong', { max }) : null;
}

/** A required text: empty → `emptyMessage`, too long → the limit message. */
export function requiredText(value: string, max: number, emptyMessage: string, t: TFunction): string | null {
  if (!value.trim()) return emptyMessage;
  return tooLong(value, max, t);
}

export interface ReportFormErrors {
  reason?: string;
  note?: string;
}

/** The report form: a reason; a note for その他; notes within the limit. */
export function validateReport(reason: ReportReason | null, note: string, t: TFunction): ReportFormErrors {
  const errors: ReportFormErrors = {};
  if (!reason) errors.reason = t('report.v.reason');
  if (reason === 'OTHER' && !note.trim()) errors.note = t('report.v.noteForOther');
  else {
    const long = tooLong(note, MOD_LIMITS.reportNote, t);
    if (long) errors.note = long;
  }
  return errors;
}

/**
 * The original of a duplicate, as typed or pasted: a number (123), a path (/posts/123, with
 * or without #answer-…) or a URL of a post page on any host. Anything else is null.
 */
export function parsePostRef(input: string): string | null {
  const v = input.trim();
  if (!v) return null;
  if (/^#?\d+$/.test(v)) return v.replace('#', '').replace(/^0+(?=\d)/, '');
  const m = /(?:^|\/)posts\/(\d+)(?:[/?#].*)?$/.exec(v);
  return m ? m[1].replace(/^0+(?=\d)/, '') : null;
}

/** The link to a report's content: the post, at the answer when it is one. */
export function reportTargetPath(report: { targetType: TargetType; targetId: string; post: { id: string } | null }): string | null {
  if (!report.post) return null;
  return report.targetType === 'ANSWER' ? `/posts/${report.post.id}#answer-${report.targetId}` : `/posts/${report.post.id}`;
}

/** Was this report filed before the user pressed 通報 (the server returns an earlier open report of theirs)? */
export function isEarlierReport(createdAt: string, submittedAt: number, slackMs = 2 * 60_000): boolean {
  const t = Date.parse(createdAt);
  return Number.isFinite(t) && t < submittedAt - slackMs;
}
