import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IdempotencyKeyField } from '../../../core/idempotency/idempotency-key.field';
import { LIMITS } from '../../../core/validation/limits';

@InputType()
export class CreateAnswerInput {
  @Field(() => ID) @IsString() postId: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.answer, { message: `回答は${LIMITS.answer}文字以内で入力してください。` })
  body: string;
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @Field(() => Boolean, { nullable: true, description: '個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります）' })
  @IsOptional()
  @IsBoolean()
  acknowledgeWarnings?: boolean | null;
}

@InputType()
export class UpdateAnswerInput {
  @Field(() => ID) @IsString() id: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.answer, { message: `回答は${LIMITS.answer}文字以内で入力してください。` })
  body: string;
  @Field(() => Boolean, { nullable: true, description: '個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります）' })
  @IsOptional()
  @IsBoolean()
  acknowledgeWarnings?: boolean | null;
}
