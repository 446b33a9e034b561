import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Ctx, Public } from '../../core/auth/decorators';
import { LIMITS } from '../../core/validation/limits';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import type { GqlContext } from '../../core/auth/viewer';

@InputType()
export class LoginInput {
  @Field() @IsString() @MaxLength(LIMITS.email, { message: 'メールアドレスが長すぎます。' }) email: string;
  @Field() @IsString() @MaxLength(LIMITS.password, { message: 'パスワードが長すぎます。' }) password: string;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'null when signed out' })
  me(@Ctx() ctx: GqlContext): User | null {
    return ctx.viewer ? this.users.findById(ctx.viewer.id) : null;
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in and sets an HttpOnly session cookie.' })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: GqlContext): Promise<User> {
    const id = await this.auth.login(input.email, input.password, ctx.req, ctx.res);
    const user = this.users.findById(id)!;
    ctx.viewer = { id, role: user.role, displayName: user.displayName, sessionId: '' };
    return user;
  }

  @Public()
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: GqlContext): boolean {
    this.auth.logout(ctx.req, ctx.res);
    ctx.viewer = null;
    return true;
  }
}
