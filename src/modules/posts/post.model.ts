import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo } from '../../core/graphql/page-info';
import { Department, User } from '../users/user.model';
import { IdeaStatus, PostCloseReason, PostKind, PostStatus, ReactionTargetType, Stamp } from './content.enums';

@ObjectType()
export class Tag {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) postCount: number;
}

@ObjectType()
export class CaseDetails {
  @Field({ description: '課題' }) problem: string;
  @Field({ description: '取組内容' }) solution: string;
  @Field({ description: '効果' }) effect: string;
  @Field(() => Float, { nullable: true, description: '年間削減時間' }) hoursSavedPerYear: number | null;
  @Field(() => [String], { description: '使ったツール' }) tools: string[];
}

@ObjectType()
export class ReactionSummary {
  @Field(() => Int) cheer: number;
  @Field(() => Int) helpful: number;
  @Field(() => Int) thanks: number;
  @Field(() => ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) targetId: string;
  /** set when already known (after a mutation); otherwise resolved through a loader */
  viewerStampsValue?: Stamp[];
}

@ObjectType()
export class Post {
  @Field(() => ID) id: string;
  @Field(() => PostKind) kind: PostKind;
  @Field() title: string;
  @Field() body: string;
  @Field(() => PostStatus) status: PostStatus;
  @Field() anonymous: boolean;
  @Field(() => User, { nullable: true, description: 'null when hidden from the viewer (anonymous)' })
  author: User | null;
  @Field(() => Department, { nullable: true, description: 'null when hidden from the viewer (anonymous)' })
  department: Department | null;
  @Field(() => [Tag]) tags: Tag[];
  @Field(() => ReactionSummary) reactions: ReactionSummary;
  @Field(() => CaseDetails, { nullable: true }) caseDetails: CaseDetails | null;
  @Field(() => Int) answerCount: number;
  @Field(() => Int) commentCount: number;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar) updatedAt: string;
  @Field(() => DateTimeScalar) lastActivityAt: string;
  @Field() viewerIsAuthor: boolean;
  @Field() viewerCanEdit: boolean;
  @Field() viewerCanDelete: boolean;
  @Field() viewerCanAccept: boolean;
  @Field({ description: 'DX推進課・管理者が匿名の投稿者を（理由を記録して）表示できる' }) viewerCanRevealAuthor: boolean;

  @Field({ description: '優良事例（DX推進課が選んだ）' }) featured: boolean;
  @Field(() => String, { nullable: true, description: '優良事例に選んだ理由' }) featuredNote: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) featuredAt: string | null;
  @Field({ description: '古い情報（内容の確認で古いと判断された）' }) outdated: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: '最後に内容を確認した日時' }) reviewedAt: string | null;
  @Field(() => String, { nullable: true, description: '内容の確認のメモ' }) reviewNote: string | null;
  @Field(() => PostCloseReason, { nullable: true, description: 'クローズの理由（クローズされていなければ null）' }) closedReason: PostCloseReason | null;
  @Field(() => ID, { nullable: true, description: '重複として閉じたときの元の質問' }) duplicateOfId: string | null;
  @Field(() => String, { nullable: true, description: 'クローズしたときの投稿者へのひとこと' }) closedNote: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: '非表示にした日時（投稿者とDX推進課・管理者にだけ）' }) hiddenAt: string | null;
  @Field({ description: '非表示（モデレーション）。投稿者とDX推進課以外には本文の代わりに案内が表示されます' }) hidden: boolean;
  @Field(() => String, { nullable: true, description: '非表示の理由（投稿者とDX推進課・管理者にだけ）' }) hiddenReason: string | null;
  @Field(() => IdeaStatus, { nullable: true, description: 'アイデアの状況（アイデア以外は null）' }) ideaStatus: IdeaStatus | null;
  @Field(() => String, { nullable: true, description: 'アイデアの状況のメモ（DX推進課・管理職が記入）' }) ideaStatusNote: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'アイデアの状況を最後に変更した日時' }) ideaStatusChangedAt: string | null;

  // internal
  authorId: number;
  departmentId: number | null;
  /** hidden by moderation and the viewer is neither its author nor a moderator: no text, answers or comments */
  contentWithheld: boolean;
  /** Markdown rendered on write (null for older rows: rendered on read) */
  bodyHtmlValue: string | null;
  acceptedAnswerId: number | null;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}

export { PageInfo };

@ObjectType()
export class PostEdge {
  @Field() cursor: string;
  @Field(() => Post) node: Post;
}

@ObjectType()
export class PostConnection {
  @Field(() => [PostEdge]) edges: PostEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** resolved lazily: counting is skipped unless asked for */
  totalCountFn: () => number;
}
