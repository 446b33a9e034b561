import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { User } from '../users/user.model';

export enum BadgeTierEnum {
  BRONZE = 'BRONZE',
  SILVER = 'SILVER',
  GOLD = 'GOLD',
}
registerEnumType(BadgeTierEnum, { name: 'BadgeTier' });

@ObjectType()
export class Badge {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => BadgeTierEnum) tier: BadgeTierEnum;
  @Field({ description: 'COUNT, STAMPS_ON_ONE_ANSWER, ACCEPTED_IN_SKILL or MANUAL' }) rule: string;
  @Field({ description: 'can be earned more than once (per answer, per skill…)' }) repeatable: boolean;
  @Field({ description: 'granted by the DX office rather than earned automatically' }) manual: boolean;
  @Field(() => Int, { description: 'people holding it now' }) holderCount: number;
}

@ObjectType()
export class BadgeAward {
  @Field(() => ID) id: string;
  @Field(() => Badge) badge: Badge;
  @Field(() => User) user: User;
  @Field(() => DateTimeScalar) awardedAt: string;
  @Field({ description: 'why, in Japanese (the citation for manual awards)' }) reason: string;
  @Field(() => ID, { nullable: true, description: 'the post behind it, when there is one' }) postId: string | null;
  @Field(() => User, { nullable: true }) grantedBy: User | null;
  @Field() seen: boolean;
}

@InputType()
export class CreateBadgeInput {
  @Field() @Matches(/^[A-Z][A-Z0-9_]{2,39}$/, { message: 'バッジコードは英大文字・数字・_ で3〜40文字にしてください（例: DX_AWARD_GRAND）。' }) code: string;
  @Field() @IsString() @MaxLength(40, { message: 'バッジ名は40文字以内で入力してください。' }) name: string;
  @Field() @IsString() @MaxLength(300, { message: '説明は300文字以内で入力してください。' }) description: string;
  @Field(() => BadgeTierEnum) @IsEnum(BadgeTierEnum) tier: BadgeTierEnum;
}

@InputType()
export class GrantBadgeInput {
  @Field() @IsString() @MaxLength(40) badgeCode: string;
  @Field(() => ID) @IsString() userId: string;
  @Field({ description: '表彰理由' }) @IsString() @MaxLength(500, { message: '表彰理由は500文字以内で入力してください。' }) citation: string;
  @Field({ nullable: true, description: 'distinguishes repeated grants, e.g. 2026' }) @IsOptional() @IsString() @MaxLength(40) awardKey?: string;
}
