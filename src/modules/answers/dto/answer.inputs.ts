import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
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
}

@InputType()
export class UpdateAnswerInput {
  @Field(() => ID) @IsString() id: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.answer, { message: `回答は${LIMITS.answer}文字以内で入力してください。` })
  body: string;
}
