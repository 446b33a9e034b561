import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Post } from '../posts/post.model';

export const CURATION_LIMITS = { officialNote: 200, reviewNote: 500, tagDescription: 1000, changedNote: 200 } as const;

@ObjectType({ description: 'タグのページ：説明、改正などで変わった日、よく読まれる事例' })
export class TagDetail {
  @Field(() => ID) id: string;
  @Field({ description: '表示名' }) name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) postCount: number;
  @Field(() => DateTimeScalar, { nullable: true, description: '法改正などで内容が変わった日（これより前の内容は確認待ちになります）' })
  changedAt: string | null;
  @Field(() => String, { nullable: true }) changedNote: string | null;
  @Field(() => [Post], { description: 'このタグの事例（優良事例、応援の多い順）' }) topCases: Post[];
  @Field({ description: '説明・統合・名前の変更ができるか（DX推進課）' }) viewerCanEdit: boolean;
}

@InputType()
export class TagUpdateInput {
  @Field() @IsString() @MaxLength(200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(CURATION_LIMITS.tagDescription * 4) description?: string | null;
  @Field({ nullable: true, description: 'true: 今日「内容が変わった」と記録（このタグの古い内容が確認待ちに）／false: 記録を消す／省略: そのまま' })
  @IsOptional()
  markChanged?: boolean;
  @Field(() => String, { nullable: true, description: '変わった理由（例：2027年4月の法改正）' })
  @IsOptional()
  @IsString()
  @MaxLength(CURATION_LIMITS.changedNote * 4)
  changedNote?: string | null;
}

@ObjectType({ description: '内容の確認待ちの理由' })
export class ReviewDue {
  @Field({ description: '最後の確認（または投稿）から設定した月数以上たった' }) aged: boolean;
  @Field(() => [String], { description: '内容が変わったタグ（表示名）' }) changedTags: string[];
  @Field(() => DateTimeScalar, { description: '最後に確認した日時、なければ投稿日時' }) since: string;
}
