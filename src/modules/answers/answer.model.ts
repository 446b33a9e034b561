import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Department, User } from '../users/user.model';

@ObjectType()
export class Answer {
  @Field(() => ID) id: string;
  @Field(() => ID) postId: string;
  @Field() body: string;
  @Field(() => User, { nullable: true }) author: User | null;
  @Field(() => Department, { nullable: true }) department: Department | null;
  @Field() accepted: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt: string | null;
  @Field(() => GraphQLISODateTime) createdAt: string;
  @Field(() => GraphQLISODateTime) updatedAt: string;

  // internal
  authorId: number;
  cheerCount: number;
  helpfulCount: number;
  thanksCount: number;
}
