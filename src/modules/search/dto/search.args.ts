import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '投稿日の範囲（日本時間の日付、両端を含む）' })
export class SearchDateRange {
  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: '開始日は YYYY-MM-DD の形式で指定してください。' })
  from?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: '終了日は YYYY-MM-DD の形式で指定してください。' })
  to?: string;
}
