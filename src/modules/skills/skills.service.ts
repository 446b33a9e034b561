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

interface SkillRow {
  id: number;
  code: string;
  name: string;
  summary: string | null;
  framework: string;
  retired_at: string | null;
}

/** One ledger fact as seen by one skill (a post tagged with two skills yields two rows). */
interface FactRow {
  user_id: number;
  skill_id: number;
  weight: number;
  kind: string;
  delta: number;
  points: number;
  post_id: number;
  answer_id: number | null;
  fact_at: string;
  fiscal_year: number;
  title: string;
}

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
    private readonly users: UsersService,
    private readonly points: PointsConfigService,
    private readonly events: DomainEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.ensureDefaults();
  }

  /** Seeds the default framework (hachioji-2023) and tag mapping on an empty installation. */
  ensureDefaults(): void {
    if (this.db.get('SELECT 1 FROM skill LIMIT 1')) return;
    const now = new Date().toISOString();
    this.db.tx(() => {
      this.importFramework('hachioji-2023', now);
      for (const m of DEFAULT_TAG_SKILLS) {
        const skill = this.db.get<{ id: number }>('SELECT id FROM skill WHERE code = ?', [m.skill]);
        if (skill) this.db.run('INSERT OR IGNORE INTO tag_skill (tag_key, skill_id, weight) VALUES (?, ?, ?)', [normalizeTag(m.tag), skill.id, m.weight]);
      }
    });
  }

  private importFramework(name: string, now: string): number {
    let added = 0;
    const insert = (code: string, skillName: string, summary: string | null, sort: number) => {
      const r = this.db.run(
        `INSERT INTO skill (code, name, summary, framework, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(code) DO NOTHING`,
        [code, skillName, summary, name, sort, now, now],
      );
      added += r.changes;
    };
    if (name === 'hachioji-2023') {
      frameworks.hachioji.skills.forEach((s) => {
        insert(s.code, s.name, s.summary, s.no);
        const id = this.db.get<{ id: number }>('SELECT id FROM skill WHERE code = ?', [s.code])!.id;
        for (const [role, mark] of Object.entries(s.byRole as Record<string, string>)) {
          this.db.run('INSERT OR IGNORE INTO skill_role_requirement (role_category, skill_id, mark) VALUES (?, ?, ?)', [role, id, mark]);
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

  private toSkill(r: SkillRow): Skill {
    return { id: String(r.id), code: r.code, name: r.name, summary: r.summary, framework: r.framework, retired: r.retired_at !== null };
  }

  list(includeRetired = false): Skill[] {
    return this.db
      .all<SkillRow>(`SELECT * FROM skill ${includeRetired ? '' : 'WHERE retired_at IS NULL'} ORDER BY retired_at IS NOT NULL, sort_order, id`)
      .map((r) => this.toSkill(r));
  }

  byCode(code: string): Skill | null {
    const r = this.db.get<SkillRow>('SELECT * FROM skill WHERE code = ?', [code]);
    return r ? this.toSkill(r) : null;
  }

  create(viewer: Viewer, input: CreateSkillInput): Skill {
    this.assertEditor(viewer);
    const name = requireSingleLine(input.name, 'スキル名', SKILL_LIMITS.name, 'name');
    const summary = optionalSingleLine(input.summary, '説明', SKILL_LIMITS.summary, 'summary');
    if (this.byCode(input.code)) throw badInput(`スキルコード ${input.code} は既にあります。`, 'code');
    const now = new Date().toISOString();
    const sort = this.db.get<{ m: number }>('SELECT COALESCE(MAX(sort_order), 0) + 1 AS m FROM skill')!.m;
    this.db.run('INSERT INTO skill (code, name, summary, framework, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      input.code,
      name,
      summary,
      'custom',
      sort,
      now,
      now,
    ]);
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
    const row = id ? this.db.get<SkillRow>('SELECT * FROM skill WHERE id = ?', [id]) : undefined;
    if (!row) throw notFound('スキル');
    const nameIn = rejectNull(input.name, 'スキル名は空にできません。変更しない場合は name を省略してください。', 'name');
    const retired = rejectNull(input.retired, 'retired には true（廃止）か false（復活）を指定してください。変更しない場合は省略してください。', 'retired');
    const name = nameIn !== undefined ? requireSingleLine(nameIn, 'スキル名', SKILL_LIMITS.name, 'name') : row.name;
    const summary = input.summary !== undefined ? optionalSingleLine(input.summary, '説明', SKILL_LIMITS.summary, 'summary') : row.summary;
    const now = new Date().toISOString();
    const retiredAt = retired === undefined ? row.retired_at : retired ? (row.retired_at ?? now) : null;
    this.db.tx(() => {
      this.db.run('UPDATE skill SET name = ?, summary = ?, retired_at = ?, updated_at = ? WHERE id = ?', [name, summary, retiredAt, now, row.id]);
      if (retiredAt !== row.retired_at) {
        this.events.emit('skills.mappingChanged', { change: retiredAt ? 'retired' : 'restored', skillId: row.id, byId: viewer.id, at: now });
      }
    });
    return this.toSkill(this.db.get<SkillRow>('SELECT * FROM skill WHERE id = ?', [row.id])!);
  }

  import(viewer: Viewer, framework: string): Skill[] {
    this.assertEditor(viewer);
    this.db.tx(() => this.importFramework(framework, new Date().toISOString()));
    return this.list(true).filter((s) => s.framework === framework);
  }

  mappings(): TagSkillMapping[] {
    return this.db
      .all<SkillRow & { tag_key: string; label: string | null; weight: number; skill_id: number }>(
        `SELECT ts.tag_key, ts.weight, t.label, s.* FROM tag_skill ts JOIN skill s ON s.id = ts.skill_id
           LEFT JOIN tag t ON t.name = ts.tag_key ORDER BY s.sort_order, ts.tag_key`,
      )
      .map((r) => ({ tag: r.label ?? r.tag_key, weight: r.weight, skill: this.toSkill(r) }));
  }

  setMapping(viewer: Viewer, tag: string, skillCode: string, weight = 1): TagSkillMapping[] {
    this.assertEditor(viewer);
    const key = checkTag(tag, LIMITS.tag, 'tag')?.key;
    if (!key) throw badInput('タグを入力してください。', 'tag');
    const skill = this.byCode(skillCode);
    if (!skill) throw notFound('スキル');
    this.db.tx(() => {
      this.db.run('INSERT INTO tag_skill (tag_key, skill_id, weight) VALUES (?, ?, ?) ON CONFLICT(tag_key, skill_id) DO UPDATE SET weight = excluded.weight', [
        key,
        Number(skill.id),
        weight,
      ]);
      this.events.emit('skills.mappingChanged', { change: 'mapping', skillId: Number(skill.id), byId: viewer.id, at: new Date().toISOString() });
    });
    return this.mappings();
  }

  removeMapping(viewer: Viewer, tag: string, skillCode: string): TagSkillMapping[] {
    this.assertEditor(viewer);
    const skill = this.byCode(skillCode);
    if (!skill) throw notFound('スキル');
    this.db.tx(() => {
      this.db.run('DELETE FROM tag_skill WHERE tag_key = ? AND skill_id = ?', [normalizeTag(tag), Number(skill.id)]);
      this.events.emit('skills.mappingChanged', { change: 'mapping', skillId: Number(skill.id), byId: viewer.id, at: new Date().toISOString() });
    });
    return this.mappings();
  }

  // ---- derivation from the ledger -------------------------------------------------------

  /**
   * Facts credited to skills. Reversals carry the original fact's date, so a withdrawn
   * contribution disappears from the 年度 and day it was made in.
   */
  private facts(where: string, params: unknown[], byTag = false): FactRow[] {
    // By tag (expert finder): every fact on a post with the tag, as one pseudo-skill 0, weight 1.
    const credit = byTag ? '0 AS skill_id, 1.0 AS weight' : 'ts.skill_id, ts.weight';
    const viaSkills = byTag
      ? ''
      : `JOIN tag_skill ts ON ts.tag_key = t.name
         JOIN skill s ON s.id = ts.skill_id AND s.retired_at IS NULL`;
    return this.db.all<FactRow>(
      `SELECT c.user_id, ${credit}, c.kind, c.delta, c.points, c.post_id, c.answer_id,
              COALESCE(o.occurred_at, c.occurred_at) AS fact_at, COALESCE(o.fiscal_year, c.fiscal_year) AS fiscal_year,
              p.title
         FROM contribution c
         LEFT JOIN contribution o ON o.id = c.reverses_id
         JOIN post p ON p.id = c.post_id
         JOIN post_tag pt ON pt.post_id = c.post_id
         JOIN tag t ON t.id = pt.tag_id
         ${viaSkills}
        WHERE c.anonymous = 0 AND ${where}
        ORDER BY c.id`,
      params,
    );
  }

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
    return new Map(
      this.db
        .all<{ skill_id: number; mark: RequirementMark }>('SELECT skill_id, mark FROM skill_role_requirement WHERE role_category = ?', [roleCategory])
        .map((r) => [r.skill_id, r.mark]),
    );
  }

  private round(n: number) {
    return Math.round(n * 10) / 10;
  }

  private toEntries(accBySkill: Map<number, Acc> | undefined, roleCategory: string | null): SkillEntry[] {
    const req = this.requirements(roleCategory);
    const skills = this.db.all<SkillRow>('SELECT * FROM skill WHERE retired_at IS NULL ORDER BY sort_order, id');
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
    return this.toEntries(this.accumulate(this.facts('c.user_id = ?', [userId])).get(userId), roleCategory);
  }

  /** Every person's entries in one pass (CSV export, team view). */
  entriesForUsers(userIds: number[]): Map<number, SkillEntry[]> {
    if (userIds.length === 0) return new Map();
    const acc = this.accumulate(this.facts(`c.user_id IN (${userIds.map(() => '?').join(',')})`, userIds));
    const roles = new Map(
      this.db
        .all<{ id: number; role_category: string | null }>(`SELECT id, role_category FROM app_user WHERE id IN (${userIds.map(() => '?').join(',')})`, userIds)
        .map((r) => [r.id, r.role_category]),
    );
    return new Map(userIds.map((u) => [u, this.toEntries(acc.get(u), roles.get(u) ?? null)]));
  }

  roleGap(entries: SkillEntry[]): RoleGapEntry[] {
    return entries
      .filter((e) => e.requirement === RequirementMark.REQUIRED && e.evidenceCount === 0)
      .map((e) => ({ skill: e.skill, mark: RequirementMark.REQUIRED }));
  }

  skillsPublic(userId: number): boolean {
    return !!this.db.get<{ skills_public: number }>('SELECT skills_public FROM user_preference WHERE user_id = ?', [userId])?.skills_public;
  }

  setSkillsPublic(viewer: Viewer, value: boolean): boolean {
    this.db.run(
      `INSERT INTO user_preference (user_id, skills_public, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET skills_public = excluded.skills_public, updated_at = excluded.updated_at`,
      [viewer.id, value ? 1 : 0, new Date().toISOString()],
    );
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
      rows = this.facts('ts.skill_id = ?', [Number(skill.id)]);
    } else if (tag && normalizeTag(tag)) {
      rows = this.facts('t.name = ?', [normalizeTag(tag)], true);
    } else {
      throw badInput('スキルかタグを指定してください。', 'skillCode');
    }
    const acc = this.accumulate(rows);
    const visible = this.visibleUserFilter(viewer);
    const candidates = [...acc.entries()]
      .map(([userId, bySkill]) => {
        const a = [...bySkill.values()][0];
        const ev = [...a.evidence.values()].filter((e) => e.net > 0);
        return { userId, points: this.round(a.points), evidenceCount: ev.length, acceptedCount: ev.filter((e) => e.accepted > 0).length };
      })
      .filter((c) => c.evidenceCount > 0 && c.userId !== viewer.id && visible(c.userId))
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
    const publicIds = new Set(this.db.all<{ user_id: number }>('SELECT user_id FROM user_preference WHERE skills_public = 1').map((r) => r.user_id));
    if (can(viewer, 'team.view')) {
      const team = new Set(this.users.usersInDepartments(this.users.managedScope(viewer.id)));
      return (u) => publicIds.has(u) || team.has(u);
    }
    return (u) => publicIds.has(u);
  }

  /** The people whose full records a viewer may see (CSV export, team view). */
  visibleRecordOwners(viewer: Viewer): number[] {
    if (can(viewer, 'records.viewAll')) return this.db.all<{ id: number }>('SELECT id FROM app_user WHERE disabled = 0 ORDER BY id').map((r) => r.id);
    if (can(viewer, 'team.view')) {
      const team = this.users.usersInDepartments(this.users.managedScope(viewer.id));
      return [...new Set([viewer.id, ...team])].sort((a, b) => a - b);
    }
    return [viewer.id];
  }
}
