import { ThemeIcon } from '@mantine/core';
import {
  IconAt,
  IconAward,
  IconBulb,
  IconBuildingCommunity,
  IconClockQuestion,
  IconEye,
  IconEyeOff,
  IconFlag,
  IconLock,
  IconMedal,
  IconMessage2,
  IconMessageCircle,
  IconMessages,
  IconRosetteDiscountCheck,
  IconStar,
  IconTag,
  IconUserQuestion,
  IconUsers,
} from '@tabler/icons-react';
import type { NotificationKind, PostKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

interface KindStyle {
  icon: typeof IconMessage2;
  color: string;
  label: MessageKey;
  /** How several of this kind on one post are summed up: 「3件の回答」. */
  group: MessageKey;
}

/** Every kind the schema knows; a newer server's kind falls back (see kindStyle). */
export const KIND_STYLE: Partial<Record<NotificationKind, KindStyle>> = {
  ANSWER_ON_MY_POST: { icon: IconMessageCircle, color: 'banso', label: 'notifications.kind.ANSWER_ON_MY_POST', group: 'notifications.groupAnswers' },
  FOLLOWED_POST_ANSWER: { icon: IconMessages, color: 'banso', label: 'notifications.kind.FOLLOWED_POST_ANSWER', group: 'notifications.groupAnswers' },
  COMMENT_ON_MY_CONTENT: { icon: IconMessage2, color: 'teal', label: 'notifications.kind.COMMENT_ON_MY_CONTENT', group: 'notifications.groupComments' },
  ANSWER_ACCEPTED: { icon: IconAward, color: 'green', label: 'notifications.kind.ANSWER_ACCEPTED', group: 'notifications.groupOther' },
  OFFICIAL_ANSWER: { icon: IconRosetteDiscountCheck, color: 'grape', label: 'notifications.kind.OFFICIAL_ANSWER', group: 'notifications.groupOther' },
  POST_FEATURED: { icon: IconStar, color: 'orange', label: 'notifications.kind.POST_FEATURED', group: 'notifications.groupOther' },
  CASE_ADOPTED: { icon: IconBuildingCommunity, color: 'teal', label: 'notifications.kind.CASE_ADOPTED', group: 'notifications.groupOther' },
  CONTENT_HIDDEN: { icon: IconEyeOff, color: 'red', label: 'notifications.kind.CONTENT_HIDDEN', group: 'notifications.groupOther' },
  CONTENT_RESTORED: { icon: IconEye, color: 'green', label: 'notifications.kind.CONTENT_RESTORED', group: 'notifications.groupOther' },
  POST_CLOSED: { icon: IconLock, color: 'gray', label: 'notifications.kind.POST_CLOSED', group: 'notifications.groupOther' },
  REPORT_RESOLVED: { icon: IconFlag, color: 'gray', label: 'notifications.kind.REPORT_RESOLVED', group: 'notifications.groupOther' },
  MENTION: { icon: IconAt, color: 'grape', label: 'notifications.kind.MENTION', group: 'notifications.groupOther' },
  QUESTION_ROUTED_TO_ME: { icon: IconUserQuestion, color: 'orange', label: 'notifications.kind.QUESTION_ROUTED_TO_ME', group: 'notifications.groupOther' },
  FOLLOWED_TAG_POST: { icon: IconTag, color: 'banso', label: 'notifications.kind.FOLLOWED_TAG_POST', group: 'notifications.groupOther' },
  UNANSWERED_QUESTION: { icon: IconClockQuestion, color: 'orange', label: 'notifications.kind.UNANSWERED_QUESTION', group: 'notifications.groupOther' },
  UNANSWERED_SUGGESTION: { icon: IconUsers, color: 'teal', label: 'notifications.kind.UNANSWERED_SUGGESTION', group: 'notifications.groupOther' },
  IDEA_STATUS_CHANGED: { icon: IconBulb, color: 'grape', label: 'notifications.kind.IDEA_STATUS_CHANGED', group: 'notifications.groupOther' },
  BADGE_AWARDED: { icon: IconMedal, color: 'yellow', label: 'notifications.kind.BADGE_AWARDED', group: 'notifications.groupOther' },
};

const FALLBACK: KindStyle = { icon: IconMessage2, color: 'gray', label: 'notifications.kind.OTHER', group: 'notifications.groupOther' };

/** On an idea, an answer is a 「コメント」: the label and the group say so. */
const ON_IDEA: Partial<Record<NotificationKind, Pick<KindStyle, 'label' | 'group'>>> = {
  ANSWER_ON_MY_POST: { label: 'notifications.ideaKind.ANSWER_ON_MY_POST', group: 'notifications.groupComments' },
  FOLLOWED_POST_ANSWER: { label: 'notifications.ideaKind.FOLLOWED_POST_ANSWER', group: 'notifications.groupComments' },
};

/** The style of a kind (worded for the post's kind); a kind the client does not know yet (a newer server) still renders. */
export function kindStyle(kind: NotificationKind, postKind?: PostKind | null): KindStyle {
  const style = KIND_STYLE[kind] ?? FALLBACK;
  const idea = postKind === 'IDEA' ? ON_IDEA[kind] : undefined;
  return idea ? { ...style, ...idea } : style;
}

/** The round icon of a notification's kind (decorative: the text says what happened). */
export function KindIcon({ kind, size = 32 }: { kind: NotificationKind; size?: number }) {
  const { icon: Icon, color } = kindStyle(kind);
  return (
    <ThemeIcon size={size} radius="xl" variant="light" color={color} aria-hidden="true" style={{ flexShrink: 0 }}>
      <Icon size={Math.round(size * 0.56)} stroke={1.8} />
    </ThemeIcon>
  );
}
