import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { type Role, type Viewer } from '../../src/core/auth/viewer';
import { loadConfig } from '../../src/core/config/config';
import { DbService } from '../../src/core/database/db.service';
import { jstDayStartIso } from '../../src/core/time/jst';
import { type Answer } from '../../src/modules/answers/answer.model';
import { AnswersService } from '../../src/modules/answers/answers.service';
import { type BadgeAward } from '../../src/modules/badges/badge.model';
import { BadgesService } from '../../src/modules/badges/badges.service';
import { type Comment } from '../../src/modules/comments/comment.model';
import { CommentsService } from '../../src/modules/comments/comments.service';
import { type ContributionKind } from '../../src/modules/ledger/contribution-kinds';
import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { type PointsConfig, PointsConfigService } from '../../src/modules/ledger/points-config.service';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { PostKind, ReactionTargetType, type Stamp } from '../../src/modules/posts/content.enums';
import { type Post } from '../../src/modules/posts/post.model';
import { PostsService } from '../../src/modules/posts/posts.service';
import { ReactionsService } from '../../src/modules/reactions/reactions.service';
import { type SkillEntry } from '../../src/modules/skills/skill.model';
import { SkillsService } from '../../src/modules/skills/skills.service';
import { UsersService } from '../../src/modules/users/users.service';

/**
 * Booting the real application context (migrations included) and driving it through the
 * services is CPU-bound; on a loaded 2-core machine a file can take tens of seconds. Nothing
 * in this tier asserts on durations: this only bounds how long a genuinely stuck test may hang.
 */
jest.setTimeout(120_000);

/** A person as the services see them (a `Viewer`), plus the department the factory put them in. */
export interface MediumUser extends Viewer {
  departmentId: number;
}

/** What a stamp or a comment is put on. Posts, answers and comments returned by the factories work as they are. */
export type TargetRef = { targetType: ReactionTargetType; targetId: string };
export type Target = Post | Answer | Comment | TargetRef;

export interface NewPostOptions {
  kind?: PostKind | 'QUESTION' | 'CASE' | 'IDEA';
  title?: string;
  body?: string;
  tags?: string[];
  anonymous?: boolean;
  idempotencyKey?: string;
}

/** A ledger entry as written (for assertions about the facts themselves). */
export interface LedgerRow {
  id: number;
  occurred_at: string;
  user_id: number;
  kind: string;
  delta: number;
  points: number;
  post_id: number | null;
  answer_id: number | null;
  actor_id: number | null;
  anonymous: number;
  reverses_id: number | null;
}

let seq = 0;

/**
 * The medium tier's world: the real Nest application context (every module, every
 * `onApplicationBootstrap`: default skills, tag mapping, badge catalogue, badge evaluation
 * after each committed action) on a real SQLite file in a temp dir, migrated by the real
 * migrations. No HTTP, no mocks of our own database: tests call the public service methods,
 * with an explicit `at` wherever a service takes one, so time is controlled, never waited for.
 *
 * Factories make fresh people, posts and answers for every test; nothing is shared between
 * tests except the empty, migrated installation.
 */
export class MediumContext {
  private constructor(
    readonly app: INestApplicationContext,
    readonly db: DbService,
    private readonly dir: string,
  ) {}

  static async create(env: Record<string, string> = {}): Promise<MediumContext> {
    const dir = mkdtempSync(join(tmpdir(), 'banso-medium-'));
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_PATH: join(dir, 'banso.sqlite'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      ...env,
    });
    // Outbox delivery happens when a test calls settle(), never on a background timer, and
    // search is the embedded FTS5 whatever the developer's shell says. Both are read from the
    // environment while the context starts; jest gives each test file its own process.env.
    const saved = { OUTBOX_POLL: process.env.OUTBOX_POLL, MEILI_URL: process.env.MEILI_URL };
    process.env.OUTBOX_POLL = 'off';
    delete process.env.MEILI_URL;
    try {
      const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['fatal', 'error'] });
      await app.init();
      return new MediumContext(app, app.get(DbService), dir);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  /** Closing also checks the ledger: whatever a suite did must have left it consistent. */
  async close(): Promise<void> {
    let differences: unknown[];
    try {
      differences = verifyLedger(this.db).differences;
    } finally {
      await this.app.close();
      rmSync(this.dir, { recursive: true, force: true });
    }
    if (differences.length > 0) {
      throw new Error(`ledger:verify found ${differences.length} differences: ${JSON.stringify(differences.slice(0, 5))}`);
    }
  }

  get<T>(type: Type<T>): T {
    return this.app.get(type, { strict: false });
  }

  // ---- services used by most specs ------------------------------------------------------

  get posts() {
    return this.get(PostsService);
  }
  get answers() {
    return this.get(AnswersService);
  }
  get comments() {
    return this.get(CommentsService);
  }
  get reactions() {
    return this.get(ReactionsService);
  }
  get badges() {
    return this.get(BadgesService);
  }
  get skills() {
    return this.get(SkillsService);
  }
  get users() {
    return this.get(UsersService);
  }
  get pointsConfig(): PointsConfig {
    return this.get(PointsConfigService).get();
  }

  /**
   * Lets deferred work finish before a test reads: delivers the outbox's pending rows to their
   * consumers (what the background poller would do) and yields once to the event loop for
   * anything a commit scheduled. Every factory calls it after its action, so a test reads what
   * a person would see once the action is done. Deterministic: no timers, no sleeping.
   */
  async settle(): Promise<void> {
    await this.get(OutboxService).drain();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  // ---- people ---------------------------------------------------------------------------

  newDepartment(name = `課${++seq}`, level: 'BU' | 'KA' | 'KAKARI' = 'KA', parentId: number | null = null): number {
    const id = this.db.insert('INSERT INTO department (code, name, level, parent_id, created_at) VALUES (?, ?, ?, ?, ?)', [
      `medium-dep-${++seq}`,
      name,
      level,
      parentId,
      new Date().toISOString(),
    ]);
    this.users.invalidateDepartments();
    return id;
  }

  /**
   * A person (accounts have no service yet: they are inserted as the admin import would).
   * Nobody signs in in this tier, so the password hash is a placeholder.
   */
  newUser(opts: { role?: Role; departmentId?: number; name?: string; since?: string; manages?: number[]; roleCategory?: string } = {}): MediumUser {
    const n = ++seq;
    const role = opts.role ?? 'STAFF';
    const displayName = opts.name ?? `中間 職員${n}`;
    const now = new Date().toISOString();
    const departmentId = opts.departmentId ?? this.newDepartment();
    const id = this.db.insert(
      `INSERT INTO app_user (email, display_name, password_hash, role, role_category, layer, created_at, updated_at)
       VALUES (?, ?, 'medium-tier-no-login', ?, ?, 'STAFF', ?, ?)`,
      [`medium${n}@test.banso.example`, displayName, role, opts.roleCategory ?? 'DIGITAL_USER', now, now],
    );
    this.db.run('INSERT INTO assignment (user_id, department_id, start_date, created_at) VALUES (?, ?, ?, ?)', [
      id,
      departmentId,
      opts.since ?? '2020-04-01',
      now,
    ]);
    for (const d of opts.manages ?? []) this.db.run('INSERT INTO manager_scope (user_id, department_id) VALUES (?, ?)', [id, d]);
    return { id, role, displayName, sessionId: `medium-${n}`, departmentId };
  }

  // ---- content --------------------------------------------------------------------------

  async newPost(viewer: Viewer, opts: NewPostOptions = {}, at?: Date): Promise<Post> {
    const n = ++seq;
    const kind = (opts.kind ?? PostKind.QUESTION) as PostKind;
    const post = this.posts.create(
      viewer,
      {
        kind,
        title: opts.title ?? `${kind === PostKind.QUESTION ? '質問' : kind === PostKind.CASE ? '事例' : 'アイデア'} その${n}`,
        body: opts.body ?? `本文 ${n}`,
        tags: opts.tags ?? [],
        anonymous: opts.anonymous ?? false,
        caseDetails: kind === PostKind.CASE ? { problem: '紙の申請が多い', solution: 'オンライン化した', effect: '待ち時間が減った' } : null,
        idempotencyKey: opts.idempotencyKey ?? null,
      },
      at,
    );
    await this.settle();
    return post;
  }

  async newAnswer(viewer: Viewer, postId: string | number, opts: { body?: string; acknowledgeWarnings?: boolean } = {}, at?: Date): Promise<Answer> {
    const answer = this.answers.create(
      viewer,
      { postId: String(postId), body: opts.body ?? `回答 ${++seq}`, acknowledgeWarnings: opts.acknowledgeWarnings },
      at,
    );
    await this.settle();
    return answer;
  }

  async accept(viewer: Viewer, answerId: string | number, at?: Date): Promise<Post> {
    const post = this.answers.accept(viewer, String(answerId), at);
    await this.settle();
    return post;
  }

  async unaccept(viewer: Viewer, postId: string | number, at?: Date): Promise<Post> {
    const post = this.answers.unaccept(viewer, String(postId), at);
    await this.settle();
    return post;
  }

  async react(viewer: Viewer, target: Target, stamp: Stamp | 'CHEER' | 'HELPFUL' | 'THANKS', at?: Date) {
    const summary = this.reactions.react(viewer, { ...ref(target), stamp: stamp as Stamp }, at);
    await this.settle();
    return summary;
  }

  async unreact(viewer: Viewer, target: Target, stamp: Stamp | 'CHEER' | 'HELPFUL' | 'THANKS', at?: Date) {
    const summary = this.reactions.unreact(viewer, { ...ref(target), stamp: stamp as Stamp }, at);
    await this.settle();
    return summary;
  }

  async comment(viewer: Viewer, target: Post | Answer | TargetRef, body = `コメント ${++seq}`, at?: Date): Promise<Comment> {
    const c = this.comments.add(viewer, { ...ref(target), body }, at);
    await this.settle();
    return c;
  }

  /** A question by a fresh asker with one answer by `answerer`, accepted by the asker. */
  async acceptedAnswer(answerer: Viewer, opts: NewPostOptions = {}, at?: Date): Promise<{ asker: MediumUser; post: Post; answer: Answer }> {
    const asker = this.newUser();
    const post = await this.newPost(asker, opts, at);
    const answer = await this.newAnswer(answerer, post.id, {}, at);
    return { asker, post: await this.accept(asker, answer.id, at), answer };
  }

  // ---- reading what people notice -------------------------------------------------------

  /** Active awards of a person, as their profile lists them (code, key, when, why). */
  awards(userId: number): (Pick<BadgeAward, 'awardedAt' | 'reason' | 'postId'> & { code: string })[] {
    return this.badges.forUser(userId).map((a) => ({ code: a.badge.code, awardedAt: a.awardedAt, reason: a.reason, postId: a.postId }));
  }

  badgeCodes(userId: number): string[] {
    return this.awards(userId)
      .map((a) => a.code)
      .sort();
  }

  /** A person's skill record entries (points, level, evidence, trend), as their profile shows them. */
  skillRecord(userId: number): SkillEntry[] {
    const roleCategory = this.db.get<{ role_category: string | null }>('SELECT role_category FROM app_user WHERE id = ?', [userId])?.role_category ?? null;
    return this.skills.entriesFor(userId, roleCategory);
  }

  skill(userId: number, code: string): SkillEntry {
    const e = this.skillRecord(userId).find((x) => x.skill.code === code);
    if (!e) throw new Error(`no skill ${code} in the record`);
    return e;
  }

  /** The ledger entries of a person (append-only: withdrawals are extra rows with delta -1). */
  ledger(userId: number, kind?: ContributionKind | string): LedgerRow[] {
    return this.db.all<LedgerRow>(
      `SELECT id, occurred_at, user_id, kind, delta, points, post_id, answer_id, actor_id, anonymous, reverses_id
         FROM contribution WHERE user_id = ? AND (? IS NULL OR kind = ?) ORDER BY id`,
      [userId, kind ?? null, kind ?? null],
    );
  }

  /** Net count of a kind of fact for a person (entries minus withdrawals). */
  net(userId: number, kind: ContributionKind | string): number {
    return this.ledger(userId, kind).reduce((s, r) => s + r.delta, 0);
  }
}

/** A stamp/comment target from a factory result or an explicit reference. */
export function ref(t: Target): TargetRef {
  if ('targetType' in t && 'targetId' in t && !('byAnonymousAsker' in t)) return { targetType: t.targetType, targetId: t.targetId };
  if ('kind' in t) return { targetType: ReactionTargetType.POST, targetId: t.id };
  if ('accepted' in t) return { targetType: ReactionTargetType.ANSWER, targetId: t.id };
  return { targetType: ReactionTargetType.COMMENT, targetId: t.id };
}

/** A controllable clock: each call to next() is one minute after the previous instant. */
export function clock(startIso = '2025-06-02T01:00:00.000Z') {
  let t = new Date(startIso).getTime();
  return {
    next(minutes = 1): Date {
      t += minutes * 60_000;
      return new Date(t);
    },
    now(): Date {
      return new Date(t);
    },
  };
}

/** The UTC instant a JST calendar day starts, plus `ms` (negative: the end of the previous day). */
export function jstMidnight(date: string, ms = 0): Date {
  return new Date(new Date(jstDayStartIso(date)!).getTime() + ms);
}
