import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ReactionTargetType } from '../posts/content.enums';
import { ReactionSummary } from '../posts/post.model';
import { User } from '../users/user.model';

@ObjectType()
export class Comment {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => User, { nullable: true }) author: User | null;
  @Field(() => ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field() viewerCanDelete: boolean;
  @Field(() => ReactionSummary) reactions: ReactionSummary;

  // internal
  authorId: number;
  postId: number;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
