import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';

/** `idempotencyKey: String` on a create input: a client-generated key, so a double submit creates one thing. */
export function IdempotencyKeyField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: '二重送信防止キー（クライアントが生成）。同じキーの再送は最初の結果を返します。',
    }),
    IsOptional(),
    IsString(),
    Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey は英数字・-・_ の8〜100文字で指定してください。' }),
  );
}
