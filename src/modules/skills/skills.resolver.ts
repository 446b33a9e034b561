import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { badInput, notFound } from '../../core/errors/app-error';
import { can } from '../../core/policy/capabilities';
import { Requires } from '../../core/policy/requires';
import { parseId, rejectNull } from '../../core/validation/normalize';
import { PointsConfigService } from '../ledger/points-config.service';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { CertificationsService } from './certifications.service';
import {
  Certification,
  CreateSkillInput,
  Expert,
  GrantCertificationInput,
  Skill,
  SkillEntry,
  SkillRecord,
  SkillSettings,
  SkillSettingsInput,
  TagSkillInput,
  TagSkillMapping,
  UpdateSkillInput,
} from './skill.model';
import { SkillsService } from './skills.service';
import type { GqlContext, Viewer } from '../../core/auth/viewer';

@Resolver(() => SkillRecord)
export class SkillsResolver {
  constructor(
    private readonly skillsService: SkillsService,
    private readonly certificationsService: CertificationsService,
    private readonly users: UsersService,
    private readonly points: PointsConfigService,
  ) {}

  /**
   * One person's record; the team view leaves out the certification history it never shows.
   * The current certifications' note and evidence follow the rule that shows the history
   * (canSeePersonalRecord: the person, their managers, the DX office, admins), and are null
   * for anyone else.
   */
  private build(viewer: Viewer, user: User, entries: SkillEntry[], withHistory: boolean): SkillRecord {
    const id = Number(user.id);
    return {
      user,
      entries,
      roleGap: this.skillsService.roleGap(entries),
      certifications: this.certificationsService.current(id, this.users.canSeePersonalRecord(viewer, id)),
      certificationHistory: withHistory ? this.certificationsService.history(id) : [],
      totalPoints: Math.round(entries.reduce((s, e) => s + e.points, 0) * 10) / 10,
      skillsPublic: this.skillsService.skillsPublic(id),
    };
  }

  private record(viewer: Viewer, userId: number): SkillRecord {
    const user = this.users.findById(userId);
    if (!user) throw notFound('職員');
    return this.build(viewer, user, this.skillsService.entriesFor(userId, user.roleCategory), true);
  }

  @Query(() => [Skill], { description: 'スキル一覧（フレームワーク順）' })
  skills(@Args('includeRetired', { nullable: true, defaultValue: false }) includeRetired: boolean): Skill[] {
    return this.skillsService.list(includeRetired);
  }

  @Query(() => SkillRecord, { description: 'FORBIDDEN unless self, a manager of the person’s department, DX office or admin' })
  skillRecord(@Ctx() ctx: GqlContext, @Args('userId', { type: () => ID }) userIdRaw: string): SkillRecord {
    const userId = parseId(userIdRaw);
    if (!userId || !this.users.findById(userId)) throw notFound('職員');
    this.skillsService.assertCanSeeRecord(ctx.viewer!, userId);
    return this.record(ctx.viewer!, userId);
  }

  @Requires('team.view')
  @Query(() => [SkillRecord], { description: '管理職: 所属職員のスキル記録 / DX推進課・管理者: 指定部署（省略時は全員）' })
  teamSkillRecords(@Ctx() ctx: GqlContext, @Args('departmentId', { type: () => ID, nullable: true }) departmentId?: string): SkillRecord[] {
    const viewer = ctx.viewer!;
    // A manager's team leaves the manager out; whoever sees every record sees themselves too.
    let ids = this.skillsService.visibleRecordOwners(viewer).filter((id) => id !== viewer.id || can(viewer, 'records.viewAll'));
    if (departmentId) {
      const dep = parseId(departmentId);
      if (!dep || !this.users.department(dep)) throw notFound('部署');
      const members = new Set(this.users.usersInDepartments(new Set(this.users.departmentSubtree(dep))));
      ids = ids.filter((id) => members.has(id));
    }
    const entries = this.skillsService.entriesForUsers(ids);
    return ids.map((id) => this.build(viewer, this.users.findById(id)!, entries.get(id)!, false));
  }

  @Query(() => [Expert], { description: 'この分野に詳しい人（公開を選んだ人／権限の範囲）' })
  experts(
    @Ctx() ctx: GqlContext,
    @Args('skillCode', { type: () => String, nullable: true }) skillCode?: string,
    @Args('tag', { type: () => String, nullable: true }) tag?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5, description: '0–100; outside is BAD_USER_INPUT' }) first?: number | null,
  ): Expert[] {
    return this.skillsService.experts(ctx.viewer!, skillCode, tag, first);
  }

  @Query(() => [TagSkillMapping], { description: 'タグ → スキルの対応' })
  tagSkillMappings(): TagSkillMapping[] {
    return this.skillsService.mappings();
  }

  @Query(() => SkillSettings, { description: 'ポイント・レベルの設定' })
  skillSettings(): SkillSettings {
    return this.points.get();
  }

  @Requires('skills.editSettings')
  @Mutation(() => SkillSettings, { description: 'ポイント・レベルの設定を変更（DX推進課・管理者）。既存の記録のポイントは変わりません。' })
  updateSkillSettings(@Ctx() ctx: GqlContext, @Args('input') input: SkillSettingsInput): SkillSettings {
    const t = input.levelThresholds;
    if (t.length !== 4 || t.some((x, i) => x <= 0 || (i > 0 && x <= t[i - 1]))) {
      throw badInput('レベルの閾値は4つの正の数を小さい順に入力してください（例: 10, 30, 80, 200）。', 'levelThresholds');
    }
    const current = this.points.get();
    return this.points.set({
      ...input,
      STAMP_RECEIVED: { ...input.STAMP_RECEIVED },
      POST_FEATURED: input.POST_FEATURED ?? current.POST_FEATURED,
      CASE_ADOPTED: input.CASE_ADOPTED ?? current.CASE_ADOPTED,
    });
  }

  @Requires('skills.editFramework')
  @Mutation(() => Skill, { description: 'スキルを追加（DX推進課・管理者）' })
  createSkill(@Ctx() ctx: GqlContext, @Args('input') input: CreateSkillInput): Skill {
    return this.skillsService.create(ctx.viewer!, input);
  }

  @Requires('skills.editFramework')
  @Mutation(() => Skill, { description: 'スキル名の変更・廃止・復活（DX推進課・管理者）' })
  updateSkill(@Ctx() ctx: GqlContext, @Args('input') input: UpdateSkillInput): Skill {
    return this.skillsService.update(ctx.viewer!, input);
  }

  @Requires('skills.editFramework')
  @Mutation(() => [Skill], { description: '別のフレームワーク（moka-2023 / fujisawa-2024）のスキルを取り込む' })
  importSkillFramework(@Ctx() ctx: GqlContext, @Args('framework') framework: string): Skill[] {
    return this.skillsService.import(ctx.viewer!, framework);
  }

  @Requires('skills.editFramework')
  @Mutation(() => [TagSkillMapping], { description: 'タグをスキルに対応付け（重み付き）' })
  setTagSkill(@Ctx() ctx: GqlContext, @Args('input') input: TagSkillInput): TagSkillMapping[] {
    // Omitted → 1 (the default); an explicit null is refused rather than silently read as 1.
    const weight = rejectNull(input.weight, '重みは0.1〜5で入力してください。', 'weight') ?? 1;
    return this.skillsService.setMapping(ctx.viewer!, input.tag, input.skillCode, weight);
  }

  @Requires('skills.editFramework')
  @Mutation(() => [TagSkillMapping])
  removeTagSkill(@Ctx() ctx: GqlContext, @Args('tag') tag: string, @Args('skillCode') skillCode: string): TagSkillMapping[] {
    return this.skillsService.removeMapping(ctx.viewer!, tag, skillCode);
  }

  @Requires('certifications.grant')
  @Mutation(() => [Certification], { description: 'DX人材認定を付与（DX推進課）' })
  grantCertification(@Ctx() ctx: GqlContext, @Args('input') input: GrantCertificationInput): Certification[] {
    return this.certificationsService.grant(ctx.viewer!, input);
  }

  @Requires('certifications.grant')
  @Mutation(() => [Certification], { description: 'DX人材認定を取り消す（DX推進課）' })
  revokeCertification(@Ctx() ctx: GqlContext, @Args('input') input: GrantCertificationInput): Certification[] {
    return this.certificationsService.revoke(ctx.viewer!, input);
  }

  @Mutation(() => Boolean, { description: '自分のスキルを公開プロフィールに表示するか' })
  setSkillsPublic(@Ctx() ctx: GqlContext, @Args('value') value: boolean): boolean {
    return this.skillsService.setSkillsPublic(ctx.viewer!, value);
  }
}

/** Skills on the public profile: only when the person opted in (or the viewer may see the full record). */
@Resolver(() => User)
export class UserSkillsResolver {
  constructor(
    private readonly skillsService: SkillsService,
    private readonly users: UsersService,
    private readonly certificationsService: CertificationsService,
  ) {}

  @ResolveField(() => [SkillEntry], { nullable: true, description: 'null when the person keeps skills private from this viewer' })
  skills(@Parent() u: User, @Ctx() ctx: GqlContext): SkillEntry[] | null {
    const id = Number(u.id);
    if (!this.skillsService.skillsPublic(id) && !this.users.canSeePersonalRecord(ctx.viewer, id)) return null;
    return this.skillsService.entriesFor(id, u.roleCategory).filter((e) => e.points > 0);
  }

  @ResolveField(() => Boolean, { description: 'the viewer may open this person’s full skill record' })
  viewerCanSeeSkillRecord(@Parent() u: User, @Ctx() ctx: GqlContext): boolean {
    return this.users.canSeePersonalRecord(ctx.viewer, Number(u.id));
  }

  @ResolveField(() => [Certification], {
    description: 'DX人材認定 currently held (tier and year public; note and evidence only for those who may see the record)',
  })
  certifications(@Parent() u: User, @Ctx() ctx: GqlContext): Certification[] {
    const id = Number(u.id);
    return this.certificationsService.current(id, this.users.canSeePersonalRecord(ctx.viewer, id));
  }
}
