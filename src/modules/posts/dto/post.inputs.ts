import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IdempotencyKeyField } from '../../../core/idempotency/idempotency-key.field';
import { LIMITS } from '../../../core/validation/limits';
import { IdeaStatus, PostKind, PostOrder, PostStatus } from '../content.enums';

@InputType()
export class CaseDetailsInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.caseField, { message: `課題は${LIMITS.caseField}文字以内で入力してください。` })
  problem: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.caseField, { message: `取組内容は${LIMITS.caseField}文字以内で入力してください。` })
  solution: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.caseField, { message: `効果は${LIMITS.caseField}文字以内で入力してください。` })
  effect: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: '年間削減時間は数値で入力してください。' })
  @Min(0, { message: '年間削減時間は0以上で入力してください。' })
  @Max(100000, { message: '年間削減時間が大きすぎます（100,000時間まで）。' })
  hoursSavedPerYear?: number | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tools, { message: `使ったツールは${LIMITS.tools}個までです。` })
  @IsString({ each: true })
  @MaxLength(LIMITS.tool, { each: true, message: `ツール名は${LIMITS.tool}文字以内で入力してください。` })
  tools?: string[];
}

@InputType()
export class CreatePostInput {
  @Field(() => PostKind) @IsEnum(PostKind, { message: '投稿の種類が正しくありません。' }) kind: PostKind;
  @Field()
  @IsString()
  @MaxLength(LIMITS.title, { message: `タイトルは${LIMITS.title}文字以内で入力してください。` })
  title: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.body, { message: `本文は${LIMITS.body}文字以内で入力してください。` })
  body: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tagsPerPost, { message: `タグは${LIMITS.tagsPerPost}個までです。` })
  @IsString({ each: true })
  @MaxLength(LIMITS.tag, { each: true, message: `タグは${LIMITS.tag}文字以内で入力してください。` })
  tags?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() anonymous?: boolean;
  @Field(() => CaseDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseDetailsInput)
  caseDetails?: CaseDetailsInput | null;
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @Field(() => Boolean, { nullable: true, description: '個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります）' })
  @IsOptional()
  @IsBoolean()
  acknowledgeWarnings?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'この投稿の元になった下書き（投稿すると削除されます）' }) @IsOptional() @IsString() draftId?: string | null;
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID) @IsString() id: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title, { message: `タイトルは${LIMITS.title}文字以内で入力してください。` })
  title?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.body, { message: `本文は${LIMITS.body}文字以内で入力してください。` })
  body?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tagsPerPost, { message: `タグは${LIMITS.tagsPerPost}個までです。` })
  @IsString({ each: true })
  @MaxLength(LIMITS.tag, { each: true, message: `タグは${LIMITS.tag}文字以内で入力してください。` })
  tags?: string[];
  @Field(() => CaseDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseDetailsInput)
  caseDetails?: CaseDetailsInput | null;
  @Field(() => Boolean, { nullable: true, description: '個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります）' })
  @IsOptional()
  @IsBoolean()
  acknowledgeWarnings?: boolean | null;
}

@InputType()
export class PostFilter {
  @Field(() => PostKind, { nullable: true }) @IsOptional() @IsEnum(PostKind) kind?: PostKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.tag * 2) tag?: string;
  @Field(() => PostStatus, { nullable: true }) @IsOptional() @IsEnum(PostStatus) status?: PostStatus;
  @Field({ nullable: true, description: '未回答の質問だけ（質問で回答 0 件）' }) @IsOptional() @IsBoolean() unanswered?: boolean;
  @Field({ nullable: true, description: '優良事例だけ（true）／優良事例以外（false）' }) @IsOptional() @IsBoolean() featured?: boolean;
  @Field(() => IdeaStatus, { nullable: true, description: 'この状況のアイデアだけ' }) @IsOptional() @IsEnum(IdeaStatus) ideaStatus?: IdeaStatus;
  @Field(() => ID, { nullable: true, description: 'includes sub-departments' }) @IsOptional() @IsString() departmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() authorId?: string;
  @Field(() => PostOrder, { nullable: true, defaultValue: PostOrder.NEWEST }) @IsOptional() @IsEnum(PostOrder) order?: PostOrder;
}

export const pageSizeArg = { type: () => Int, nullable: true, defaultValue: 20 } as const;
