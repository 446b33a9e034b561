import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** The largest CSV the import accepts as text (≈ 20,000 rows of a typical HR export). */
export const IMPORT_MAX_CHARS = 3_000_000;

@InputType()
export class ImportStaffInput {
  @Field({ description: 'CSV の本文（UTF-8。Shift_JIS のファイルは画面またはコマンドが変換してから送ります）' })
  @IsString()
  @MaxLength(IMPORT_MAX_CHARS, { message: 'ファイルが大きすぎます（約2万行まで）。分けて取り込んでください。' })
  csv: string;
  @Field({ defaultValue: true, description: 'true: 変更内容の確認だけ（何も書き込みません）' }) @IsOptional() @IsBoolean() dryRun: boolean;
  @Field(() => String, { nullable: true, description: '発令日 YYYY-MM-DD（異動・新規配属の開始日）。省略時は今日' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  effectiveDate?: string | null;
  @Field({ defaultValue: false, description: 'ファイルにいない職員（職員番号のある人）を利用停止にする' })
  @IsOptional()
  @IsBoolean()
  deactivateMissing: boolean;
}

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: 'ファイルの行番号（1行目は見出し）' }) line: number;
  @Field(() => Int, { nullable: true, description: '列番号（1から）。行全体の問題は null' }) column: number | null;
  @Field(() => String, { nullable: true, description: '列の見出し' }) columnName: string | null;
  @Field() message: string;
}

@ObjectType({ description: 'プレビュー・取り込み結果の1件' })
export class ImportChange {
  @Field({ description: 'CREATE / UPDATE / TRANSFER / DEACTIVATE / REACTIVATE / DEPARTMENT' }) kind: string;
  @Field(() => Int, { nullable: true }) line: number | null;
  @Field(() => String, { nullable: true }) employeeId: string | null;
  @Field() name: string;
  @Field({ description: '変更内容（日本語）' }) description: string;
}

@ObjectType()
export class ImportResult {
  @Field() dryRun: boolean;
  @Field({ description: 'エラーがなく、書き込んだ（dryRun では書き込める）' }) ok: boolean;
  @Field() effectiveDate: string;
  @Field(() => Int) rows: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) transferred: number;
  @Field(() => Int) deactivated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) departmentsCreated: number;
  @Field(() => [ImportError]) errors: ImportError[];
  @Field(() => [String], { description: '注意（取り込みでは変更しないもの）' }) warnings: string[];
  @Field(() => [ImportChange], { description: '変更の一覧（最大 2,000 件）' }) changes: ImportChange[];
  @Field(() => Int) changeCount: number;
}
