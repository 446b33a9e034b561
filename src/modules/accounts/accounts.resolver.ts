import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { AllowedBeforePasswordChange, Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { LIMITS } from '../../core/validation/limits';
import { requireId } from '../../core/validation/normalize';
import { RoleEnum, User } from '../users/user.model';
import { AccountsService } from './accounts.service';
import type { GqlContext } from '../../core/auth/viewer';

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(LIMITS.password, { message: 'パスワードが長すぎます。' }) currentPassword: string;
  @Field() @IsString() @MaxLength(LIMITS.password, { message: 'パスワードが長すぎます。' }) newPassword: string;
}

@InputType()
export class CreateUserInput {
  @Field() @IsString() @MaxLength(LIMITS.email, { message: 'メールアドレスが長すぎます。' }) email: string;
  @Field() @IsString() @MaxLength(200) name: string;
  @Field(() => RoleEnum, { nullable: true, description: '省略時は STAFF' }) @IsOptional() @IsEnum(RoleEnum) role?: RoleEnum | null;
  @Field(() => ID, { nullable: true, description: '所属（今日から）' }) @IsOptional() @IsString() departmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'スキルの枠組みの役割（hachioji-2023 のコード）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  roleCategory?: string | null;
  @Field(() => String, { nullable: true, description: '階層（fujisawa-2024 のコード）' }) @IsOptional() @IsString() @MaxLength(100) layer?: string | null;
  @Field(() => String, { nullable: true, description: '職員番号（人事システムのキー）' }) @IsOptional() @IsString() @MaxLength(100) employeeId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.email, { message: 'メールアドレスが長すぎます。' }) email?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsEnum(RoleEnum) role?: RoleEnum | null;
  @Field(() => String, { nullable: true, description: 'null で解除' }) @IsOptional() @IsString() @MaxLength(100) roleCategory?: string | null;
  @Field(() => String, { nullable: true, description: 'null で解除' }) @IsOptional() @IsString() @MaxLength(100) layer?: string | null;
  @Field(() => String, { nullable: true, description: 'null で解除' }) @IsOptional() @IsString() @MaxLength(100) employeeId?: string | null;
}

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: '自分のパスワードを変更（現在のパスワードが必要）。ほかの端末のセッションは終了します。' })
  changePassword(@Ctx() ctx: GqlContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.accounts.changePassword(ctx.viewer!, input.currentPassword, input.newPassword);
  }

  @Requires('admin.users')
  @Mutation(() => User, { description: 'アカウントを作成（管理者）。パスワードは resetPassword で仮パスワードを発行するか、SSO でサインイン。' })
  createUser(@Ctx() ctx: GqlContext, @Args('input') input: CreateUserInput): User {
    return this.accounts.createUser(ctx.viewer!, {
      ...input,
      departmentId: input.departmentId ? requireId(input.departmentId, 'departmentId', '部署') : null,
    });
  }

  @Requires('admin.users')
  @Mutation(() => User, { description: 'アカウントを編集（管理者）: 氏名・メール・権限・役割・階層・職員番号' })
  updateUser(@Ctx() ctx: GqlContext, @Args('input') input: UpdateUserInput): User {
    // An absent field (undefined) is unchanged; an explicit null clears the optional ones (role category, layer, employee number).
    return this.accounts.updateUser(ctx.viewer!, {
      id: requireId(input.id, 'id', '職員'),
      email: input.email,
      name: input.name,
      role: input.role,
      roleCategory: input.roleCategory,
      layer: input.layer,
      employeeId: input.employeeId,
    });
  }

  @Requires('admin.users')
  @Mutation(() => User, { description: '利用停止（管理者）。すぐにサインアウトされ、一覧から消えます。投稿は「元職員」として残ります。' })
  deactivateUser(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): User {
    return this.accounts.deactivateUser(ctx.viewer!, requireId(id, 'id', '職員'));
  }

  @Requires('admin.users')
  @Mutation(() => User, { description: '利用再開（管理者）' })
  reactivateUser(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): User {
    return this.accounts.reactivateUser(ctx.viewer!, requireId(id, 'id', '職員'));
  }

  @Requires('admin.users')
  @Mutation(() => String, { description: '仮パスワードを発行（管理者）。一度だけ表示されます。次のサインインで新しいパスワードの設定が必要です。' })
  resetPassword(@Ctx() ctx: GqlContext, @Args('userId', { type: () => ID }) userId: string): Promise<string> {
    return this.accounts.resetPassword(ctx.viewer!, requireId(userId, 'userId', '職員'));
  }
}
