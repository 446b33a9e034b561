import type { EmailMode, NotificationKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

export const EMAIL_MODES: readonly EmailMode[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];

export interface KindGroup {
  key: string;
  title: MessageKey;
  kinds: readonly NotificationKind[];
}

/**
 * The notification kinds, grouped as a person thinks of them: what is addressed to me, what I
 * follow, requests to answer, and what the DX office did. Every kind of the schema is in exactly
 * one group (the unit test checks it against the generated enum).
 */
export const KIND_GROUPS: readonly KindGroup[] = [
  { key: 'mine', title: 'notifSettings.group.mine', kinds: ['ANSWER_ON_MY_POST', 'COMMENT_ON_MY_CONTENT', 'ANSWER_ACCEPTED', 'MENTION', 'BADGE_AWARDED'] },
  { key: 'routing', title: 'notifSettings.group.routing', kinds: ['QUESTION_ROUTED_TO_ME', 'UNANSWERED_SUGGESTION', 'UNANSWERED_QUESTION'] },
  { key: 'follow', title: 'notifSettings.group.follow', kinds: ['FOLLOWED_POST_ANSWER', 'FOLLOWED_TAG_POST', 'OFFICIAL_ANSWER'] },
  {
    key: 'office',
    title: 'notifSettings.group.office',
    kinds: ['POST_FEATURED', 'CASE_ADOPTED', 'IDEA_STATUS_CHANGED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED', 'POST_CLOSED', 'REPORT_RESOLVED'],
  },
];

export const kindLabel = (kind: NotificationKind): MessageKey => `notifSettings.kind.${kind}` as MessageKey;
export const kindHelp = (kind: NotificationKind): MessageKey => `notifSettings.kindHelp.${kind}` as MessageKey;

export interface SettingsDraft {
  emailMode: EmailMode;
  routingRequests: boolean;
  email: Partial<Record<NotificationKind, boolean>>;
}

export function draftOf(s: { emailMode: EmailMode; routingRequests: boolean; kinds: readonly { kind: NotificationKind; email: boolean }[] }): SettingsDraft {
  return { emailMode: s.emailMode, routingRequests: s.routingRequests, email: Object.fromEntries(s.kinds.map((k) => [k.kind, k.email])) };
}

export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  if (a.emailMode !== b.emailMode || a.routingRequests !== b.routingRequests) return false;
  const keys = new Set([...Object.keys(a.email), ...Object.keys(b.email)]) as Set<NotificationKind>;
  return [...keys].every((k) => !!a.email[k] === !!b.email[k]);
}

/** The mutation input: every kind the server listed, so the saved state is exactly what is shown. */
export function inputOf(d: SettingsDraft) {
  return {
    emailMode: d.emailMode,
    routingRequests: d.routingRequests,
    kinds: (Object.keys(d.email) as NotificationKind[]).map((kind) => ({ kind, email: !!d.email[kind] })),
  };
}
