import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PostKind } from '../posts/content.enums';

export enum WebhookFormat {
  TEAMS = 'TEAMS',
  SLACK = 'SLACK',
  GENERIC = 'GENERIC',
}
registerEnumType(WebhookFormat, {
  name: 'WebhookFormat',
  description: 'Microsoft Teams（ワークフローの Adaptive Card）/ Slack 互換 JSON（Mattermost, Rocket.Chat など）/ 汎用 JSON（HMAC 署名つき）',
});

@ObjectType()
export class WebhookDeliveryStatus {
  @Field() status: string;
  @Field(() => Int, { nullable: true }) httpStatus: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => DateTimeScalar) at: string;
}

@ObjectType({ description: 'チャットへの Webhook（新しい投稿を知らせる）' })
export class Webhook {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() url: string;
  @Field(() => WebhookFormat) format: WebhookFormat;
  @Field(() => [String], { description: 'このタグの投稿だけ（空: すべて）' }) tags: string[];
  @Field(() => [PostKind], { description: 'この種類の投稿だけ（空: すべて）' }) kinds: PostKind[];
  @Field({ description: '署名の鍵が設定されているか（鍵そのものは返しません）' }) hasSecret: boolean;
  @Field() active: boolean;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: '最後の送信' }) lastDelivery: WebhookDeliveryStatus | null;
}

@InputType()
export class WebhookInput {
  @Field() @IsString() @MaxLength(200) name: string;
  @Field() @IsString() @MaxLength(2000) url: string;
  @Field(() => WebhookFormat) @IsEnum(WebhookFormat, { message: '形式を選んでください。' }) format: WebhookFormat;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) tags?: string[] | null;
  @Field(() => [PostKind], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(3) kinds?: PostKind[] | null;
  @Field(() => String, { nullable: true, description: '汎用 JSON の署名鍵（X-Banso-Signature: sha256=…）。省略時は変更しません' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  secret?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@ObjectType({ description: 'テスト送信の結果' })
export class WebhookTestResult {
  @Field() ok: boolean;
  @Field(() => Int, { nullable: true }) httpStatus: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
}
