import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { LIMITS } from '../../core/validation/limits';

export enum DraftKind {
  QUESTION = 'QUESTION',
  CASE = 'CASE',
  IDEA = 'IDEA',
  ANSWER = 'ANSWER',
}
registerEnumType(DraftKind, { name: 'DraftKind', description: '下書きの種類: 質問 / 事例 / アイデア / 回答' });

/** The case fields as typed so far (any may still be empty). */
@ObjectType()
export class DraftCaseDetails {
  @Field() problem: string;
  @Field() solution: string;
  @Field() effect: string;
  @Field(() => Float, { nullable: true }) hoursSavedPerYear: number | null;
  @Field(() => [String]) tools: string[];
}

@ObjectType({ description: '下書き（本人だけが読めます。DX推進課・管理者を含め、ほかの誰にも見えません）' })
export class Draft {
  @Field(() => ID) id: string;
  @Field(() => DraftKind) kind: DraftKind;
  @Field() title: string;
  @Field() body: string;
  @Field(() => [String]) tags: string[];
  @Field(() => ID, { nullable: true, description: '回答の下書き: 回答する質問' }) postId: string | null;
  @Field(() => String, { nullable: true, description: '回答の下書き: 質問のタイトル（質問が削除・非表示のときは null）' }) postTitle: string | null;
  @Field(() => DraftKind, { nullable: true, description: '回答の下書き: 投稿の種類 QUESTION / CASE / IDEA（アイデアへの回答は「コメント」と表示します）' })
  postKind: DraftKind | null;
  @Field(() => DraftCaseDetails, { nullable: true }) caseDetails: DraftCaseDetails | null;
  @Field() anonymous: boolean;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar) updatedAt: string;
}

@InputType()
export class DraftCaseDetailsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.caseField, { message: `課題は${LIMITS.caseField}文字以内で入力してください。` })
  problem?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.caseField, { message: `取組内容は${LIMITS.caseField}文字以内で入力してください。` })
  solution?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.caseField, { message: `効果は${LIMITS.caseField}文字以内で入力してください。` })
  effect?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() hoursSavedPerYear?: number | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tools, { message: `使ったツールは${LIMITS.tools}個までです。` })
  @IsString({ each: true })
  @MaxLength(LIMITS.tool, { each: true, message: `ツール名は${LIMITS.tool}文字以内で入力してください。` })
  tools?: string[];
}

@InputType({ description: '下書きの保存。id があればその下書きを更新します。回答の下書きは質問ごとに1件（postId で上書き）' })
export class DraftInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() id?: string | null;
  @Field(() => DraftKind) @IsEnum(DraftKind, { message: '下書きの種類が正しくありません。' }) kind: DraftKind;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title, { message: `タイトルは${LIMITS.title}文字以内で入力してください。` })
  title?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.body, { message: `本文は${LIMITS.body}文字以内で入力してください。` })
  body?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tagsPerPost, { message: `タグは${LIMITS.tagsPerPost}個までです。` })
  @IsString({ each: true })
  @MaxLength(LIMITS.tag, { each: true, message: `タグは${LIMITS.tag}文字以内で入力してください。` })
  tags?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() postId?: string | null;
  @Field(() => DraftCaseDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DraftCaseDetailsInput)
  caseDetails?: DraftCaseDetailsInput | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() anonymous?: boolean | null;
}
