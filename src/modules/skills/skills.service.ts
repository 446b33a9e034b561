import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { frameworks } from '../../core/frameworks';
import { can, requireCapability } from '../../core/policy/capabilities';
import { personDenial, requireAllowed } from '../../core/policy/object-policy';
import { jstDate } from '../../core/time/jst';
import { LIMITS } from '../../core/validation/limits';
import { checkTag, normalizeTag, optionalSingleLine, pageSize, parseId, rejectNull, requireSingleLine } from '../../core/validation/normalize';
import { PointsConfigService } from '../ledger/points-config.service';
import { UsersService } from '../users/users.service';
import { DEFAULT_TAG_SKILLS } from './skill-defaults';
import { SkillEntity } from './skill.entity';
import {
  CreateSkillInput,
  Expert,
  FiscalYearPoints,
  RequirementMark,
  RoleGapEntry,
  Skill,
  SkillEntry,
  SkillEvidence,
  TagSkillMapping,
  UpdateSkillInput,
} from './skill.model';
import { FactRow, SkillsRepository } from './skills.repository';

/** Characters, matching the DTO's messages. */
const SKILL_LIMITS = { name: 60, summary: 300 } as const;

const CONTENT_KINDS = new Set(['QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'ANSWER_POSTED']);

interface Acc {
  points: number;
  byYear: Map<number, number>;
  stampByDay: Map<string, { points: number; fy: number }>;
  evidence: Map<string, { net: number; accepted: number; postId: number; answerId: number | null; title: string; at: string }>;
}

/**
 * The skill-visibility record. Nothing here is stored: points, levels, evidence and trends
 * are derived from the contribution ledger, the posts' current tags and the tag → skill
 * mapping every time they are read, so they can never drift from the facts and "rebuild"
 * is simply reading again. Anonymous contributions never count (they would de-anonymise).
 */
@Injectable()
export class SkillsService implements OnApplicationBootstrap {
  constructor(
    private readonly db: DbService,
    private readonly repo: SkillsRepository,
    private readonly users: UsersService,
    private readonly points: PointsConfigService,
    private readonly events: DomainEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.ensureDefaults();
  }

  /** Seeds the default framework (hachioji-2023) and tag mapping on an empty installation. */
  ensureDefaults(): void {
    if (this.repo.hasAnySkill()) return;
    const now = new Date().toISOString();
    this.db.tx(() => {
      this.importFramework('hachioji-2023', now);
      for (const m of DEFAULT_TAG_SKILLS) {
        const skillId = this.repo.findIdByCode(m.skill);
        if (skillId !== undefined) this.repo.insertMappingIfAbsent(normalizeTag(m.tag), skillId, m.weight);
      }
    });
  }

  private importFramework(name: string, now: string): number {
    let added = 0;
    const insert = (code: string, skillName: string, summary: string | null, sort: number) => {
      added += this.repo.insertIfAbsent({ code, name: skillName, summary, framework: name, sort_order: sort, created_at: now, updated_at: now });
    };
    if (name === 'hachioji-2023') {
      frameworks.hachioji.skills.forEach((s) => {
        insert(s.code, s.name, s.summary, s.no);
        const id = this.repo.findIdByCode(s.code)!;
        for (const [role, mark] of Object.entries(s.byRole as Record<string, string>)) {
          this.repo.insertRequirementIfAbsent(role, id, mark);
        }
      });
    } else if (name === 'moka-2023') {
      frameworks.moka.skills.forEach((s, i) => insert(s.code, s.name, (s as { note?: string }).note ?? null, 100 + i));
    } else if (name === 'fujisawa-2024') {
      frameworks.fujisawa.layers.forEach((layer, i) =>
        layer.skills.forEach((skillName, j) => insert(`FUJISAWA_${layer.code}_${j + 1}`, skillName, `${layer.name}: ${layer.motto}`, 200 + i * 10 + j)),
      );
    } else {
      throw badInput(`スキルフレームワーク「${name}」はありません（hachioji-2023 / moka-2023 / fujisawa-2024）。`, 'framework');
    }
    return added;
  }

  // ---- framework editing (DX office) ------------------------------------------------------

  private assertEditor(viewer: Viewer) {
    requireCapability(viewer, 'skills.editFramework');
  }

  private toSkill(r: SkillEntity): Skill {
    return { id: String(r.id), code: r.code, name: r.name, summary: r.summary, framework: r.framework, retired: r.retired_at !== null };
  }

  list(includeRetired = false): Skill[] {
    return this.repo.list(includeRetired).map((r) => this.toSkill(r));
  }

  byCode(code: string): Skill | null {
    const r = this.repo.findByCode(code);
    return r ? this.toSkill(r) : null;
  }

  create(viewer: Viewer, input: CreateSkillInput): Skill {
    this.assertEditor(viewer);
    const name = requireSingleLine(input.name, 'スキル名', SKILL_LIMITS.name, 'name');
    const summary = optionalSingleLine(input.summary, '説明', SKILL_LIMITS.summary, 'summary');
    if (this.byCode(input.code)) throw badInput(`スキルコード ${input.code} は既にあります。`, 'code');
    const now = new Date().toISOString();
    const sort = this.repo.nextSortOrder();
    this.repo.insert({ code: input.code, name, summary, framework: 'custom', sort_order: sort, created_at: now, updated_at: now });
    return this.byCode(input.code)!;
  }

  /**
   * Absent fields stay as they are. `name` and `retired` cannot be null (an explicit null is
   * refused, so `retired: null` never restores a skill); `summary: null` clears the summary.
   * Everything is checked before anything is written.
   */
  update(viewer: Viewer, input: UpdateSkillInput): Skill {
    this.assertEditor(viewer);
    const id = parseId(input.id);
    const row = id ? this.repo.findById(id) : undefined;
    if (!row) throw notFound('スキル');
    const nameIn = rejectNull(input.name, 'スキル名は空にできません。変更しない場合は name を省略してください。', 'name');
    const retired = rejectNull(input.retired, 'retired には true（廃止）か false（復活）を指定してください。変更しない場合は省略してください。', 'retired');
    const name = nameIn !== undefined ? requireSingleLine(nameIn, 'スキル名', SKILL_LIMITS.name, 'name') : row.name;
    const summary = input.summary !== undefined ? optionalSingleLine(input.summary, '説明', SKILL_LIMITS.summary, 'summary') : row.summary;
    const now = new Date().toISOString();
    const retiredAt = retired === undefined ? row.retired_at : retired ? (row.retired_at ?? now) : null;
    this.db.tx(() => {
      this.repo.update(row.id, { name, summary, retired_at: retiredAt, updated_at: now });
      if (retiredAt !== row.retired_at) {
        this.events.emit('skills.mappingChanged', { change: retiredAt ? 'retired' : 'restored', skillId: row.id, byId: viewer.id, at: now });
      }
    });
    return this.toSkill(this.repo.findById(row.id)!);
  }

  import(viewer: Viewer, framework: string): Skill[] {
    this.assertEditor(viewer);
    this.db.tx(() => this.importFramework(framework, new Date().toISOString()));
    return this.list(true).filter((s) => s.framework === framework);
  }

  mappings(): TagSkillMapping[] {
    return this.repo.mappings().map((r) => ({ tag: r.label ?? r.tag_key, weight: r.weight, skill: this.toSkill(r) }));
  }

  setMapping(viewer: Viewer, tag: string, skillCode: string, weight = 1): TagSkillMapping[] {
    this.assertEditor(viewer);
    const key = checkTag(tag, LIMITS.tag, 'tag')?.key;
    if (!key) throw badInput('タグを入力してください。', 'tag');
    const skill = this.byCode(skillCode);
    if (!skill) throw notFound('スキル');
    this.db.tx(() => {
      this.repo.upsertMapping(key, Number(skill.id), weight);
      this.events.emit('skills.mappingChanged', { change: 'mapping', skillId: Number(skill.id), byId: viewer.id, at: new Date().toISOString() });
    });
    return this.mappings();
  }

  removeMapping(viewer: Viewer, tag: string, skillCode: string): TagSkillMapping[] {
    this.assertEditor(viewer);
    const skill = this.byCode(skillCode);
    if (!skill) throw notFound('スキル');
    this.db.tx(() => {
      this.repo.deleteMapping(normalizeTag(tag), Number(skill.id));
      this.events.emit('skills.mappingChanged', { change: 'mapping', skillId: Number(skill.id), byId: viewer.id, at: new Date().toISOString() });
    });
    return this.mappings();
  }

  // ---- derivation from the ledger -------------------------------------------------------
  // The facts credited to skills come from SkillsRepository.factsOf…: non-anonymous, in ledger
  // order; a reversal carries the original fact's date, so a withdrawn contribution disappears
  // from the 年度 and day it was made in.

  /** user → skill → accumulated points/evidence */
  private accumulate(rows: FactRow[]): Map<number, Map<number, Acc>> {
    const cap = this.points.get().stampDailyCap;
    const out = new Map<number, Map<number, Acc>>();
    for (const r of rows) {
      let bySkill = out.get(r.user_id);
      if (!bySkill) out.set(r.user_id, (bySkill = new Map()));
      let acc = bySkill.get(r.skill_id);
      if (!acc) bySkill.set(r.skill_id, (acc = { points: 0, byYear: new Map(), stampByDay: new Map(), evidence: new Map() }));
      const pts = r.points * r.weight;
      if (r.kind === 'STAMP_RECEIVED') {
        const day = jstDate(new Date(r.fact_at));
        const d = acc.stampByDay.get(day) ?? { points: 0, fy: r.fiscal_year };
        d.points += pts;
        acc.stampByDay.set(day, d);
      } else {
        acc.points += pts;
        acc.byYear.set(r.fiscal_year, (acc.byYear.get(r.fiscal_year) ?? 0) + pts);
      }
      if (CONTENT_KINDS.has(r.kind) || r.kind === 'ANSWER_ACCEPTED') {
        const key = r.answer_id ? `A${r.answer_id}` : `P${r.post_id}`;
        const ev = acc.evidence.get(key) ?? { net: 0, accepted: 0, postId: r.post_id, answerId: r.answer_id, title: r.title, at: r.fact_at };
        if (CONTENT_KINDS.has(r.kind)) ev.net += r.delta;
        else ev.accepted += r.delta;
        acc.evidence.set(key, ev);
      }
    }
    // Stamp rings gain little: stamp points count at most `cap` per person, skill and day.
    for (const bySkill of out.values()) {
      for (const acc of bySkill.values()) {
        for (const d of acc.stampByDay.values()) {
          const capped = Math.max(0, Math.min(cap, d.points));
          acc.points += capped;
          acc.byYear.set(d.fy, (acc.byYear.get(d.fy) ?? 0) + capped);
        }
      }
    }
    return out;
  }

  private requirements(roleCategory: string | null): Map<number, RequirementMark> {
    if (!roleCategory) return new Map();
    return new Map(this.repo.requirementsFor(roleCategory).map((r) => [r.skill_id, r.mark]));
  }

  private round(n: number) {
    return Math.round(n * 10) / 10;
  }

  private toEntries(accBySkill: Map<number, Acc> | undefined, roleCategory: string | null): SkillEntry[] {
    const req = this.requirements(roleCategory);
    const skills = this.repo.listLive();
    const entries = skills.map((s) => {
      const acc = accBySkill?.get(s.id);
      const evidence: SkillEvidence[] = acc
        ? [...acc.evidence.values()]
            .filter((e) => e.net > 0)
            .sort((a, b) => (a.at < b.at ? 1 : -1))
            .map((e) => ({
              postId: String(e.postId),
              answerId: e.answerId ? String(e.answerId) : null,
              kind: e.answerId ? 'ANSWER' : 'POST',
              title: e.title,
              accepted: e.accepted > 0,
              at: e.at,
            }))
        : [];
      const points = this.round(Math.max(0, acc?.points ?? 0));
      const trend: FiscalYearPoints[] = acc
        ? [...acc.byYear.entries()].sort((a, b) => a[0] - b[0]).map(([fiscalYear, p]) => ({ fiscalYear, points: this.round(p) }))
        : [];
      return {
        skill: this.toSkill(s),
        points,
        level: this.points.level(points),
        evidenceCount: evidence.length,
        evidence: evidence.slice(0, 20),
        trend,
        requirement: req.get(s.id) ?? null,
      };
    });
    return entries.sort((a, b) => b.points - a.points || b.evidenceCount - a.evidenceCount);
  }

  entriesFor(userId: number, roleCategory: string | null): SkillEntry[] {
    return this.toEntries(this.accumulate(this.repo.factsOfUser(userId)).get(userId), roleCategory);
  }

  /** Every person's entries in one pass (CSV export, team view). */
  entriesForUsers(userIds: number[]): Map<number, SkillEntry[]> {
    if (userIds.length === 0) return new Map();
    const acc = this.accumulate(this.repo.factsOfUsers(userIds));
    const roles = new Map(this.repo.roleCategories(userIds).map((r) => [r.id, r.role_category]));
    return new Map(userIds.map((u) => [u, this.toEntries(acc.get(u), roles.get(u) ?? null)]));
  }

  roleGap(entries: SkillEntry[]): RoleGapEntry[] {
    return entries
      .filter((e) => e.requirement === RequirementMark.REQUIRED && e.evidenceCount === 0)
      .map((e) => ({ skill: e.skill, mark: RequirementMark.REQUIRED }));
  }

  skillsPublic(userId: number): boolean {
    return this.repo.skillsPublic(userId);
  }

  setSkillsPublic(viewer: Viewer, value: boolean): boolean {
    this.repo.setSkillsPublic(viewer.id, value, new Date().toISOString());
    return value;
  }

  /** Who sees the full record: the person, their managers, the DX office and admins. */
  assertCanSeeRecord(viewer: Viewer, userId: number): void {
    requireAllowed(personDenial(viewer, this.users.personFacts(viewer, userId), 'user.viewPersonalRecord'));
  }

  /**
   * Who knows this? People with the most evidence for a skill (via the tag mapping) or a tag
   * (directly), among those the viewer may see: everyone for moderators, their own
   * departments for managers, and otherwise only people who chose to show their skills.
   */
  experts(viewer: Viewer, skillCode: string | null | undefined, tag: string | null | undefined, first: number | null | undefined): Expert[] {
    const limit = pageSize(first, 5);
    let rows: FactRow[];
    let skill: Skill | null = null;
    if (skillCode) {
      skill = this.byCode(skillCode);
      if (!skill) throw notFound('スキル');
      rows = this.repo.factsOfSkill(Number(skill.id));
    } else if (tag && normalizeTag(tag)) {
      rows = this.repo.factsOfTag(normalizeTag(tag));
    } else {
      throw badInput('スキルかタグを指定してください。', 'skillCode');
    }
    const acc = this.accumulate(rows);
    const visible = this.visibleUserFilter(viewer);
    // Deactivated people (元職員) are nobody to ask.
    const active = this.users.activeAmong([...acc.keys()]);
    const candidates = [...acc.entries()]
      .map(([userId, bySkill]) => {
        const a = [...bySkill.values()][0];
        const ev = [...a.evidence.values()].filter((e) => e.net > 0);
        return { userId, points: this.round(a.points), evidenceCount: ev.length, acceptedCount: ev.filter((e) => e.accepted > 0).length };
      })
      .filter((c) => c.evidenceCount > 0 && c.userId !== viewer.id && active.has(c.userId) && visible(c.userId))
      .sort((a, b) => b.acceptedCount - a.acceptedCount || b.points - a.points || b.evidenceCount - a.evidenceCount)
      .slice(0, limit);
    const users = this.users.findByIds(candidates.map((c) => c.userId));
    return candidates
      .map((c, i) => ({
        user: users[i]!,
        skill,
        points: c.points,
        level: this.points.level(c.points),
        evidenceCount: c.evidenceCount,
        acceptedCount: c.acceptedCount,
      }))
      .filter((e) => e.user);
  }

  private visibleUserFilter(viewer: Viewer): (userId: number) => boolean {
    if (can(viewer, 'records.viewAll')) return () => true;
    const publicIds = new Set(this.repo.publicUserIds());
    if (can(viewer, 'team.view')) {
      const team = new Set(this.users.usersInDepartments(this.users.managedScope(viewer.id)));
      return (u) => publicIds.has(u) || team.has(u);
    }
    return (u) => publicIds.has(u);
  }

  /** The people whose full records a viewer may see (CSV export, team view). */
  visibleRecordOwners(viewer: Viewer): number[] {
    if (can(viewer, 'records.viewAll')) return this.repo.enabledUserIds();
    if (can(viewer, 'team.view')) {
      const team = this.users.usersInDepartments(this.users.managedScope(viewer.id));
      return [...new Set([viewer.id, ...team])].sort((a, b) => a - b);
    }
    return [viewer.id];
  }
}
