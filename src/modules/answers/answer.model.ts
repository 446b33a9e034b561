import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ReactionSummary } from '../posts/post.model';
import { Department, User } from '../users/user.model';

@ObjectType()
export class Answer {
  @Field(() => ID) id: string;
  @Field(() => ID) postId: string;
  @Field() body: string;
  @Field(() => User, { nullable: true, description: 'null when hidden: the anonymous asker’s own answer (except to the asker)' })
  author: User | null;
  @Field(() => Department, { nullable: true }) department: Department | null;
  @Field({ description: '匿名の質問の質問者による回答（「質問者（匿名）」と表示）' }) byAnonymousAsker: boolean;
  @Field() accepted: boolean;
  @Field(() => ReactionSummary) reactions: ReactionSummary;
  @Field(() => DateTimeScalar, { nullable: true }) acceptedAt: string | null;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar) updatedAt: string;
  @Field({ description: '公式見解（DX推進課・管理者が指定）。false なら「個人の意見です」' }) official: boolean;
  @Field(() => String, { nullable: true, description: '公式見解のひとこと' }) officialNote: string | null;
  @Field(() => String, { nullable: true, description: '公式見解を出した課（指定したときの名称）' }) officialSection: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) officialAt: string | null;
  @Field({ description: '非表示（モデレーション）。投稿者とDX推進課以外には本文の代わりに案内が表示されます' }) hidden: boolean;
  @Field(() => String, { nullable: true, description: '非表示の理由（投稿者とDX推進課・管理者にだけ）' }) hiddenReason: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: '非表示にした日時（投稿者とDX推進課・管理者にだけ）' }) hiddenAt: string | null;

  // internal
  authorId: number;
  bodyHtmlValue: string | null;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
