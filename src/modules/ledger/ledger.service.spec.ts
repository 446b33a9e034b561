import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../core/database/data-source';
import { DbService } from '../../core/database/db.service';
import { DomainEvents } from '../../core/events/domain-events.service';
import { OutboxService } from '../outbox/outbox.service';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { ContributionKind } from './contribution-kinds';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { PointsConfigService } from './points-config.service';

interface Row {
  id: number;
  occurred_at: string;
  fiscal_year: number;
  user_id: number;
  department_id: number | null;
  kind: string;
  delta: number;
  points: number;
  post_id: number | null;
  actor_id: number | null;
  reverses_id: number | null;
}

/** A "medium" test: the real migrations on a real SQLite file, no Nest container. */
describe('LedgerService on a migrated SQLite file', () => {
  let dir: string;
  let ds: DataSource;
  let db: DbService;
  let users: UsersService;
  let ledger: LedgerService;
  let events: DomainEvents;
  let seq = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banso-ledger-'));
    ds = await openDatabase(join(dir, 'ledger.sqlite'));
    db = new DbService(ds);
    users = new UsersService(new UsersRepository(db));
    events = new DomainEvents(db, new OutboxService(db));
    const repo = new LedgerRepository(db);
    ledger = new LedgerService(db, repo, users, new PointsConfigService(repo), events);
  });
  afterAll(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const now = '2025-01-01T00:00:00.000Z';
  function department(name: string): number {
    return db.insert("INSERT INTO department (code, name, level, created_at) VALUES (?, ?, 'KA', ?)", [`d${++seq}`, name, now]);
  }
  function user(assignments: { dept: number; start: string; end?: string }[]): number {
    const id = db.insert("INSERT INTO app_user (email, display_name, password_hash, role, created_at, updated_at) VALUES (?, ?, 'x', 'STAFF', ?, ?)", [
      `u${++seq}@example.jp`,
      `職員${seq}`,
      now,
      now,
    ]);
    for (const a of assignments) {
      db.run('INSERT INTO assignment (user_id, department_id, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?)', [
        id,
        a.dept,
        a.start,
        a.end ?? null,
        now,
      ]);
    }
    return id;
  }
  function post(authorId: number, departmentId: number): number {
    return db.insert(
      "INSERT INTO post (kind, title, body, author_id, department_id, created_at, updated_at, last_activity_at) VALUES ('QUESTION', 't', 'b', ?, ?, ?, ?, ?)",
      [authorId, departmentId, now, now, now],
    );
  }
  const rows = (userId: number) => db.all<Row>('SELECT * FROM contribution WHERE user_id = ? ORDER BY id', [userId]);
  const count = () => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contribution')!.n;

  describe('append-only', () => {
    it('refuses to UPDATE or DELETE a ledger entry, even with raw SQL', () => {
      const dept = department('総務課');
      const u = user([{ dept, start: '2020-04-01' }]);
      const id = ledger.record({ kind: ContributionKind.ANSWER_POSTED, userId: u });
      expect(() => db.run('UPDATE contribution SET points = 1000 WHERE id = ?', [id])).toThrow(/append-only/);
      expect(() => db.run('DELETE FROM contribution WHERE id = ?', [id])).toThrow(/append-only/);
      expect(() => db.run('DELETE FROM contribution')).toThrow(/append-only/);
      expect(rows(u)).toEqual([expect.objectContaining({ id, points: 3, delta: 1 })]);
    });

    it('rolls a recorded entry back with the transaction it was written in', () => {
      const dept = department('企画課');
      const u = user([{ dept, start: '2020-04-01' }]);
      expect(() =>
        db.tx(() => {
          ledger.record({ kind: ContributionKind.QUESTION_POSTED, userId: u });
          throw new Error('the action failed');
        }),
      ).toThrow('the action failed');
      expect(rows(u)).toEqual([]);
    });

    it('tells listeners once per person after commit, never after a rollback, and keeps doing so after one', () => {
      const dept = department('市民課');
      const u = user([{ dept, start: '2020-04-01' }]);
      const told: number[] = [];
      // what BadgeEvents declares: after commit, once per person whose ledger changed
      events.on(
        { event: ['contribution.recorded', 'contribution.reversed'], phase: 'after-commit', once: (e) => `told:${e.userId}` },
        (e) => void told.push(e.userId),
      );
      expect(() =>
        db.tx(() => {
          ledger.record({ kind: ContributionKind.QUESTION_POSTED, userId: u });
          throw new Error('the action failed');
        }),
      ).toThrow();
      expect(told).toEqual([]);
      db.tx(() => {
        ledger.record({ kind: ContributionKind.QUESTION_POSTED, userId: u });
        ledger.record({ kind: ContributionKind.COMMENT_POSTED, userId: u });
      });
      expect(told).toEqual([u]);
    });
  });

  describe('reverseOpen', () => {
    it('appends exactly one compensating entry per open entry and is idempotent', () => {
      const dept = department('税務課');
      const author = user([{ dept, start: '2020-04-01' }]);
      const other = user([{ dept, start: '2020-04-01' }]);
      const p = post(author, dept);
      const q = post(author, dept);
      const at = new Date('2025-06-01T03:00:00Z');
      const e1 = ledger.record({ kind: ContributionKind.QUESTION_POSTED, userId: author, postId: p }, at);
      const e2 = ledger.record({ kind: ContributionKind.STAMP_RECEIVED, userId: author, postId: p, stamp: 'HELPFUL', actorId: other }, at);
      const untouched = ledger.record({ kind: ContributionKind.QUESTION_POSTED, userId: author, postId: q }, at);

      const withdrawnAt = new Date('2025-07-01T03:00:00Z');
      const before = count();
      expect(ledger.reverseOpen({ postId: p }, withdrawnAt)).toBe(2);
      expect(count()).toBe(before + 2);
      const reversals = rows(author).filter((r) => r.delta === -1);
      expect(reversals).toEqual([
        expect.objectContaining({ reverses_id: e1, kind: 'QUESTION_POSTED', points: -2, post_id: p, occurred_at: withdrawnAt.toISOString() }),
        expect.objectContaining({ reverses_id: e2, kind: 'STAMP_RECEIVED', points: -2, post_id: p, actor_id: other }),
      ]);

      // A second withdrawal (a retried request, a double click) changes nothing.
      expect(ledger.reverseOpen({ postId: p }, withdrawnAt)).toBe(0);
      expect(count()).toBe(before + 2);
      // Net effect per user: the withdrawn post counts zero, the other post still counts.
      const net = db.get<{ points: number; n: number }>('SELECT SUM(points) AS points, SUM(delta) AS n FROM contribution WHERE user_id = ?', [author])!;
      expect(net).toEqual({ points: 2, n: 1 });
      expect(rows(author).find((r) => r.id === untouched)!.delta).toBe(1);
    });

    it('narrows by every given filter field and never reverses a reversal', () => {
      const dept = department('福祉課');
      const giver = user([{ dept, start: '2020-04-01' }]);
      const owner = user([{ dept, start: '2020-04-01' }]);
      const p = post(owner, dept);
      const common = { postId: p, targetType: 'POST' as const, targetId: p, actorId: giver };
      ledger.record({ ...common, kind: ContributionKind.STAMP_GIVEN, userId: giver, stamp: 'CHEER' });
      ledger.record({ ...common, kind: ContributionKind.STAMP_RECEIVED, userId: owner, stamp: 'CHEER' });
      ledger.record({ ...common, kind: ContributionKind.STAMP_RECEIVED, userId: owner, stamp: 'THANKS' });

      expect(ledger.reverseOpen({ kind: ContributionKind.STAMP_RECEIVED, targetType: 'POST', targetId: p, stamp: 'CHEER', actorId: giver })).toBe(1);
      expect(rows(owner).map((r) => [r.delta, r.points])).toEqual([
        [1, 1],
        [1, 1],
        [-1, -1],
      ]);
      expect(rows(giver).map((r) => r.delta)).toEqual([1]);
      // delta = -1 rows are not "open": reversing by post now only catches what is left.
      expect(ledger.reverseOpen({ postId: p })).toBe(2);
      expect(ledger.reverseOpen({ postId: p })).toBe(0);
    });

    it('refuses an empty filter instead of reversing the whole ledger', () => {
      const before = count();
      expect(() => ledger.reverseOpen({})).toThrow(/filter/);
      expect(() => ledger.reverseOpen({ postId: undefined })).toThrow(/filter/);
      expect(count()).toBe(before);
    });
  });

  describe('attribution across the April personnel transfer (人事異動)', () => {
    let a: number;
    let b: number;
    let u: number;
    beforeAll(() => {
      a = department('旧所属課');
      b = department('新所属課');
      u = user([
        { dept: a, start: '2020-04-01', end: '2026-04-01' },
        { dept: b, start: '2026-04-01' },
      ]);
    });

    it.each([
      ['2026-03-31T14:00:00.000Z', 'JST 3月31日 23:00', 'A', 2025],
      ['2026-03-31T14:59:59.999Z', 'JST 3月31日 23:59:59', 'A', 2025],
      ['2026-03-31T15:00:00.000Z', 'JST 4月1日 0:00', 'B', 2026],
      ['2026-03-31T15:30:00.000Z', 'JST 4月1日 0:30', 'B', 2026],
    ])('an entry at %s (%s) goes to department %s in 年度 %d', (iso, _jst, dept, fy) => {
      const id = ledger.record({ kind: ContributionKind.ANSWER_POSTED, userId: u }, new Date(iso));
      const r = db.get<Row>('SELECT * FROM contribution WHERE id = ?', [id])!;
      expect(r).toMatchObject({ occurred_at: iso, department_id: dept === 'A' ? a : b, fiscal_year: fy });
    });

    it('keeps the original department when an entry from March is withdrawn in April', () => {
      const p = post(u, a);
      const id = ledger.record({ kind: ContributionKind.QUESTION_POSTED, userId: u, postId: p }, new Date('2026-03-31T14:00:00Z'));
      ledger.reverseOpen({ postId: p }, new Date('2026-04-02T01:00:00Z'));
      const rev = db.get<Row>('SELECT * FROM contribution WHERE reverses_id = ?', [id])!;
      // Same department as the fact it withdraws, dated (and counted in the 年度 of) the withdrawal.
      expect(rev).toMatchObject({ department_id: a, fiscal_year: 2026, delta: -1, points: -2 });
    });

    it('records no department for a date before the person joined', () => {
      const id = ledger.record({ kind: ContributionKind.ANSWER_POSTED, userId: u }, new Date('2019-06-01T00:00:00Z'));
      expect(db.get<Row>('SELECT * FROM contribution WHERE id = ?', [id])).toMatchObject({ department_id: null, fiscal_year: 2019 });
    });
  });
});
