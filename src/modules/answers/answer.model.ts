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

  // internal
  authorId: number;
  bodyHtmlValue: string | null;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
