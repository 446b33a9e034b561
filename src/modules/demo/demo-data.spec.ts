import { buildDemoCity } from './demo-city';
import {
  DEMO_CITY,
  DEMO_CURATOR,
  DEMO_PASSWORD,
  DEMO_REFERENCE_DATE,
  DEMO_TRANSFER_DATE,
  DemoAnswer,
  DemoCollection,
  DemoComment,
  DemoPost,
  DemoStamp,
  demoAdoptions,
  demoAdoptionStepTime,
  demoAwards,
  demoCollectionPostTime,
  demoCollections,
  demoCollectionTime,
  demoDepartments,
  demoFeatured,
  demoPosts,
  demoPostTime,
  demoStampTime,
  demoTransferred,
  demoUsers,
  namedPosts,
  namedUsers,
} from './demo-data';

const HACHIOJI_ROLES = ['DIGITAL_PRODUCER', 'DIGITAL_MANAGER', 'DIGITAL_LEADER', 'DIGITAL_USER', 'DIGITAL_EXPERT'];
const FUJISAWA_LAYERS = ['EXECUTIVE', 'SECTION_CHIEF', 'DEPUTY_CHIEF', 'SENIOR_STAFF', 'STAFF'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const userKeys = new Set(demoUsers.map((u) => u.key));
const deptByCode = new Map(demoDepartments.map((d) => [d.code, d]));

function allComments(post: DemoPost): DemoComment[] {
  return [...(post.comments ?? []), ...post.answers.flatMap((a) => a.comments ?? [])];
}

function allStamps(post: DemoPost): DemoStamp[] {
  return [...(post.stamps ?? []), ...post.answers.flatMap((a) => a.stamps ?? [])];
}

const HOUR = 3_600_000;
/** The seed run the relative times were laid out against: 00:00 JST on the reference day. */
const REF = new Date(`${DEMO_REFERENCE_DATE}T00:00:00+09:00`);
const jstDay = (t: number) => new Date(t + 9 * HOUR).toISOString().slice(0, 10);
const fiscalYearOf = (day: string) => (Number(day.slice(5, 7)) >= 4 ? Number(day.slice(0, 4)) : Number(day.slice(0, 4)) - 1);
const userByKey = new Map(demoUsers.map((u) => [u.key, u]));
const unitOn = (key: string, day: string) => userByKey.get(key)!.assignments.find((a) => a.startDate <= day && (!a.endDate || a.endDate > day))?.departmentCode;
const kaOf = (code: string): string => {
  const d = deptByCode.get(code)!;
  return d.level === 'KAKARI' ? d.parentCode! : code;
};

interface Contribution {
  userKey: string;
  at: number;
  kind: 'post' | 'answer' | 'comment' | 'stamp';
  postKey: string;
}

/** Every contribution with its time, as the seeder writes it when run at the reference date. */
function contributions(): Contribution[] {
  const out: Contribution[] = [];
  for (const p of demoPosts) {
    const t0 = demoPostTime(p, REF);
    const add = (userKey: string, at: number, kind: Contribution['kind']) => out.push({ userKey, at, kind, postKey: p.key });
    add(p.authorKey, t0, 'post');
    (p.stamps ?? []).forEach((s, i) => add(s.userKey, demoStampTime(t0, i), 'stamp'));
    for (const c of p.comments ?? []) add(c.authorKey, t0 + c.hoursAfter * HOUR, 'comment');
    for (const a of p.answers) {
      const ta = t0 + a.hoursAfter * HOUR;
      add(a.authorKey, ta, 'answer');
      (a.stamps ?? []).forEach((s, i) => add(s.userKey, demoStampTime(ta, i), 'stamp'));
      for (const c of a.comments ?? []) add(c.authorKey, ta + c.hoursAfter * HOUR, 'comment');
    }
  }
  return out;
}

function duplicates<T>(values: T[]): T[] {
  const seen = new Set<T>();
  const dups: T[] = [];
  for (const v of values) {
    if (seen.has(v)) dups.push(v);
    seen.add(v);
  }
  return dups;
}

describe('demo data', () => {
  describe('constants', () => {
    it('has the fixed password and a fictional city name', () => {
      expect(DEMO_PASSWORD).toBe('banso-demo');
      expect(DEMO_CITY).toMatch(/市$/);
    });
  });

  describe('departments', () => {
    it('has at least 8 departments with unique kebab-case codes', () => {
      expect(demoDepartments.length).toBeGreaterThanOrEqual(8);
      expect(duplicates(demoDepartments.map((d) => d.code))).toEqual([]);
      for (const d of demoDepartments) {
        expect(d.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(d.name.length).toBeGreaterThan(0);
      }
    });

    it('forms a valid 部 → 課 → 係 hierarchy whose parents come first', () => {
      const seen = new Set<string>();
      for (const d of demoDepartments) {
        if (d.level === 'BU') {
          expect(d.parentCode).toBeUndefined();
        } else {
          expect(d.parentCode).toBeDefined();
          expect(seen.has(d.parentCode as string)).toBe(true);
          const parent = deptByCode.get(d.parentCode as string);
          expect(parent?.level).toBe(d.level === 'KA' ? 'BU' : 'KA');
        }
        seen.add(d.code);
      }
      for (const level of ['BU', 'KA', 'KAKARI'] as const) {
        expect(demoDepartments.some((d) => d.level === level)).toBe(true);
      }
    });

    it('has a DX office named DX推進課', () => {
      expect(demoDepartments.some((d) => d.level === 'KA' && d.name === 'DX推進課')).toBe(true);
    });
  });

  describe('users', () => {
    it('has unique keys and unique emails', () => {
      expect(duplicates(demoUsers.map((u) => u.key))).toEqual([]);
      expect(duplicates(demoUsers.map((u) => u.email.toLowerCase()))).toEqual([]);
      for (const u of demoUsers) {
        expect(u.email).toMatch(/^[a-z0-9.-]+@demo\.banso\.example$/);
        expect(u.displayName).toMatch(/^\S+ \S+$/);
      }
    });

    it('has the fixed accounts', () => {
      const byEmail = new Map(demoUsers.map((u) => [u.email, u]));
      expect(byEmail.get('admin@demo.banso.example')?.role).toBe('ADMIN');
      expect(byEmail.get('admin@demo.banso.example')?.key).toBe('admin');

      const dx = byEmail.get('dx-office@demo.banso.example');
      expect(dx?.role).toBe('DX_OFFICE');
      expect(dx?.key).toBe('dx-office');
      const dxDept = deptByCode.get(dx!.assignments[dx!.assignments.length - 1].departmentCode)!;
      const dxKa = dxDept.level === 'KAKARI' ? deptByCode.get(dxDept.parentCode!)! : dxDept;
      expect(dxKa.name).toBe('DX推進課');

      const manager = byEmail.get('manager@demo.banso.example');
      expect(manager?.role).toBe('MANAGER');
      expect(manager?.key).toBe('manager');
      expect(manager?.managedDepartmentCodes).toHaveLength(2);

      for (let i = 1; i <= 30; i++) {
        const key = `staff${String(i).padStart(2, '0')}`;
        expect(byEmail.get(`${key}@demo.banso.example`)?.key).toBe(key);
      }
    });

    it('keeps the named characters first and in order (their employee numbers K00001… never change)', () => {
      expect(demoUsers.slice(0, namedUsers.length)).toEqual(namedUsers);
      expect(namedUsers.map((u) => u.key)).toEqual([
        'admin',
        'dx-office',
        'dx-chief',
        'manager',
        'manager-fukushi',
        ...Array.from({ length: 30 }, (_, i) => `staff${String(i + 1).padStart(2, '0')}`),
      ]);
      expect(demoPosts.slice(0, namedPosts.length)).toEqual(namedPosts);
      const staff05 = userByKey.get('staff05')!;
      expect(staff05.assignments.map((a) => [a.departmentCode, a.endDate])).toEqual([
        ['shiminzei-kakari', DEMO_TRANSFER_DATE],
        ['madoguchi-kakari', undefined],
      ]);
    });

    it('adds the colleagues as staff031… after the named characters', () => {
      const colleagues = demoUsers.slice(namedUsers.length);
      expect(colleagues.length).toBeGreaterThanOrEqual(130);
      colleagues.forEach((u, i) => expect(u.key).toBe(`staff${String(31 + i).padStart(3, '0')}`));
      expect(duplicates(demoUsers.map((u) => u.displayName))).toEqual([]);
      // 佐藤 健太 (staff02) stays the only 佐藤 in the people pickers
      expect(demoUsers.filter((u) => u.displayName.startsWith('佐藤 ')).map((u) => u.key)).toEqual(['staff02']);
    });

    it('is generated deterministically', () => {
      const again = buildDemoCity(demoDepartments, namedUsers);
      expect(again.users).toEqual(demoUsers.slice(namedUsers.length));
      expect(again.posts).toEqual(demoPosts.slice(namedPosts.length));
    });

    it('has at least 150 people, all roles present, mostly STAFF among staffNN', () => {
      expect(demoUsers.length).toBeGreaterThanOrEqual(150);
      for (const role of ['STAFF', 'DX_OFFICE', 'MANAGER', 'ADMIN']) {
        expect(demoUsers.some((u) => u.role === role)).toBe(true);
      }
      const staffNN = demoUsers.filter((u) => /^staff\d{2}$/.test(u.key));
      expect(staffNN).toHaveLength(30);
      expect(staffNN.filter((u) => u.role === 'STAFF').length).toBeGreaterThanOrEqual(25);
    });

    it('uses known role categories and layers', () => {
      for (const u of demoUsers) {
        expect(HACHIOJI_ROLES).toContain(u.roleCategory);
        expect(FUJISAWA_LAYERS).toContain(u.layer);
      }
    });

    it('only managers manage departments, and those departments exist', () => {
      for (const u of demoUsers) {
        if (u.role === 'MANAGER') {
          expect(u.managedDepartmentCodes?.length ?? 0).toBeGreaterThan(0);
          for (const code of u.managedDepartmentCodes ?? []) expect(deptByCode.has(code)).toBe(true);
        } else {
          expect(u.managedDepartmentCodes).toBeUndefined();
        }
      }
    });

    it('has valid assignment histories (oldest first, last one current)', () => {
      for (const u of demoUsers) {
        expect(u.assignments.length).toBeGreaterThan(0);
        u.assignments.forEach((a, i) => {
          expect(deptByCode.has(a.departmentCode)).toBe(true);
          expect(a.startDate).toMatch(DATE_RE);
          expect(Number.isNaN(Date.parse(a.startDate))).toBe(false);
          if (i === u.assignments.length - 1) {
            expect(a.endDate).toBeUndefined();
          } else {
            expect(a.endDate).toMatch(DATE_RE);
            expect(a.endDate! > a.startDate).toBe(true);
            expect(u.assignments[i + 1].startDate >= a.endDate!).toBe(true);
          }
        });
      }
    });

    it('has at least one April transfer and everyone else starts on an April 1st', () => {
      const transferred = demoUsers.filter((u) => u.assignments.length > 1);
      expect(transferred.length).toBeGreaterThanOrEqual(1);
      for (const u of transferred) {
        for (const a of u.assignments.slice(0, -1)) expect(a.endDate!.slice(5)).toBe('04-01');
      }
      for (const u of demoUsers) {
        for (const a of u.assignments) expect(a.startDate.slice(5)).toBe('04-01');
      }
    });

    it('moves 15–25 people in the April 2026 transfer wave, each to another unit', () => {
      const moved = demoUsers.filter((u) => u.assignments.some((a) => a.endDate === DEMO_TRANSFER_DATE));
      expect(moved.length).toBeGreaterThanOrEqual(15);
      expect(moved.length).toBeLessThanOrEqual(25);
      expect([...demoTransferred].sort()).toEqual(moved.map((u) => u.key).sort());
      for (const u of moved) {
        const i = u.assignments.findIndex((a) => a.endDate === DEMO_TRANSFER_DATE);
        const next = u.assignments[i + 1];
        expect(next.startDate).toBe(DEMO_TRANSFER_DATE);
        expect(next.departmentCode).not.toBe(u.assignments[i].departmentCode);
      }
      // and some new hires start that day
      expect(demoUsers.filter((u) => u.assignments.length === 1 && u.assignments[0].startDate === DEMO_TRANSFER_DATE).length).toBeGreaterThanOrEqual(5);
    });

    it('has 課 of 5–15 people in both 年度, and a few small 係 (statistics hide them)', () => {
      for (const day of ['2025-10-01', '2026-10-01']) {
        const perKa = new Map<string, number>();
        const perUnit = new Map<string, number>();
        for (const u of demoUsers) {
          const unit = unitOn(u.key, day);
          if (!unit) continue;
          perKa.set(kaOf(unit), (perKa.get(kaOf(unit)) ?? 0) + 1);
          perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
        }
        const outOfRange = demoDepartments
          .filter((x) => x.level === 'KA')
          .map((x) => ({ ka: x.name, n: perKa.get(x.code) ?? 0 }))
          .filter((x) => x.n < 5 || x.n > 15);
        expect({ day, outOfRange }).toEqual({ day, outOfRange: [] });
        const smallKakari = demoDepartments.filter((x) => x.level === 'KAKARI' && (perUnit.get(x.code) ?? 0) >= 1 && perUnit.get(x.code)! <= 4);
        expect(smallKakari.length).toBeGreaterThanOrEqual(3);
        const bigKakari = demoDepartments.filter((x) => x.level === 'KAKARI' && (perUnit.get(x.code) ?? 0) >= 5);
        expect(bigKakari.length).toBeGreaterThanOrEqual(3);
      }
    });

    it('spreads staff over every 課 (directly or via a 係)', () => {
      const staffed = new Set(demoUsers.map((u) => kaOf(u.assignments[u.assignments.length - 1].departmentCode)));
      for (const d of demoDepartments.filter((x) => x.level === 'KA')) {
        expect(staffed.has(d.code)).toBe(true);
      }
    });
  });

  describe('posts', () => {
    it('has unique keys and valid authors', () => {
      expect(duplicates(demoPosts.map((p) => p.key))).toEqual([]);
      for (const p of demoPosts) {
        expect(userKeys.has(p.authorKey)).toBe(true);
        for (const a of p.answers) expect(userKeys.has(a.authorKey)).toBe(true);
        for (const c of allComments(p)) expect(userKeys.has(c.authorKey)).toBe(true);
        for (const s of allStamps(p)) expect(userKeys.has(s.userKey)).toBe(true);
      }
    });

    it('meets the volume targets', () => {
      const byKind = (k: DemoPost['kind']) => demoPosts.filter((p) => p.kind === k);
      const questions = byKind('QUESTION');
      expect(demoPosts.length).toBeGreaterThanOrEqual(150);
      expect(questions.length).toBeGreaterThanOrEqual(90);
      expect(byKind('CASE').length).toBeGreaterThanOrEqual(30);
      expect(byKind('IDEA').length).toBeGreaterThanOrEqual(25);

      expect(questions.filter((p) => p.anonymous).length).toBeGreaterThanOrEqual(10);
      expect(questions.filter((p) => p.acceptedAnswerIndex !== undefined).length).toBeGreaterThanOrEqual(60);
      expect(questions.filter((p) => p.answers.length === 0).length).toBeGreaterThanOrEqual(5);

      const answers = demoPosts.reduce((n, p) => n + p.answers.length, 0);
      const comments = demoPosts.reduce((n, p) => n + allComments(p).length, 0);
      expect(answers + comments).toBeGreaterThanOrEqual(300);

      const stamps = demoPosts.reduce((n, p) => n + allStamps(p).length, 0);
      expect(stamps).toBeGreaterThanOrEqual(1000);
    });

    it('respects text limits and the tag rules', () => {
      for (const p of demoPosts) {
        expect(p.title.length).toBeGreaterThan(0);
        expect(p.title.length).toBeLessThanOrEqual(150);
        expect(p.body.length).toBeGreaterThan(0);
        expect(p.body.length).toBeLessThanOrEqual(5000);
        expect(p.body).not.toMatch(/<\/?[a-zA-Z][^>]*>/); // no raw HTML
        expect(p.tags.length).toBeGreaterThanOrEqual(1);
        expect(p.tags.length).toBeLessThanOrEqual(5);
        expect(duplicates(p.tags)).toEqual([]);
        for (const t of p.tags) {
          expect(t.length).toBeGreaterThan(0);
          expect(t.length).toBeLessThanOrEqual(30);
        }
        for (const a of p.answers) {
          expect(a.body.length).toBeGreaterThan(0);
          expect(a.body.length).toBeLessThanOrEqual(5000);
        }
        for (const c of allComments(p)) {
          expect(c.body.length).toBeGreaterThan(0);
          expect(c.body.length).toBeLessThanOrEqual(5000);
        }
      }
    });

    it('only puts links to example domains in bodies', () => {
      const texts = demoPosts.flatMap((p) => [p.body, ...p.answers.map((a) => a.body), ...allComments(p).map((c) => c.body)]);
      for (const t of texts) {
        for (const url of t.match(/https?:\/\/[^\s)]+/g) ?? []) {
          expect(url).toMatch(/^https:\/\/example\.jp(\/|$)/);
        }
      }
    });

    it('keeps daysAgo within the two 年度 and hoursAfter positive', () => {
      const fy2025 = Math.round((REF.getTime() - Date.parse('2025-04-01T00:00:00+09:00')) / (24 * HOUR));
      for (const p of demoPosts) {
        expect(p.daysAgo).toBeGreaterThanOrEqual(0);
        expect(p.daysAgo).toBeLessThanOrEqual(fy2025);
        for (const a of p.answers) expect(a.hoursAfter).toBeGreaterThan(0);
        for (const c of allComments(p)) expect(c.hoursAfter).toBeGreaterThan(0);
      }
    });

    it('uses caseDetails exactly on CASE posts', () => {
      for (const p of demoPosts) {
        if (p.kind === 'CASE') {
          expect(p.caseDetails).toBeDefined();
          const d = p.caseDetails!;
          expect(d.problem.length).toBeGreaterThan(0);
          expect(d.solution.length).toBeGreaterThan(0);
          expect(d.effect.length).toBeGreaterThan(0);
          expect(d.tools.length).toBeGreaterThan(0);
          if (d.hoursSavedPerYear !== undefined) expect(d.hoursSavedPerYear).toBeGreaterThan(0);
        } else {
          expect(p.caseDetails).toBeUndefined();
        }
      }
    });

    it('allows anonymous and accepted answers only on questions', () => {
      for (const p of demoPosts) {
        if (p.kind !== 'QUESTION') {
          expect(p.anonymous).toBeUndefined();
          expect(p.acceptedAnswerIndex).toBeUndefined();
        }
      }
    });

    it('accepts only an existing answer that is not by the asker', () => {
      for (const p of demoPosts.filter((x) => x.acceptedAnswerIndex !== undefined)) {
        const i = p.acceptedAnswerIndex!;
        expect(Number.isInteger(i)).toBe(true);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(p.answers.length);
        expect(p.answers[i].authorKey).not.toBe(p.authorKey);
      }
    });

    it('shows an anonymous asker taking part in their own thread (displayed as 質問者（匿名）)', () => {
      // The product hides the asker on their own answers and comments too, so the demo can show it.
      const askerJoins = demoPosts.filter((p) => p.anonymous && allComments(p).some((c) => c.authorKey === p.authorKey));
      expect(askerJoins.length).toBeGreaterThan(0);
    });

    it('has no self-stamps and no duplicate stamp kinds per user and target', () => {
      const checkTarget = (ownerKey: string, stamps: DemoStamp[] | undefined, where: string) => {
        const list = stamps ?? [];
        for (const s of list) {
          if (s.userKey === ownerKey) throw new Error(`self-stamp by ${s.userKey} on ${where}`);
        }
        expect(duplicates(list.map((s) => `${s.userKey}/${s.stamp}`))).toEqual([]);
      };
      for (const p of demoPosts) {
        checkTarget(p.authorKey, p.stamps, p.key);
        p.answers.forEach((a: DemoAnswer, i) => checkTarget(a.authorKey, a.stamps, `${p.key}#answer${i}`));
      }
    });

    it('does not let authors answer their own question', () => {
      for (const p of demoPosts.filter((x) => x.kind === 'QUESTION')) {
        for (const a of p.answers) expect(a.authorKey).not.toBe(p.authorKey);
      }
    });

    it('has two 年度 of history: posts in every month from April 2025, more in 令和8年度', () => {
      const perMonth = new Map<string, number>();
      const perYear = new Map<number, number>();
      for (const p of demoPosts) {
        const day = jstDay(demoPostTime(p, REF));
        perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + 1);
        perYear.set(fiscalYearOf(day), (perYear.get(fiscalYearOf(day)) ?? 0) + 1);
      }
      const months = Array.from({ length: 20 }, (_, m) => `${2025 + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, '0')}`);
      expect(months.filter((month) => (perMonth.get(month) ?? 0) < 4)).toEqual([]);
      expect([...perYear.keys()].sort()).toEqual([2025, 2026]);
      expect(perYear.get(2025)).toBeGreaterThanOrEqual(60);
      expect(perYear.get(2026)!).toBeGreaterThan(perYear.get(2025)!);
    });

    it('has every contribution made while its person was on the staff, and before the reference day', () => {
      const outside = contributions().filter((c) => !unitOn(c.userKey, jstDay(c.at)) || c.at >= REF.getTime());
      expect(outside.map((c) => `${c.postKey} ${c.kind} ${c.userKey} ${jstDay(c.at)}`)).toEqual([]);
    });

    it('keeps the days around the April move quiet, so every contribution falls clearly before or after it', () => {
      const near = contributions().filter((c) => jstDay(c.at) >= '2026-03-29' && jstDay(c.at) <= '2026-04-03');
      expect(near.map((c) => `${c.postKey} ${c.kind} ${c.userKey} ${jstDay(c.at)}`)).toEqual([]);
    });

    it('lets most people who moved in April contribute both in the old department and in the new one', () => {
      const all = contributions();
      const both = demoTransferred.filter(
        (k) => all.some((c) => c.userKey === k && jstDay(c.at) < DEMO_TRANSFER_DATE) && all.some((c) => c.userKey === k && jstDay(c.at) >= DEMO_TRANSFER_DATE),
      );
      expect(both.length).toBeGreaterThanOrEqual(Math.ceil((demoTransferred.length * 2) / 3));
      expect(both).toContain('staff05');
    });

    it('lets most people contribute, and every 課 in each 年度', () => {
      const all = contributions();
      expect(new Set(all.map((c) => c.userKey)).size).toBeGreaterThanOrEqual(Math.floor(demoUsers.length * 0.75));
      for (const fy of [2025, 2026]) {
        const kas = new Set(all.filter((c) => fiscalYearOf(jstDay(c.at)) === fy).map((c) => kaOf(unitOn(c.userKey, jstDay(c.at))!)));
        const silent = demoDepartments.filter((x) => x.level === 'KA' && !kas.has(x.code)).map((x) => x.name);
        expect({ fy, silent }).toEqual({ fy, silent: [] });
      }
    });

    it('never lets an anonymous asker stamp in their own thread, and fills every placeholder', () => {
      for (const p of demoPosts.filter((x) => x.anonymous)) {
        expect(allStamps(p).filter((s) => s.userKey === p.authorKey)).toEqual([]);
      }
      for (const p of demoPosts) expect(p.body).not.toContain('{prev}');
    });

    it('gives the named characters only their hand-written posts (a first question is still theirs to ask)', () => {
      const named = new Set(namedUsers.map((u) => u.key));
      expect(demoPosts.slice(namedPosts.length).filter((p) => named.has(p.authorKey))).toEqual([]);
      expect(demoPosts.some((p) => p.authorKey === 'staff02' && p.kind === 'QUESTION')).toBe(false);
    });

    it('has an answer that speaks for a department (「○○課です」) come from someone in it at the time', () => {
      const wrong: string[] = [];
      for (const p of demoPosts) {
        for (const a of p.answers) {
          const named = a.body.match(/^(\S{2,10}?[課係])(です|では)/)?.[1];
          if (!named) continue;
          const unit = unitOn(a.authorKey, jstDay(demoPostTime(p, REF) + a.hoursAfter * HOUR))!;
          const names = [deptByCode.get(unit)!.name, deptByCode.get(kaOf(unit))!.name];
          if (!names.includes(named)) wrong.push(`${p.key}: ${named} by ${a.authorKey} (${names.join(' / ')})`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('names the award-winning cases of last 年度', () => {
      for (const key of Object.values(demoAwards)) expect(demoPosts.find((p) => p.key === key)?.kind).toBe('CASE');
    });

    it('covers all three post kinds with several authors and the core tag vocabulary', () => {
      const authors = new Set(demoPosts.map((p) => p.authorKey));
      expect(authors.size).toBeGreaterThanOrEqual(80);
      const tags = new Set(demoPosts.flatMap((p) => p.tags));
      for (const t of [
        'RPA',
        'AI-OCR',
        'セキュリティ',
        'マイナンバー',
        'kintone',
        'ローコード',
        'BPR',
        '業務改革',
        'オンライン申請',
        'データ活用',
        'EBPM',
        'サービスデザイン',
        'Microsoft365',
        'Teams',
        'Excel',
      ]) {
        expect(tags.has(t)).toBe(true);
      }
    });
  });

  describe("the DX office's work (優良事例・まとめ・横展開)", () => {
    const postByKey = new Map(demoPosts.map((p) => [p.key, p]));
    const postAt = (key: string) => demoPostTime(postByKey.get(key)!, REF);
    /** When a thread's last answer or comment was written. */
    const threadEnd = (p: DemoPost) =>
      Math.max(
        demoPostTime(p, REF),
        ...contributions()
          .filter((c) => c.postKey === p.key && c.kind !== 'stamp')
          .map((c) => c.at),
      );
    /** The department (unit or 課 / 部 above it) of a unit, itself first. */
    const upFrom = (code: string): string[] => {
      const out: string[] = [];
      for (let d = deptByCode.get(code); d; d = d.parentCode ? deptByCode.get(d.parentCode) : undefined) out.push(d.code);
      return out;
    };
    const currentUnit = (key: string) => {
      const a = userByKey.get(key)!.assignments;
      return a[a.length - 1].departmentCode;
    };
    const finalOrder = (c: DemoCollection) =>
      c.posts.reduce<string[]>((ids, p) => {
        const rest = ids.filter((k) => k !== p.postKey);
        rest.splice(Math.min(p.position ? p.position - 1 : rest.length, rest.length), 0, p.postKey);
        return rest;
      }, []);
    const last = <T>(xs: T[]) => xs[xs.length - 1];
    const quiet = (day: string) => day >= '2026-03-29' && day <= '2026-04-03';

    it('features 4–6 cases and answer-rich questions, by the DX office, with a short note', () => {
      expect(userByKey.get(DEMO_CURATOR)?.role).toBe('DX_OFFICE');
      expect(demoFeatured.length).toBeGreaterThanOrEqual(4);
      expect(demoFeatured.length).toBeLessThanOrEqual(6);
      expect(duplicates(demoFeatured.map((f) => f.postKey))).toEqual([]);
      for (const f of demoFeatured) {
        const p = postByKey.get(f.postKey)!;
        expect(p).toBeDefined();
        expect(p.anonymous).toBeUndefined();
        if (p.kind !== 'CASE') expect({ key: p.key, kind: p.kind, answers: p.answers.length >= 2 }).toEqual({ key: p.key, kind: 'QUESTION', answers: true });
        expect(f.note.length).toBeGreaterThan(0);
        expect(f.note.length).toBeLessThanOrEqual(200);
        const at = postAt(f.postKey) + f.hoursAfter * HOUR;
        expect(at).toBeGreaterThan(threadEnd(p));
        expect(at).toBeLessThan(REF.getTime());
      }
      expect(demoFeatured.filter((f) => postByKey.get(f.postKey)!.kind === 'CASE').length).toBeGreaterThanOrEqual(4);
    });

    it('has two collections of 3–5 posts in reading order, each post added after its thread', () => {
      expect(demoCollections.map((c) => c.title)).toEqual(['書かない窓口 導入パック', 'はじめてのRPA・生成AI']);
      expect(duplicates(demoCollections.map((c) => c.key))).toEqual([]);
      for (const c of demoCollections) {
        expect(c.title.length).toBeLessThanOrEqual(80);
        expect(c.description.length).toBeGreaterThan(50);
        expect(c.description.length).toBeLessThanOrEqual(1000);
        expect(c.description).not.toContain('\n'); // one paragraph
        expect(duplicates(c.posts.map((p) => p.postKey))).toEqual([]);
        const order = finalOrder(c);
        expect(order.length).toBeGreaterThanOrEqual(3);
        expect(order.length).toBeLessThanOrEqual(5);
        const created = demoCollectionTime(c, REF);
        c.posts.forEach((p, i) => {
          expect(postByKey.has(p.postKey)).toBe(true);
          const at = demoCollectionPostTime(c, i, REF);
          expect(at).toBeGreaterThan(created);
          expect(at).toBeGreaterThan(threadEnd(postByKey.get(p.postKey)!));
          expect(at).toBeLessThan(REF.getTime());
          if (i > 0) expect(at).toBeGreaterThan(demoCollectionPostTime(c, i - 1, REF));
        });
      }
      // the order the descriptions promise
      expect(finalOrder(demoCollections[0])).toEqual([
        'c-kakanai-madoguchi',
        'q-kakanai-signature',
        'c-okuyami',
        'i-youshiki-tanaoroshi',
        'g-tenshutsu-online',
      ]);
      expect(finalOrder(demoCollections[1])).toEqual(['g-kogaku-kansho-rpa', 'c-kouza-rpa', 'q-robot-maintenance', 'c-genai-minutes', 'q-genai-guideline']);
    });

    it('records adoptions of at least 5 cases in at least 6 departments, in every status, 導入済み in both 年度', () => {
      expect(duplicates(demoAdoptions.map((a) => `${a.postKey}@${a.departmentCode}`))).toEqual([]);
      expect(new Set(demoAdoptions.map((a) => a.postKey)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(demoAdoptions.map((a) => a.departmentCode)).size).toBeGreaterThanOrEqual(6);
      const finals = demoAdoptions.map((a) => last(a.steps).status);
      expect([...new Set(finals)].sort()).toEqual(['ADOPTED', 'CONSIDERING', 'DECLINED', 'IN_PROGRESS']);
      const adoptedIn = (fy: number) =>
        demoAdoptions.filter((a) => last(a.steps).status === 'ADOPTED' && fiscalYearOf(jstDay(demoAdoptionStepTime(a, a.steps.length - 1, REF))) === fy);
      for (const fy of [2025, 2026]) {
        expect({ fy, adopted: adoptedIn(fy).length >= 2, hours: adoptedIn(fy).some((a) => (last(a.steps).hoursSavedPerYear ?? 0) > 0) }).toEqual({
          fy,
          adopted: true,
          hours: true,
        });
      }
    });

    it('dates every step after the case and its previous step, before the reference day and away from the April move', () => {
      for (const a of demoAdoptions) {
        const p = postByKey.get(a.postKey)!;
        expect(p?.kind).toBe('CASE');
        a.steps.forEach((s, i) => {
          expect(s.on).toMatch(DATE_RE);
          const at = demoAdoptionStepTime(a, i, REF);
          expect(jstDay(at)).toBe(s.on);
          expect(at).toBeGreaterThan(threadEnd(p));
          expect(at).toBeLessThan(REF.getTime());
          expect(quiet(s.on)).toBe(false);
          if (i > 0) expect(s.on > a.steps[i - 1].on).toBe(true);
          // 導入済み is final here: a step after it would move the adoption date
          if (s.status === 'ADOPTED') expect(i).toBe(a.steps.length - 1);
        });
      }
    });

    it('has each step recorded by someone in the adopting department then and still today (or by the DX office), never for the case’s own department', () => {
      const wrong: string[] = [];
      for (const a of demoAdoptions) {
        const p = postByKey.get(a.postKey)!;
        const caseUnit = unitOn(p.authorKey, jstDay(postAt(p.key)))!;
        if (a.departmentCode === caseUnit) wrong.push(`${a.postKey}: adopted by its own department ${caseUnit}`);
        if (!deptByCode.has(a.departmentCode)) wrong.push(`${a.postKey}: unknown department ${a.departmentCode}`);
        for (const s of a.steps) {
          const u = userByKey.get(s.byKey);
          if (!u) {
            wrong.push(`${a.postKey}: unknown recorder ${s.byKey}`);
            continue;
          }
          if (u.role === 'DX_OFFICE') continue;
          const then = unitOn(s.byKey, s.on);
          const now = currentUnit(s.byKey);
          if (!then || !upFrom(then).includes(a.departmentCode) || !upFrom(now).includes(a.departmentCode)) {
            wrong.push(`${a.postKey}@${a.departmentCode} ${s.on}: ${s.byKey} was in ${then}, is in ${now}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      // both ways are shown: staff recording their own department's adoption, and the DX office recording one
      const recorders = demoAdoptions.flatMap((a) => a.steps.map((s) => userByKey.get(s.byKey)!.role));
      expect(recorders).toContain('DX_OFFICE');
      expect(recorders.filter((r) => r !== 'DX_OFFICE').length).toBeGreaterThan(10);
    });

    it('keeps hours and notes plausible, and links a follow-up case written by the adopting department', () => {
      for (const a of demoAdoptions) {
        for (const s of a.steps) {
          expect(s.note.length).toBeGreaterThan(0);
          expect(s.note.length).toBeLessThanOrEqual(1000);
          if (s.hoursSavedPerYear !== undefined) {
            expect(s.hoursSavedPerYear).toBeGreaterThan(0);
            expect(s.hoursSavedPerYear).toBeLessThanOrEqual(500);
          }
        }
      }
      const followUps = demoAdoptions.flatMap((a) => a.steps.map((s, i) => ({ a, s, i })).filter(({ s }) => s.followUpPostKey));
      expect(followUps.length).toBeGreaterThanOrEqual(1);
      for (const { a, s, i } of followUps) {
        const f = postByKey.get(s.followUpPostKey!)!;
        expect(f?.kind).toBe('CASE');
        expect(f.key).not.toBe(a.postKey);
        const written = postAt(f.key);
        expect(upFrom(unitOn(f.authorKey, jstDay(written))!)).toContain(a.departmentCode);
        expect(written).toBeLessThan(demoAdoptionStepTime(a, i, REF));
      }
      // most 導入済み adoptions say how many hours they save
      const adopted = demoAdoptions.filter((a) => last(a.steps).status === 'ADOPTED');
      expect(adopted.filter((a) => last(a.steps).hoursSavedPerYear).length).toBeGreaterThanOrEqual(adopted.length - 1);
    });

    it('lets staff05 earn 横展開の立役者: three departments adopting their case (導入中・導入済み)', () => {
      const credited = new Map<string, Set<string>>();
      for (const a of demoAdoptions) {
        if (!['IN_PROGRESS', 'ADOPTED'].includes(last(a.steps).status)) continue;
        const author = postByKey.get(a.postKey)!.authorKey;
        credited.set(author, (credited.get(author) ?? new Set()).add(a.departmentCode));
      }
      expect(credited.get('staff05')?.size).toBeGreaterThanOrEqual(3);
    });
  });
});
