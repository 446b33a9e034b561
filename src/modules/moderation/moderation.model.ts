import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo } from '../../core/graphql/page-info';
import { PostCloseReason, ReactionTargetType } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { User } from '../users/user.model';

export enum ReportReason {
  PERSONAL_INFO = 'PERSONAL_INFO',
  INAPPROPRIATE = 'INAPPROPRIATE',
  SPAM = 'SPAM',
  OTHER = 'OTHER',
}
export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
export enum ReportAction {
  HIDE = 'HIDE',
  DISMISS = 'DISMISS',
}
registerEnumType(ReportReason, { name: 'ReportReason', description: '個人情報 / 不適切 / スパム / その他' });
registerEnumType(ReportStatus, { name: 'ReportStatus', description: '未対応 / 対応済み' });
registerEnumType(ReportAction, { name: 'ReportAction', description: '非表示にする / 問題なし' });

export const MODERATION_LIMITS = { note: 1000, reason: 500 } as const;

@ObjectType({ description: '通報' })
export class Report {
  @Field(() => ID) id: string;
  @Field(() => ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => Post, { nullable: true, description: '通報された内容のある投稿' }) post: Post | null;
  @Field({ description: '通報された内容の抜粋（DX推進課・管理者向け）' }) targetExcerpt: string;
  @Field({ description: '通報された内容が今、非表示か' }) targetHidden: boolean;
  @Field(() => Int, { description: '同じ内容への未対応の通報の数' }) openReportsOnTarget: number;
  @Field(() => ReportReason) reason: ReportReason;
  @Field() note: string;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => ReportAction, { nullable: true }) action: ReportAction | null;
  @Field(() => String, { nullable: true, description: '対応のメモ（非表示にしたときは投稿者に示す理由）' }) resolutionNote: string | null;
  @Field(() => User, { nullable: true, description: '通報した人（DX推進課・管理者にだけ。匿名の質問の質問者が自分の質問の中で通報したときは null）' })
  reporter: User | null;
  @Field(() => User, { nullable: true }) resolvedBy: User | null;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt: string | null;
  postId: number;
}

@ObjectType()
export class ReportEdge {
  @Field() cursor: string;
  @Field(() => Report) node: Report;
}

@ObjectType()
export class ReportConnection {
  @Field(() => [ReportEdge]) edges: ReportEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType()
export class ReportInput {
  @Field(() => ReactionTargetType) @IsEnum(ReactionTargetType, { message: '通報する対象の種類が正しくありません。' }) targetType: ReactionTargetType;
  @Field(() => ID) @IsString() targetId: string;
  @Field(() => ReportReason) @IsEnum(ReportReason, { message: '通報の理由を選んでください。' }) reason: ReportReason;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MODERATION_LIMITS.note * 4) note?: string | null;
}

@InputType()
export class ModerationInput {
  @Field(() => ReactionTargetType) @IsEnum(ReactionTargetType, { message: '対象の種類が正しくありません。' }) targetType: ReactionTargetType;
  @Field(() => ID) @IsString() targetId: string;
  @Field(() => String, { nullable: true, description: '理由（非表示では必須。投稿者に示されます）' })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_LIMITS.reason * 4)
  reason?: string | null;
}

@InputType()
export class ClosePostInput {
  @Field(() => ID) @IsString() postId: string;
  @Field(() => PostCloseReason) @IsEnum(PostCloseReason, { message: 'クローズの理由を選んでください。' }) reason: PostCloseReason;
  @Field(() => ID, { nullable: true, description: '重複のとき：元の質問' }) @IsOptional() @IsString() duplicateOfId?: string | null;
  @Field(() => String, { nullable: true, description: '投稿者へのひとこと（質問に表示されます）' })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_LIMITS.reason * 4)
  note?: string | null;
}

@ObjectType({ description: 'DX推進課の対応待ちの件数' })
export class ModerationCounts {
  @Field(() => Int, { description: '未対応の通報' }) openReports: number;
  @Field(() => Int, { description: '非表示中の内容' }) hiddenContent: number;
}
