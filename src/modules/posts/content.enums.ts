import { registerEnumType } from '@nestjs/graphql';

export enum PostKind {
  QUESTION = 'QUESTION',
  CASE = 'CASE',
  IDEA = 'IDEA',
}
export enum PostStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
export enum Stamp {
  CHEER = 'CHEER',
  HELPFUL = 'HELPFUL',
  THANKS = 'THANKS',
}
export enum ReactionTargetType {
  POST = 'POST',
  ANSWER = 'ANSWER',
  COMMENT = 'COMMENT',
}
export enum PostOrder {
  NEWEST = 'NEWEST',
  ACTIVITY = 'ACTIVITY',
}

/** Why a question was closed (クローズ). */
export enum PostCloseReason {
  DUPLICATE = 'DUPLICATE',
  OFF_TOPIC = 'OFF_TOPIC',
  RESOLVED_ELSEWHERE = 'RESOLVED_ELSEWHERE',
}

/** An idea's status: 提案 → 検討中 → 採用 / 見送り. */
export enum IdeaStatus {
  PROPOSED = 'PROPOSED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ADOPTED = 'ADOPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(IdeaStatus, { name: 'IdeaStatus', description: '提案 / 検討中 / 採用 / 見送り' });
registerEnumType(PostCloseReason, { name: 'PostCloseReason', description: '重複 / 対象外 / 解決済み（他で）' });
registerEnumType(PostKind, { name: 'PostKind', description: '質問 / 事例 / アイデア' });
registerEnumType(PostStatus, { name: 'PostStatus' });
registerEnumType(Stamp, { name: 'Stamp', description: '応援 / 参考になった / ありがとう' });
registerEnumType(ReactionTargetType, { name: 'ReactionTargetType' });
registerEnumType(PostOrder, { name: 'PostOrder', description: '新着順 / 最近の動き順' });
