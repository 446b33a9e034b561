import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { User } from '../users/user.model';

export enum CertificationTier {
  ADVISOR = 'ADVISOR',
  EXPERT = 'EXPERT',
  SPECIALIST = 'SPECIALIST',
}
registerEnumType(CertificationTier, { name: 'CertificationTier', description: 'DX人材認定 (moka-2023): アドバイザー / エキスパート / スペシャリスト' });

export enum RequirementMark {
  REQUIRED = 'REQUIRED',
  FOR_RELEVANT_STAFF = 'FOR_RELEVANT_STAFF',
}
registerEnumType(RequirementMark, { name: 'RequirementMark', description: '◎ 原則必修 / ○ 該当業務の担当者' });

@ObjectType()
export class Skill {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field({ description: 'hachioji-2023, moka-2023, fujisawa-2024 or custom' }) framework: string;
  @Field() retired: boolean;
}

@ObjectType()
export class TagSkillMapping {
  @Field({ description: 'tag as displayed' }) tag: string;
  @Field(() => Skill) skill: Skill;
  @Field(() => Float) weight: number;
}

@ObjectType()
export class SkillEvidence {
  @Field(() => ID) postId: string;
  @Field(() => ID, { nullable: true }) answerId: string | null;
  @Field({ description: 'POST or ANSWER' }) kind: string;
  @Field() title: string;
  @Field({ description: 'an accepted answer (ベストアンサー)' }) accepted: boolean;
  @Field(() => DateTimeScalar) at: string;
}

@ObjectType()
export class FiscalYearPoints {
  @Field(() => Int, { description: '年度 (April start): 2026 = 令和8年度' }) fiscalYear: number;
  @Field(() => Float) points: number;
}

@ObjectType()
export class SkillEntry {
  @Field(() => Skill) skill: Skill;
  @Field(() => Float) points: number;
  @Field(() => Int, { description: '0–4' }) level: number;
  @Field(() => Int) evidenceCount: number;
  @Field(() => [SkillEvidence], { description: 'newest first (up to 20)' }) evidence: SkillEvidence[];
  @Field(() => [FiscalYearPoints], { description: 'points by 年度, oldest first' }) trend: FiscalYearPoints[];
  @Field(() => RequirementMark, { nullable: true, description: 'what the person’s role category asks of this skill' })
  requirement: RequirementMark | null;
}

@ObjectType()
export class RoleGapEntry {
  @Field(() => Skill) skill: Skill;
  @Field(() => RequirementMark) mark: RequirementMark;
}

@ObjectType()
export class CertificationEvent {
  @Field(() => ID) id: string;
  @Field({ description: 'GRANT or REVOKE' }) action: string;
  @Field(() => CertificationTier) tier: CertificationTier;
  @Field(() => Int) fiscalYear: number;
  @Field() note: string;
  @Field(() => [String], { description: 'post ids, /posts/<id>[#answer-<id>] paths or http(s) URLs (older entries may hold other text)' }) evidence: string[];
  @Field(() => User, { nullable: true }) actedBy: User | null;
  @Field(() => DateTimeScalar) at: string;
}

@ObjectType()
export class Certification {
  @Field(() => CertificationTier) tier: CertificationTier;
  @Field(() => Int) fiscalYear: number;
  @Field(() => DateTimeScalar) grantedAt: string;
  @Field(() => String, { nullable: true, description: 'null unless the viewer may see certificationHistory (the person, their managers, DX office, admins)' })
  note: string | null;
  @Field(() => [String], { nullable: true, description: 'post ids, /posts/… paths or http(s) URLs; null like note' })
  evidence: string[] | null;
}

@ObjectType()
export class SkillRecord {
  @Field(() => User) user: User;
  @Field(() => [SkillEntry], { description: 'every active skill, strongest first' }) entries: SkillEntry[];
  @Field(() => [RoleGapEntry], { description: 'REQUIRED skills of the role category with no evidence yet' }) roleGap: RoleGapEntry[];
  @Field(() => [Certification], { description: 'tiers currently held' }) certifications: Certification[];
  @Field(() => [CertificationEvent], { description: 'grants and revocations, newest first' }) certificationHistory: CertificationEvent[];
  @Field(() => Float) totalPoints: number;
  @Field({ description: 'the person shows skills on their public profile' }) skillsPublic: boolean;
}

@ObjectType()
export class Expert {
  @Field(() => User) user: User;
  @Field(() => Skill, { nullable: true }) skill: Skill | null;
  @Field(() => Float) points: number;
  @Field(() => Int) level: number;
  @Field(() => Int) evidenceCount: number;
  @Field(() => Int) acceptedCount: number;
}

@ObjectType()
export class StampPoints {
  @Field(() => Int) CHEER: number;
  @Field(() => Int) HELPFUL: number;
  @Field(() => Int) THANKS: number;
}

@ObjectType()
export class SkillSettings {
  @Field(() => Int) QUESTION_POSTED: number;
  @Field(() => Int) CASE_POSTED: number;
  @Field(() => Int) IDEA_POSTED: number;
  @Field(() => Int) ANSWER_POSTED: number;
  @Field(() => Int) COMMENT_POSTED: number;
  @Field(() => Int) ANSWER_ACCEPTED: number;
  @Field(() => Int) STAMP_GIVEN: number;
  @Field(() => Int, { description: '優良事例に選ばれた投稿者' }) POST_FEATURED: number;
  @Field(() => Int, { description: '事例がほかの部署で導入された（導入中・導入済み）事例の投稿者' }) CASE_ADOPTED: number;
  @Field(() => StampPoints) STAMP_RECEIVED: StampPoints;
  @Field(() => Int, { description: 'cap on points from stamps per person, skill and day' }) stampDailyCap: number;
  @Field(() => [Int], { description: 'points for levels 1–4' }) levelThresholds: number[];
}

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

@InputType()
export class CreateSkillInput {
  @Field() @Matches(CODE, { message: 'スキルコードは英大文字・数字・_ で2〜40文字にしてください（例: GENERATIVE_AI）。' }) code: string;
  @Field() @IsString() @MaxLength(60, { message: 'スキル名は60文字以内で入力してください。' }) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300, { message: '説明は300文字以内で入力してください。' }) summary?: string;
}

@InputType()
export class UpdateSkillInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => String, { nullable: true, description: 'omit to keep; null is BAD_USER_INPUT' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'スキル名は60文字以内で入力してください。' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'omit to keep; null or blank clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: '説明は300文字以内で入力してください。' })
  summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true retires, false restores; omit to keep; null is BAD_USER_INPUT' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean | null;
}

@InputType()
export class TagSkillInput {
  @Field() @IsString() @MaxLength(30, { message: 'タグは30文字以内で入力してください。' }) tag: string;
  @Field() @IsString() @MaxLength(40) skillCode: string;
  @Field(() => Float, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsNumber({}, { message: '重みは数値で入力してください。' })
  @Min(0.1, { message: '重みは0.1〜5で入力してください。' })
  @Max(5, { message: '重みは0.1〜5で入力してください。' })
  weight?: number;
}

@InputType()
export class GrantCertificationInput {
  @Field(() => ID) @IsString() userId: string;
  @Field(() => CertificationTier) @IsEnum(CertificationTier) tier: CertificationTier;
  @Field(() => Int, { nullable: true, description: 'defaults to the current 年度' }) @IsOptional() @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @Field() @IsString() @MaxLength(1000, { message: 'メモは1000文字以内で入力してください。' }) note: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(300, { each: true, message: '根拠のリンクは300文字以内で入力してください。' })
  evidence?: string[];
}

@InputType()
export class StampPointsInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(100) CHEER: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) HELPFUL: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) THANKS: number;
}

@InputType()
export class SkillSettingsInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) QUESTION_POSTED: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) CASE_POSTED: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) IDEA_POSTED: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) ANSWER_POSTED: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) COMMENT_POSTED: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) ANSWER_ACCEPTED: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) STAMP_GIVEN: number;
  @Field(() => Int, { nullable: true, description: '省略時は今の値' }) @IsOptional() @IsInt() @Min(0) @Max(1000) POST_FEATURED?: number | null;
  @Field(() => Int, { nullable: true, description: '省略時は今の値' }) @IsOptional() @IsInt() @Min(0) @Max(1000) CASE_ADOPTED?: number | null;
  @Field(() => StampPointsInput) @ValidateNested() @Type(() => StampPointsInput) STAMP_RECEIVED: StampPointsInput;
  @Field(() => Int) @IsInt() @Min(0) @Max(10000) stampDailyCap: number;
  @Field(() => [Int]) @IsArray() @IsInt({ each: true }) levelThresholds: number[];
}
