import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';

export enum PersonalInfoKind {
  MY_NUMBER = 'MY_NUMBER',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  ADDRESS = 'ADDRESS',
  WORD = 'WORD',
}
registerEnumType(PersonalInfoKind, {
  name: 'PersonalInfoKind',
  description: '個人情報の可能性: マイナンバー / 電話番号 / 庁外のメールアドレス / 住所 / DX推進課が登録した注意語',
});

@ObjectType({ description: '個人情報チェックの規則（画面での事前警告用。送信時はサーバーが同じ規則で確認します）' })
export class GuardRules {
  @Field(() => [String], { description: 'DX推進課が登録した注意語' }) words: string[];
  @Field(() => [String], { description: '市の職員のメールドメイン（これ以外のアドレスは住民のものとして警告）' }) staffEmailDomains: string[];
  @Field(() => DateTimeScalar, { nullable: true, description: '注意語の最終更新' }) wordsUpdatedAt: string | null;
}

@ObjectType({ description: '投稿ガイドライン（DX推進課が編集）' })
export class PostingGuidelines {
  @Field({ description: 'Markdown' }) body: string;
  @Field({ description: 'sanitised HTML rendered from the Markdown' }) html: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'null: 既定の文面のまま' }) updatedAt: string | null;
  @Field({ description: 'この人がガイドラインを確認済みか、すでに投稿・回答したことがあるか（初めての投稿の前に一度だけ表示）' }) viewerHasSeen: boolean;
}
