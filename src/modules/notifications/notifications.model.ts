import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo } from '../../core/graphql/page-info';
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
  FOLLOWED_TAG_POST = 'FOLLOWED_TAG_POST',
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
