import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { GqlContext } from '../../core/auth/viewer';
import { permissionsOf } from '../../core/policy/capabilities';
import { parseId } from '../../core/validation/normalize';
import { Assignment, Department, User } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true })
  user(@Args('id', { type: () => ID }) id: string): User | null {
    const n = parseId(id);
    return n ? this.users.findById(n) : null;
  }

  @Query(() => [Department], { description: '部 → 課 → 係 (parents before children)' })
  departments(): Department[] {
    return [...this.users.departments().values()];
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
