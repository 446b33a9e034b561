import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo } from '../../core/graphql/page-info';
import { PostKind } from '../posts/content.enums';
import { User } from '../users/user.model';

export enum NotificationKind {
  ANSWER_ON_MY_POST = 'ANSWER_ON_MY_POST',
  FOLLOWED_POST_ANSWER = 'FOLLOWED_POST_ANSWER',
  COMMENT_ON_MY_CONTENT = 'COMMENT_ON_MY_CONTENT',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  OFFICIAL_ANSWER = 'OFFICIAL_ANSWER',
  POST_FEATURED = 'POST_FEATURED',
  CASE_ADOPTED = 'CASE_ADOPTED',
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  CONTENT_RESTORED = 'CONTENT_RESTORED',
  POST_CLOSED = 'POST_CLOSED',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  MENTION = 'MENTION',
  QUESTION_ROUTED_TO_ME = 'QUESTION_ROUTED_TO_ME',
  UNANSWERED_QUESTION = 'UNANSWERED_QUESTION',
  UNANSWERED_SUGGESTION = 'UNANSWERED_SUGGESTION',
  FOLLOWED_TAG_POST = 'FOLLOWED_TAG_POST',
  IDEA_STATUS_CHANGED = 'IDEA_STATUS_CHANGED',
  BADGE_AWARDED = 'BADGE_AWARDED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'お知らせ' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar, { nullable: true }) readAt: string | null;
  @Field(() => User, { nullable: true, description: 'した人（匿名の質問者、DX推進課の対応では null）' }) actor: User | null;
  @Field({ description: '日本語の文面' }) message: string;
  @Field({ description: 'アプリ内のリンク（回答・コメントへのアンカー付き）' }) link: string;
  @Field(() => ID, { nullable: true }) postId: string | null;
  @Field(() => PostKind, { nullable: true, description: '投稿の種類（アイデアへの回答は「コメント」と表示します）。削除された投稿では null' })
  postKind: PostKind | null;
  @Field(() => ID, { nullable: true }) answerId: string | null;
  @Field(() => ID, { nullable: true }) commentId: string | null;
}

@ObjectType()
export class NotificationEdge {
  @Field() cursor: string;
  @Field(() => Notification) node: Notification;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges: NotificationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: '未読の数' }) unreadCount: number;
}

export enum PostActivityKind {
  ANSWER = 'ANSWER',
  COMMENT = 'COMMENT',
}
registerEnumType(PostActivityKind, { name: 'PostActivityKind' });

@ObjectType({ description: '開いている投稿に新しい回答・コメントがついた（内容は投稿を読み直して取得）' })
export class PostActivity {
  @Field(() => ID) postId: string;
  @Field(() => PostActivityKind) kind: PostActivityKind;
  @Field(() => ID, { nullable: true }) answerId: string | null;
  @Field(() => ID, { nullable: true }) commentId: string | null;
  @Field(() => DateTimeScalar) at: string;
}

export enum EmailMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}
registerEnumType(EmailMode, { name: 'EmailMode', description: 'すぐに / 1日1回まとめて / 週1回まとめて / 送らない' });

/** Kinds sent by e-mail unless a person chooses otherwise: what is addressed to them; follows stay in the app. */
export const DEFAULT_EMAIL_KINDS: NotificationKind[] = [
  NotificationKind.ANSWER_ON_MY_POST,
  NotificationKind.COMMENT_ON_MY_CONTENT,
  NotificationKind.ANSWER_ACCEPTED,
  NotificationKind.MENTION,
  NotificationKind.QUESTION_ROUTED_TO_ME,
  NotificationKind.CONTENT_HIDDEN,
  NotificationKind.POST_CLOSED,
  NotificationKind.CASE_ADOPTED,
];

@ObjectType()
export class NotificationKindSetting {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field({ description: 'メールでも知らせる' }) email: boolean;
}

@ObjectType({ description: 'お知らせの設定' })
export class NotificationSettings {
  @Field(() => EmailMode) emailMode: EmailMode;
  @Field({ description: '回答の依頼を受け付ける' }) routingRequests: boolean;
  @Field(() => [NotificationKindSetting]) kinds: NotificationKindSetting[];
  @Field({ description: 'この環境でメール送信（SMTP_URL）が設定されているか。false の間、メールは届きません' }) emailAvailable: boolean;
}

@InputType()
export class NotificationKindSettingInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind: NotificationKind;
  @Field() @IsBoolean() email: boolean;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => EmailMode, { nullable: true }) @IsOptional() @IsEnum(EmailMode, { message: 'メールの送り方が正しくありません。' }) emailMode?: EmailMode | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() routingRequests?: boolean | null;
  @Field(() => [NotificationKindSettingInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) kinds?: NotificationKindSettingInput[] | null;
}
