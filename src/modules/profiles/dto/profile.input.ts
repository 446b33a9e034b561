import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** The person's own profile. An omitted field stays as it is; null or an empty value clears it. */
@InputType()
export class ProfileInput {
  @Field(() => String, { nullable: true, description: '内線番号（数字とハイフン、20文字以内）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  extension?: string | null;

  @Field(() => String, { nullable: true, description: '自己紹介（500文字以内）' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string | null;

  @Field(() => [String], { nullable: true, description: '得意分野（自由なタグ、10個まで）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  expertise?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'アイコン画像: POST /uploads で自分がアップロードした画像の id。null で外す' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  avatarUploadId?: string | null;
}
