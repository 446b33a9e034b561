import { Args, Field, ID, InputType, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Ctx } from '../../core/auth/decorators';
import { GqlContext } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/app-error';
import { idCursor } from '../../core/graphql/id-cursor';
import { can, permissionsOf } from '../../core/policy/capabilities';
import { pageSize, parseId } from '../../core/validation/normalize';
import { Assignment, Department, RoleEnum, User, UserConnection } from './user.model';
import { UsersService } from './users.service';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: '氏名・メールアドレス・職員番号の一部' }) @IsOptional() @IsString() @MaxLength(100) query?: string | null;
  @Field(() => ID, { nullable: true, description: 'この部署（下の部署を含む）に今いる人' }) @IsOptional() @IsString() departmentId?: string | null;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsEnum(RoleEnum) role?: RoleEnum | null;
  @Field(() => Boolean, { nullable: true, description: '省略時は利用中の人だけ。false（利用停止）と null 以外の指定は管理者のみ' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

const userCursor = idCursor('u');

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserConnection, {
    name: 'users',
    description: '職員の一覧・検索（ID順）。管理画面と人の選択欄で使います。利用停止中の人は管理者だけが見られます。',
  })
  listUsers(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: '0–100' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter | null,
  ): UserConnection {
    const limit = pageSize(first, 50);
    const admin = can(ctx.viewer, 'admin.users');
    // Deactivated people (元職員) are listed only on the admin's account screen.
    const active = admin ? (filter?.active ?? null) : true;
    if (!admin && filter?.active === false) throw badInput('利用停止中の職員を一覧できるのは管理者だけです。', 'filter.active');
    let departmentId: number | null = null;
    if (filter?.departmentId) {
      departmentId = parseId(filter.departmentId);
      if (!departmentId || !this.users.department(departmentId)) throw badInput('部署が見つかりません。', 'filter.departmentId');
    }
    const rows = this.users.search({
      query: filter?.query,
      departmentId,
      role: filter?.role ?? null,
      active,
      afterId: after ? userCursor.decode(after) : 0,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({ cursor: userCursor.encode(r.id), node: this.users.toUser(r) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
  }

  @ResolveField(() => String, { nullable: true, description: '職員番号（本人と管理者だけ）' })
  employeeId(@Parent() u: User, @Ctx() ctx: GqlContext): string | null {
    return ctx.viewer && (ctx.viewer.id === Number(u.id) || can(ctx.viewer, 'admin.users'))
      ? (u.employeeIdValue ?? this.users.employeeIdOf(Number(u.id)))
      : null;
  }

  @ResolveField(() => Boolean, { description: '仮パスワードでサインイン中で、新しいパスワードの設定が必要（本人と管理者だけ。ほかの人には常に false）' })
  mustChangePassword(@Parent() u: User, @Ctx() ctx: GqlContext): boolean {
    if (!ctx.viewer || (ctx.viewer.id !== Number(u.id) && !can(ctx.viewer, 'admin.users'))) return false;
    return u.mustChangePasswordValue ?? this.users.mustChangePasswordOf(Number(u.id));
  }

  @Query(() => User, { nullable: true })
  user(@Args('id', { type: () => ID }) id: string): User | null {
    const n = parseId(id);
    return n ? this.users.findById(n) : null;
  }

  @Query(() => [Department], { description: '部 → 課 → 係 (parents before children)' })
  departments(): Department[] {
    return [...this.users.departments().values()];
  }

  @ResolveField(() => String, {
    nullable: true,
    description: '@メンションの名前（メールアドレスの @ より前）。サインインした職員に見えます（チャットのハンドルと同じ）。利用停止中の人は null。',
  })
  mentionName(@Parent() u: User, @Ctx() ctx: GqlContext): string | null {
    if (!ctx.viewer || !u.active || !u.emailValue) return null;
    return u.emailValue.split('@')[0] || null;
  }

  @ResolveField(() => String, { nullable: true, description: 'visible to self, DX office, admins and managers of the person’s department' })
  email(@Parent() u: User, @Ctx() ctx: GqlContext): string | null {
    return this.users.canSeeEmail(ctx.viewer, Number(u.id)) ? u.emailValue : null;
  }

  @ResolveField(() => [String], {
    description:
      'The global capabilities of the signed-in person (e.g. "synonyms.edit", "team.view"), read on `me`: the client shows and hides screens by these, never by role. Empty on anyone else.',
  })
  permissions(@Parent() u: User, @Ctx() ctx: GqlContext): string[] {
    return ctx.viewer && ctx.viewer.id === Number(u.id) ? permissionsOf(ctx.viewer.role) : [];
  }

  @ResolveField(() => Department, { nullable: true, description: 'current department' })
  department(@Parent() u: User): Department | null {
    return this.users.currentDepartment(Number(u.id));
  }

  @ResolveField(() => [Assignment], { description: 'department history, newest first' })
  assignments(@Parent() u: User): Assignment[] {
    return this.users.assignments(Number(u.id));
  }

  @ResolveField(() => [Department])
  managedDepartments(@Parent() u: User): Department[] {
    return this.users
      .managedDepartmentIds(Number(u.id))
      .map((id) => this.users.department(id)!)
      .filter(Boolean);
  }

  /** Counts include the person's anonymous contributions only on their own profile (never for moderators). */
  private countsFor(u: User, ctx: GqlContext) {
    const self = ctx.viewer?.id === Number(u.id);
    return ctx.loaders
      .get<number, ReturnType<UsersService['counts']>>(`userCounts:${self}`, (ids) => ids.map((id) => this.users.counts(id, self)))
      .load(Number(u.id));
  }

  @ResolveField(() => Int)
  async postCount(@Parent() u: User, @Ctx() ctx: GqlContext) {
    return (await this.countsFor(u, ctx)).posts;
  }

  @ResolveField(() => Int)
  async answerCount(@Parent() u: User, @Ctx() ctx: GqlContext) {
    return (await this.countsFor(u, ctx)).answers;
  }

  @ResolveField(() => Int)
  async acceptedAnswerCount(@Parent() u: User, @Ctx() ctx: GqlContext) {
    return (await this.countsFor(u, ctx)).accepted;
  }
}
