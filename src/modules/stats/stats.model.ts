import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Department, User } from '../users/user.model';

export enum StatsGranularity {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}
registerEnumType(StatsGranularity, { name: 'StatsGranularity', description: '月 / 週（月曜始まり、JST）' });

@InputType()
export class StatsInput {
  @Field(() => Int, { description: '年度（4月〜翌3月）。例: 2026 = 令和8年度' })
  @IsInt({ message: '年度は整数で指定してください。' })
  @Min(2000, { message: '年度は2000〜2100で指定してください。' })
  @Max(2100, { message: '年度は2000〜2100で指定してください。' })
  fiscalYear: number;
  @Field(() => ID, { nullable: true, description: '部署（省略時は組織全体）' }) @IsOptional() @IsString() departmentId?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: '下の部署を含める' }) @IsOptional() @IsBoolean() includeSubdepartments?:
    boolean | null;
  @Field(() => StatsGranularity, { nullable: true, defaultValue: StatsGranularity.MONTH })
  @IsOptional()
  @IsEnum(StatsGranularity)
  granularity?: StatsGranularity | null;
}

@ObjectType({ description: '貢献の件数（取り消された貢献は、行われた期間から除かれます）' })
export class StatsTotals {
  @Field(() => Int) questions: number;
  @Field(() => Int) cases: number;
  @Field(() => Int) ideas: number;
  @Field(() => Int) answers: number;
  @Field(() => Int) acceptedAnswers: number;
  @Field(() => Int) comments: number;
  @Field(() => Int) stampsGiven: number;
  @Field(() => Int) stampsReceived: number;
  @Field(() => Int, { description: '横展開（導入）の件数。DX推進課の機能で記録されるまでは 0' }) adoptions: number;
  @Field(() => Int, { description: '投稿・回答・コメント・スタンプのいずれかをした人数' }) activeContributors: number;
}

@ObjectType()
export class StatsPeriod {
  @Field({ description: '期間の初日 YYYY-MM-DD（JST）' }) periodStart: string;
  @Field(() => Int) questions: number;
  @Field(() => Int) cases: number;
  @Field(() => Int) ideas: number;
  @Field(() => Int) answers: number;
  @Field(() => Int) acceptedAnswers: number;
  @Field(() => Int) comments: number;
  @Field(() => Int) stampsGiven: number;
  @Field(() => Int) activeContributors: number;
}

@ObjectType()
export class StatsResponse {
  @Field(() => Int, { description: 'この年度の質問の数' }) questions: number;
  @Field(() => Float, { nullable: true, description: '最初の回答までの時間（中央値、時間）' }) medianFirstAnswerHours: number | null;
  @Field(() => Float, { nullable: true, description: '最初の回答までの時間（90パーセンタイル、時間）' }) p90FirstAnswerHours: number | null;
  @Field(() => Float, { nullable: true, description: 'ベストアンサーまでの時間（中央値、時間）' }) medianAcceptedHours: number | null;
  @Field(() => Float, { nullable: true, description: '解決率（ベストアンサーのある質問の割合 0〜1）' }) resolutionRate: number | null;
  @Field(() => Int, { description: '回答がなく3日を超えた質問' }) unansweredOver3Days: number;
  @Field(() => Int, { description: '回答がなく7日を超えた質問' }) unansweredOver7Days: number;
  @Field(() => Int, { description: '回答がなく30日を超えた質問' }) unansweredOver30Days: number;
}

@ObjectType()
export class UnansweredQuestion {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => Int) ageDays: number;
}

@ObjectType()
export class DepartmentStats {
  @Field(() => Department, { nullable: true, description: 'null: 部署の直属（下の部署に属さない人）' }) department: Department | null;
  @Field({ description: '表示名（直属は「〇〇（直属）」）' }) label: string;
  @Field({ description: '人数が少ない（または差し引きで分かってしまう）ため表示しない' }) suppressed: boolean;
  @Field(() => StatsTotals, { nullable: true, description: 'suppressed のときは null' }) totals: StatsTotals | null;
}

@ObjectType()
export class ContributionStats {
  @Field(() => Int) fiscalYear: number;
  @Field({ description: '例: 令和8年度（2026年度）' }) fiscalYearLabel: string;
  @Field(() => Department, { nullable: true, description: 'null: 組織全体' }) department: Department | null;
  @Field({ description: 'この集団が STATS_MIN_GROUP_SIZE 人未満のため数字を出さない' }) suppressed: boolean;
  @Field({ description: '「5人未満のため表示しません」など' }) suppressedReason: string;
  @Field(() => Int) minGroupSize: number;
  @Field(() => Int, { description: 'この年度にこの集団に所属した人数' }) groupSize: number;
  @Field(() => StatsTotals, { nullable: true }) totals: StatsTotals | null;
  @Field(() => StatsTotals, { nullable: true, description: '前年度の同じ集団' }) previousTotals: StatsTotals | null;
  @Field(() => [StatsPeriod], { description: '4月から3月までの各期間（suppressed のときは空）' }) series: StatsPeriod[];
  @Field(() => [DepartmentStats], { description: '下の部署ごと（部署比較は DX推進課・管理者と、管理範囲内の管理職）' }) byDepartment: DepartmentStats[];
  @Field(() => StatsResponse, { nullable: true }) response: StatsResponse | null;
  @Field(() => [UnansweredQuestion], { description: '回答のない質問（古い順、最大20件）' }) unanswered: UnansweredQuestion[];
}

@ObjectType()
export class LeaderboardEntry {
  @Field(() => Int) rank: number;
  @Field(() => User) user: User;
  @Field(() => Int, { description: 'この年度のポイント' }) points: number;
  @Field(() => Int, { description: 'この年度の貢献の件数' }) contributions: number;
}
