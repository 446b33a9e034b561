import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IdempotencyKeyField } from '../../../core/idempotency/idempotency-key.field';
import { LIMITS } from '../../../core/validation/limits';
import { ReactionTargetType } from '../../posts/content.enums';

@InputType()
export class AddCommentInput {
  @Field(() => ReactionTargetType) @IsEnum(ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) @IsString() targetId: string;
  @Field()
  @IsString()
  @MaxLength(LIMITS.comment, { message: `コメントは${LIMITS.comment}文字以内で入力してください。` })
  body: string;
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @Field(() => Boolean, { nullable: true, description: '個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります）' })
  @IsOptional()
  @IsBoolean()
  acknowledgeWarnings?: boolean | null;
}
