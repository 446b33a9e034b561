import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Post } from '../posts/post.model';
import { Department, User } from '../users/user.model';

/** 検討中 / 導入中 / 導入済み / 見送り */
export enum AdoptionStatus {
  CONSIDERING = 'CONSIDERING',
  IN_PROGRESS = 'IN_PROGRESS',
  ADOPTED = 'ADOPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', description: '検討中 / 導入中 / 導入済み / 見送り' });

export const COLLECTION_LIMITS = { title: 80, description: 1000, posts: 100, featuredNote: 200, adoptionNote: 1000, hours: 100_000 } as const;

@ObjectType({ description: 'まとめ（DX推進課が選んだ投稿を順番に並べたもの）' })
export class Collection {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int, { description: '見られる投稿の数' }) postCount: number;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar) updatedAt: string;
  @Field({ description: '編集できるか（DX推進課）' }) viewerCanEdit: boolean;
  /** ordered post ids (visible ones are resolved by `posts`) */
  postIds: number[];
}

@ObjectType({ description: '投稿が含まれるまとめ' })
export class CollectionRef {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@InputType()
export class CollectionInput {
  @Field() @IsString() @MaxLength(COLLECTION_LIMITS.title * 4) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(COLLECTION_LIMITS.description * 4) description?: string;
}

@ObjectType({ description: '横展開：ある部署での事例の導入状況' })
export class Adoption {
  @Field(() => ID) id: string;
  @Field(() => Department, { description: '導入した（しようとしている）部署。記録したときの部署' }) department: Department;
  @Field(() => AdoptionStatus) status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: '日付（JST, YYYY-MM-DD）：導入済みなら導入日' }) adoptedOn: string | null;
  @Field(() => Float, { nullable: true, description: 'この部署での年間削減時間' }) hoursSavedPerYear: number | null;
  @Field() note: string;
  @Field(() => User, { nullable: true, description: '記録した人' }) recordedBy: User | null;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => DateTimeScalar) updatedAt: string;
  @Field({ description: 'この記録を更新できるか（その部署の職員・DX推進課）' }) viewerCanEdit: boolean;
  postId: number;
  followUpPostId: number | null;
}

@InputType()
export class AdoptionInput {
  @Field(() => ID) @IsString() postId: string;
  @Field(() => ID, { nullable: true, description: '省略時は自分の今の部署' }) @IsOptional() @IsString() departmentId?: string | null;
  @Field(() => AdoptionStatus) @IsEnum(AdoptionStatus, { message: '導入状況が正しくありません。' }) status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD（導入済みで省略すると今日）' }) @IsOptional() @IsString() adoptedOn?: string | null;
  @Field(() => Float, { nullable: true, description: 'この部署での年間削減時間（0〜100,000）' })
  @IsOptional()
  @IsNumber({}, { message: '年間削減時間は数値で入力してください。' })
  @Min(0, { message: '年間削減時間は0以上で入力してください。' })
  @Max(COLLECTION_LIMITS.hours, { message: '年間削減時間は100,000時間以内で入力してください。' })
  hoursSavedPerYear?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(COLLECTION_LIMITS.adoptionNote * 4) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'この導入について書いた自分の部署の事例' }) @IsOptional() @IsString() followUpPostId?: string | null;
}

@ObjectType()
export class ImpactDepartment {
  @Field(() => Department, { nullable: true, description: 'null: 部署を示さない投稿（匿名）' }) department: Department | null;
  @Field() label: string;
  @Field(() => Float) hoursSaved: number;
  @Field(() => Int, { description: 'この年度に投稿された事例（削減時間あり）' }) cases: number;
  @Field(() => Int, { description: 'この年度に導入済みになった導入' }) adoptions: number;
}

@ObjectType()
export class ImpactCase {
  @Field(() => Post) post: Post;
  @Field(() => Float, { description: 'この年度に数えた時間（事例そのもの＋導入）' }) hoursSaved: number;
  @Field(() => Float, { description: '事例そのもの（この年度に投稿された場合）' }) caseHoursSaved: number;
  @Field(() => Float, { description: 'この年度に導入済みになった導入の合計' }) adoptionHoursSaved: number;
  @Field(() => Int, { description: 'この年度に導入済みになった部署の数' }) adoptions: number;
}

@ObjectType({ description: '効果：年度の年間削減時間（事例＋導入済みの横展開）' })
export class ImpactSummary {
  @Field(() => Int) fiscalYear: number;
  @Field() fiscalYearLabel: string;
  @Field(() => Float, { description: 'この年度に投稿された事例の年間削減時間 ＋ この年度に導入済みになった導入の年間削減時間' }) totalHoursSaved: number;
  @Field(() => Float) caseHoursSaved: number;
  @Field(() => Float) adoptionHoursSaved: number;
  @Field(() => Float, { description: '前年度の同じ数字' }) previousTotalHoursSaved: number;
  @Field(() => Int, { description: 'この年度に導入済みになった導入の数' }) adoptionCount: number;
  @Field(() => Int, { description: '導入した部署の数（この年度）' }) adoptingDepartments: number;
  @Field(() => [ImpactDepartment]) byDepartment: ImpactDepartment[];
  @Field(() => [ImpactCase], { description: '数字の元になった事例（時間の多い順、最大100件）' }) cases: ImpactCase[];
}
