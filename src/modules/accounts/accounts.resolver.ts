import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AllowedBeforePasswordChange, Ctx } from '../../core/auth/decorators';
import { LIMITS } from '../../core/validation/limits';
import { AccountsService } from './accounts.service';
import type { GqlContext } from '../../core/auth/viewer';

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(LIMITS.password, { message: 'パスワードが長すぎます。' }) currentPassword: string;
  @Field() @IsString() @MaxLength(LIMITS.password, { message: 'パスワードが長すぎます。' }) newPassword: string;
}

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: '自分のパスワードを変更（現在のパスワードが必要）。ほかの端末のセッションは終了します。' })
  changePassword(@Ctx() ctx: GqlContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.accounts.changePassword(ctx.viewer!, input.currentPassword, input.newPassword);
  }
}
