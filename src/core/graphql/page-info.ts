import { Field, ObjectType } from '@nestjs/graphql';

/** Relay-style page information, shared by every connection (feed, search, people, audit log). */
@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}
