import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { GqlContext } from '../../core/auth/viewer';
import { unauthenticated } from '../../core/errors/app-error';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { ProfileInput } from './dto/profile.input';
import { Profile, ProfilesService } from './profiles.service';

/**
 * The profile fields of a person (内線番号, 自己紹介, 得意分野, アイコン): what staff use to reach
 * each other, shown to everyone signed in. They hang off `User`, so they appear only where a
 * person is named: an anonymous question has no author object, and so no avatar or extension
 * that could tell who asked.
 */
@Resolver(() => User)
export class ProfilesResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly users: UsersService,
  ) {}

  private profileOf(u: User, ctx: GqlContext): Promise<Profile> {
    return ctx.loaders.get<number, Profile>('profiles', (ids) => this.profiles.profiles(ids)).load(Number(u.id));
  }

  @ResolveField(() => String, { nullable: true, description: '内線番号（サインインした職員に見えます。利用停止中の人は null）' })
  async extension(@Parent() u: User, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!ctx.viewer || !u.active) return null;
    return (await this.profileOf(u, ctx)).extension;
  }

  @ResolveField(() => String, { nullable: true, description: '自己紹介（500文字以内）' })
  async bio(@Parent() u: User, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!ctx.viewer) return null;
    return (await this.profileOf(u, ctx)).bio;
  }

  @ResolveField(() => [String], { description: '得意分野（本人が付けたタグ）' })
  async expertise(@Parent() u: User, @Ctx() ctx: GqlContext): Promise<string[]> {
    if (!ctx.viewer) return [];
    return (await this.profileOf(u, ctx)).expertise;
  }

  @ResolveField(() => String, { nullable: true, description: 'アイコン画像の URL（同じオリジンの /uploads/…）。未設定なら null（頭文字を表示）' })
  async avatarUrl(@Parent() u: User, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!ctx.viewer) return null;
    return (await this.profileOf(u, ctx)).avatarUrl;
  }

  @Mutation(() => User, { description: '自分のプロフィール（内線番号・自己紹介・得意分野・アイコン）を更新します。省略した項目は変わりません。' })
  updateMyProfile(@Args('input') input: ProfileInput, @Ctx() ctx: GqlContext): User {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    this.profiles.update(viewer, input);
    ctx.loaders.clearAll();
    return this.users.findById(viewer.id)!;
  }
}
