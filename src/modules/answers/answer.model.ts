import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ReactionSummary } from '../posts/post.model';
import { Department, User } from '../users/user.model';

@ObjectType()
export class Answer {
  @Field(() => ID) id: string;
  @Field(() => ID) postId: string;
  @Field() body: string;
  @Field(() => User, { nullable: true }) author: User | null;
  @Field(() => Department, { nullable: true }) department: Department | null;
  @Field() accepted: boolean;
  @Field(() => ReactionSummary) reactions: ReactionSummary;
  @Field(() => DateTimeScalar, { nullable: true }) acceptedAt: string | null;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar) updatedAt: string;

  // internal
  authorId: number;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
