import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { ContributionEntity } from '../ledger/contribution.entity';
import { PostEntity } from '../posts/post.entity';
import { TagEntity } from '../posts/tag.entity';
import { AppUserEntity } from '../users/app-user.entity';
import { UserPreferenceEntity } from '../users/user-preference.entity';
import { SkillRoleRequirementEntity } from './skill-role-requirement.entity';
import { SkillEntity } from './skill.entity';
import { RequirementMark } from './skill.model';
import { TagSkillEntity } from './tag-skill.entity';

/** A skill as written when it is created or imported (the id is the table's). */
export type NewSkill = Omit<SkillEntity, 'id' | 'retired_at'>;

/** A tag → skill mapping with the skill's row and the tag's label (null when no post uses the tag yet). */
export type TagSkillRow = SkillEntity & Pick<TagSkillEntity, 'tag_key' | 'weight'> & { label: TagEntity['label'] | null };

/**
 * One ledger fact as seen by one skill (a post tagged with two skills yields two rows). A
 * reversal carries the original fact's date and 年度 (`fact_at`, `fiscal_year`).
 */
export type FactRow = Pick<ContributionEntity, 'user_id' | 'kind' | 'delta' | 'points' | 'answer_id' | 'fiscal_year'> &
  Pick<TagSkillEntity, 'skill_id' | 'weight'> &
  Pick<PostEntity, 'title'> & {
    /** never null: only facts on a post are credited */
    post_id: number;
    fact_at: ContributionEntity['occurred_at'];
  };

export type RequirementRow = Pick<SkillRoleRequirementEntity, 'skill_id'> & { mark: RequirementMark };

/**
 * SQL for the skill framework, the tag → skill mapping, the skills preference, and the
 * skill record's reads of the contribution ledger (the record itself is derived in
 * SkillsService; nothing of it is stored).
 *
 * Every method is synchronous (better-sqlite3): the service calls them inside its `db.tx`
 * IMMEDIATE transaction, which never awaits, so no other request can interleave with a
 * write. The transaction boundary stays in the service.
 */
@Injectable()
export class SkillsRepository {
  constructor(private readonly db: DbService) {}

  // ---- skills ---------------------------------------------------------------------------

  hasAnySkill(): boolean {
    return !!this.db.get('SELECT 1 FROM skill LIMIT 1');
  }

  findIdByCode(code: string): number | undefined {
    return this.db.get<Pick<SkillEntity, 'id'>>('SELECT id FROM skill WHERE code = ?', [code])?.id;
  }

  findByCode(code: string): SkillEntity | undefined {
    return this.db.get<SkillEntity>('SELECT * FROM skill WHERE code = ?', [code]);
  }

  findById(id: number): SkillEntity | undefined {
    return this.db.get<SkillEntity>('SELECT * FROM skill WHERE id = ?', [id]);
  }

  /** Live skills first, then retired ones (when asked for), each in framework order. */
  list(includeRetired: boolean): SkillEntity[] {
    return this.db.all<SkillEntity>(`SELECT * FROM skill ${includeRetired ? '' : 'WHERE retired_at IS NULL'} ORDER BY retired_at IS NOT NULL, sort_order, id`);
  }

  /** Live skills in framework order (the rows of a skill record). */
  listLive(): SkillEntity[] {
    return this.db.all<SkillEntity>('SELECT * FROM skill WHERE retired_at IS NULL ORDER BY sort_order, id');
  }

  nextSortOrder(): number {
    return this.db.get<{ m: number }>('SELECT COALESCE(MAX(sort_order), 0) + 1 AS m FROM skill')!.m;
  }

  insert(s: NewSkill): void {
    this.db.run('INSERT INTO skill (code, name, summary, framework, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      s.code,
      s.name,
      s.summary,
      s.framework,
      s.sort_order,
      s.created_at,
      s.updated_at,
    ]);
  }

  /** Inserts unless the code exists (framework import); returns 1 when added, 0 otherwise. */
  insertIfAbsent(s: NewSkill): number {
    return this.db.run(
      `INSERT INTO skill (code, name, summary, framework, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(code) DO NOTHING`,
      [s.code, s.name, s.summary, s.framework, s.sort_order, s.created_at, s.updated_at],
    ).changes;
  }

  update(id: number, s: Pick<SkillEntity, 'name' | 'summary' | 'retired_at' | 'updated_at'>): void {
    this.db.run('UPDATE skill SET name = ?, summary = ?, retired_at = ?, updated_at = ? WHERE id = ?', [s.name, s.summary, s.retired_at, s.updated_at, id]);
  }

  // ---- role requirements ----------------------------------------------------------------

  insertRequirementIfAbsent(roleCategory: string, skillId: number, mark: string): void {
    this.db.run('INSERT OR IGNORE INTO skill_role_requirement (role_category, skill_id, mark) VALUES (?, ?, ?)', [roleCategory, skillId, mark]);
  }

  requirementsFor(roleCategory: string): RequirementRow[] {
    return this.db.all<RequirementRow>('SELECT skill_id, mark FROM skill_role_requirement WHERE role_category = ?', [roleCategory]);
  }

  // ---- tag → skill mapping --------------------------------------------------------------

  mappings(): TagSkillRow[] {
    return this.db.all<TagSkillRow>(
      `SELECT ts.tag_key, ts.weight, t.label, s.* FROM tag_skill ts JOIN skill s ON s.id = ts.skill_id
           LEFT JOIN tag t ON t.name = ts.tag_key ORDER BY s.sort_order, ts.tag_key`,
    );
  }

  /** A default mapping; an existing one (possibly edited by the DX office) is kept. */
  insertMappingIfAbsent(tagKey: string, skillId: number, weight: number): void {
    this.db.run('INSERT OR IGNORE INTO tag_skill (tag_key, skill_id, weight) VALUES (?, ?, ?)', [tagKey, skillId, weight]);
  }

  upsertMapping(tagKey: string, skillId: number, weight: number): void {
    this.db.run('INSERT INTO tag_skill (tag_key, skill_id, weight) VALUES (?, ?, ?) ON CONFLICT(tag_key, skill_id) DO UPDATE SET weight = excluded.weight', [
      tagKey,
      skillId,
      weight,
    ]);
  }

  deleteMapping(tagKey: string, skillId: number): void {
    this.db.run('DELETE FROM tag_skill WHERE tag_key = ? AND skill_id = ?', [tagKey, skillId]);
  }

  // ---- the skill record's reads of the ledger -------------------------------------------

  /** Facts of one person, credited to live skills through the mapping. */
  factsOfUser(userId: number): FactRow[] {
    return this.facts('c.user_id = ?', [userId]);
  }

  /** Facts of several people in one statement (CSV export, team view). */
  factsOfUsers(userIds: readonly number[]): FactRow[] {
    return this.facts(`c.user_id IN (${placeholders(userIds.length)})`, [...userIds]);
  }

  /** Everyone's facts credited to one skill (expert finder). */
  factsOfSkill(skillId: number): FactRow[] {
    return this.facts('ts.skill_id = ?', [skillId]);
  }

  /** Everyone's facts on posts with the tag, as one pseudo-skill 0 with weight 1 (expert finder). */
  factsOfTag(tagKey: string): FactRow[] {
    return this.facts('t.name = ?', [tagKey], true);
  }

  /**
   * Non-anonymous facts credited to skills, in ledger order. Reversals carry the original
   * fact's date, so a withdrawn contribution disappears from the 年度 and day it was made in.
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

  // ---- people -----------------------------------------------------------------------------

  roleCategories(userIds: readonly number[]): Pick<AppUserEntity, 'id' | 'role_category'>[] {
    return this.db.all<Pick<AppUserEntity, 'id' | 'role_category'>>(`SELECT id, role_category FROM app_user WHERE id IN (${placeholders(userIds.length)})`, [
      ...userIds,
    ]);
  }

  /** Every enabled person, by id. */
  enabledUserIds(): number[] {
    return this.db.all<Pick<AppUserEntity, 'id'>>('SELECT id FROM app_user WHERE disabled = 0 ORDER BY id').map((r) => r.id);
  }

  // ---- skills preference (user_preference.skills_public) --------------------------------

  skillsPublic(userId: number): boolean {
    return !!this.db.get<Pick<UserPreferenceEntity, 'skills_public'>>('SELECT skills_public FROM user_preference WHERE user_id = ?', [userId])?.skills_public;
  }

  setSkillsPublic(userId: number, value: boolean, now: string): void {
    this.db.run(
      `INSERT INTO user_preference (user_id, skills_public, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET skills_public = excluded.skills_public, updated_at = excluded.updated_at`,
      [userId, value ? 1 : 0, now],
    );
  }

  /** People who chose to show their skills to everyone. */
  publicUserIds(): number[] {
    return this.db.all<Pick<UserPreferenceEntity, 'user_id'>>('SELECT user_id FROM user_preference WHERE skills_public = 1').map((r) => r.user_id);
  }
}
