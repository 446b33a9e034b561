import { AppSettingEntity } from './core/database/app-setting.entity';
import { IdempotencyKeyEntity } from './core/idempotency/idempotency-key.entity';
import { AnswerRevisionEntity } from './modules/answers/answer-revision.entity';
import { AnswerEntity } from './modules/answers/answer.entity';
import { AuditLogEntity } from './modules/audit/audit-log.entity';
import { SessionEntity } from './modules/auth/session.entity';
import { BadgeAwardEntity } from './modules/badges/badge-award.entity';
import { BadgeEntity } from './modules/badges/badge.entity';
import { BookmarkEntity } from './modules/bookmarks/bookmark.entity';
import { CommentEntity } from './modules/comments/comment.entity';
import { DraftEntity } from './modules/drafts/draft.entity';
import { GuardWordEntity, GuidelinesAckEntity } from './modules/guard/guard.entity';
import { RevisionRollbackEntity } from './modules/history/revision-rollback.entity';
import { IdeaStatusChangeEntity } from './modules/ideas/idea-status-change.entity';
import { ContributionEntity } from './modules/ledger/contribution.entity';
import { ReportEntity } from './modules/moderation/report.entity';
import {
  FollowEntity,
  NotificationEntity,
  NotificationSettingEntity,
  QuestionRouteEntity,
  UnansweredFollowupEntity,
  EmailDeliveryEntity,
} from './modules/notifications/notification.entity';
import { OutboxEntity } from './modules/outbox/outbox.entity';
import { PostRevisionEntity } from './modules/posts/post-revision.entity';
import { PostTagEntity } from './modules/posts/post-tag.entity';
import { PostEntity } from './modules/posts/post.entity';
import { TagEntity } from './modules/posts/tag.entity';
import { AdoptionEntity, AdoptionEventEntity, CollectionEntity, CollectionPostEntity } from './modules/practices/practices.entity';
import { UserProfileEntity } from './modules/profiles/user-profile.entity';
import { ReactionEntity } from './modules/reactions/reaction.entity';
import { SearchDocEntity } from './modules/search/search-doc.entity';
import { SearchSynonymGroupEntity } from './modules/search/search-synonym-group.entity';
import { SearchTextEntity } from './modules/search/search-text.entity';
import { CertificationEventEntity } from './modules/skills/certification-event.entity';
import { SkillRoleRequirementEntity } from './modules/skills/skill-role-requirement.entity';
import { SkillEntity } from './modules/skills/skill.entity';
import { TagSkillEntity } from './modules/skills/tag-skill.entity';
import { StatsMonthEntity, StatsMonthPersonEntity, StatsYearPersonEntity } from './modules/stats/stats-month.entity';
import { AttachmentEntity, AttachmentRefEntity } from './modules/uploads/attachment.entity';
import { AppUserEntity } from './modules/users/app-user.entity';
import { AssignmentEntity } from './modules/users/assignment.entity';
import { DepartmentNameEntity } from './modules/users/department-name.entity';
import { DepartmentEntity } from './modules/users/department.entity';
import { ManagerScopeEntity } from './modules/users/manager-scope.entity';
import { UserPreferenceEntity } from './modules/users/user-preference.entity';
import { WebhookDeliveryEntity, WebhookEntity } from './modules/webhooks/webhook.entity';

/** Every table, declared once (TypeORM entities used for row types; migrations stay the source of the schema). */
export const ENTITIES = [
  AnswerEntity,
  AnswerRevisionEntity,
  AppSettingEntity,
  AppUserEntity,
  AssignmentEntity,
  DepartmentEntity,
  DepartmentNameEntity,
  ManagerScopeEntity,
  UserPreferenceEntity,
  SessionEntity,
  AuditLogEntity,
  BadgeEntity,
  BadgeAwardEntity,
  CertificationEventEntity,
  SkillEntity,
  SkillRoleRequirementEntity,
  TagSkillEntity,
  StatsMonthEntity,
  StatsMonthPersonEntity,
  StatsYearPersonEntity,
  CollectionEntity,
  CollectionPostEntity,
  AdoptionEntity,
  AdoptionEventEntity,
  ReportEntity,
  NotificationEntity,
  FollowEntity,
  QuestionRouteEntity,
  NotificationSettingEntity,
  UnansweredFollowupEntity,
  EmailDeliveryEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  DraftEntity,
  GuardWordEntity,
  GuidelinesAckEntity,
  CommentEntity,
  ContributionEntity,
  IdempotencyKeyEntity,
  OutboxEntity,
  PostEntity,
  PostRevisionEntity,
  PostTagEntity,
  TagEntity,
  ReactionEntity,
  SearchDocEntity,
  SearchTextEntity,
  SearchSynonymGroupEntity,
  IdeaStatusChangeEntity,
  RevisionRollbackEntity,
  BookmarkEntity,
  AttachmentEntity,
  AttachmentRefEntity,
  UserProfileEntity,
];
