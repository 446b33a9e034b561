import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo, Post } from '../posts/post.model';

@ObjectType()
export class SearchEdge {
  @Field() cursor: string;
  @Field(() => Post) node: Post;
  @Field({ description: 'HTML: the text around the first match, user text escaped, matches in <mark>' })
  snippet: string;
  @Field({ description: 'HTML: the title, escaped, matches in <mark>' })
  titleHighlight: string;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge]) edges: SearchEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'all matches for the query and filters' }) totalCount: number;
  @Field(() => [SearchTermInfo], { description: 'the terms actually searched (all must match), with their synonym variants' })
  terms: SearchTermInfo[];
}

@ObjectType()
export class SearchTermInfo {
  @Field() text: string;
  @Field() phrase: boolean;
  @Field(() => [String], { description: 'synonyms that also count as this term' }) synonyms: string[];
}

@ObjectType({ description: '同義語グループ：どの語で検索しても、ほかの語を含む投稿も見つかる' })
export class SearchSynonymGroup {
  @Field(() => ID) id: string;
  @Field(() => [String]) terms: string[];
  @Field(() => DateTimeScalar) updatedAt: string;
}
