import { DEMO_CITY, DEMO_PASSWORD, DemoAnswer, DemoComment, DemoPost, DemoStamp, demoDepartments, demoPosts, demoUsers } from './demo-data';

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

    it('has at least 33 users, all roles present, mostly STAFF among staffNN', () => {
      expect(demoUsers.length).toBeGreaterThanOrEqual(33);
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

    it('spreads staff over every 課 (directly or via a 係)', () => {
      const kaOf = (code: string): string => {
        const d = deptByCode.get(code)!;
        return d.level === 'KAKARI' ? d.parentCode! : code;
      };
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
      expect(demoPosts.length).toBeGreaterThanOrEqual(44);
      expect(questions.length).toBeGreaterThanOrEqual(22);
      expect(byKind('CASE').length).toBeGreaterThanOrEqual(10);
      expect(byKind('IDEA').length).toBeGreaterThanOrEqual(7);

      expect(questions.filter((p) => p.anonymous).length).toBeGreaterThanOrEqual(3);
      expect(questions.filter((p) => p.acceptedAnswerIndex !== undefined).length).toBeGreaterThanOrEqual(12);
      expect(questions.filter((p) => p.answers.length === 0).length).toBeGreaterThanOrEqual(5);

      const answers = demoPosts.reduce((n, p) => n + p.answers.length, 0);
      const comments = demoPosts.reduce((n, p) => n + allComments(p).length, 0);
      expect(answers + comments).toBeGreaterThanOrEqual(110);

      const stamps = demoPosts.reduce((n, p) => n + allStamps(p).length, 0);
      expect(stamps).toBeGreaterThanOrEqual(120);
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

    it('keeps daysAgo in range and hoursAfter positive', () => {
      for (const p of demoPosts) {
        expect(p.daysAgo).toBeGreaterThanOrEqual(0);
        expect(p.daysAgo).toBeLessThanOrEqual(300);
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

    it('covers all three post kinds with several authors and the core tag vocabulary', () => {
      const authors = new Set(demoPosts.map((p) => p.authorKey));
      expect(authors.size).toBeGreaterThanOrEqual(20);
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
});
