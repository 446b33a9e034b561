import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ReactionTargetType } from '../posts/content.enums';
import { User } from '../users/user.model';

@ObjectType()
export class Comment {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => User, { nullable: true }) author: User | null;
  @Field(() => ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => GraphQLISODateTime) createdAt: string;
  @Field() viewerCanDelete: boolean;

  // internal
  authorId: number;
  postId: number;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
