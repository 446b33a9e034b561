import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ReactionTargetType } from '../posts/content.enums';
import { ReactionSummary } from '../posts/post.model';
import { User } from '../users/user.model';

@ObjectType()
export class Comment {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => User, { nullable: true, description: 'null when hidden: the anonymous asker’s own comment (except to the asker)' })
  author: User | null;
  @Field({ description: '匿名の質問の質問者によるコメント（「質問者（匿名）」と表示）' }) byAnonymousAsker: boolean;
  @Field(() => ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field() viewerCanDelete: boolean;
  @Field({ description: '非表示（モデレーション）。投稿者とDX推進課以外には本文の代わりに案内が表示されます' }) hidden: boolean;
  @Field(() => String, { nullable: true, description: '非表示の理由（投稿者とDX推進課・管理者にだけ）' }) hiddenReason: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: '非表示にした日時（投稿者とDX推進課・管理者にだけ）' }) hiddenAt: string | null;
  @Field({ description: '自分のコメントか' }) viewerIsAuthor: boolean;
  @Field(() => ReactionSummary) reactions: ReactionSummary;

  // internal
  authorId: number;
  postId: number;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
