import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { codes, CREATE_POST, question, TestApp } from '../support/test-app';
import type { Client, TestUser } from '../support/test-app';

/**
 * Go-live (#9): accounts, the organisation, transfers, the HR staff import and the audit log,
 * over HTTP as an admin, a manager, the DX office and staff would use them.
 */
const ROOT = join(__dirname, '../..');
const SAMPLE = readFileSync(join(ROOT, 'docs/sample-staff.csv'), 'utf8');
const APRIL = readFileSync(join(ROOT, 'docs/sample-staff-april.csv'), 'utf8');

const IMPORT = `mutation($i: ImportStaffInput!) { importStaff(input: $i) {
  dryRun ok effectiveDate rows created updated transferred deactivated unchanged departmentsCreated
  errors { line column columnName message } warnings changes { kind line employeeId name description } changeCount } }`;
const USERS = `query($f: UserFilter, $after: String, $first: Int) { users(filter: $f, after: $after, first: $first) {
  edges { node { id displayName email employeeId active mustChangePassword role department { id name path } } } pageInfo { hasNextPage endCursor } } }`;
const AUDIT = `query($f: AuditFilter) { auditLog(filter: $f, first: 100) { edges { node { action actionLabel actor { id } targetType targetId targetLabel before after ip createdAt } } } }`;

const tableCounts = (t: TestApp) =>
  Object.fromEntries(
    ['app_user', 'department', 'department_name', 'assignment', 'manager_scope', 'audit_log'].map((tbl) => [
      tbl,
      t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tbl}`)!.n,
    ]),
  );

describe('go-live: accounts, organisation, import, audit', () => {
  let t: TestApp;
  let admin: { user: TestUser; client: Client };
  let dx: { user: TestUser; client: Client };
  let staff: { user: TestUser; client: Client };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signedIn({ role: 'ADMIN' });
    dx = await t.signedIn({ role: 'DX_OFFICE' });
    staff = await t.signedIn();
  });
  afterAll(() => t.close());

  it('admins create, edit, reset, deactivate and reactivate accounts; every act is audited with before/after and IP', async () => {
    const created = await admin.client.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id displayName email employeeId role roleCategory layer active department { name } } }`,
      {
        i: {
          email: ' Sato.Ichiro@City.Example.lg.jp ',
          name: '佐藤 一郎',
          role: 'STAFF',
          departmentId: String(staff.user.departmentId),
          roleCategory: 'DIGITAL_LEADER',
          layer: 'STAFF',
          employeeId: 'E-0042',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const u = created.data.createUser;
    expect(u).toMatchObject({ email: 'sato.ichiro@city.example.lg.jp', employeeId: 'E-0042', active: true, roleCategory: 'DIGITAL_LEADER' });
    expect(u.department).not.toBeNull();

    // Staff may neither create nor see employee numbers.
    const refused = await staff.client.gql(`mutation { createUser(input: { email: "x@example.jp", name: "x" }) { id } }`);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0].message).toMatch(/管理者/);
    const seen = await staff.client.gql(`query($id: ID!) { user(id: $id) { employeeId mustChangePassword } }`, { id: u.id });
    expect(seen.data.user).toEqual({ employeeId: null, mustChangePassword: false });

    // Duplicate e-mail: a clear CONFLICT, nothing written.
    const before = tableCounts(t);
    const dup = await admin.client.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { email: 'sato.ichiro@city.example.lg.jp', name: '別人' },
    });
    expect(codes(dup)).toEqual(['CONFLICT']);
    expect(tableCounts(t)).toEqual(before);

    const edited = await admin.client.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { role displayName layer } }`, {
      i: { id: u.id, role: 'MANAGER', name: '佐藤 一朗', layer: null },
    });
    expect(edited.data.updateUser).toEqual({ role: 'MANAGER', displayName: '佐藤 一朗', layer: null });

    // A temporary password: shown once, must be changed before anything else works.
    const temp = (await admin.client.gql(`mutation($id: ID!) { resetPassword(userId: $id) }`, { id: u.id })).data.resetPassword as string;
    expect(temp).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const person = await t.client().login({ email: 'sato.ichiro@city.example.lg.jp', password: temp });
    expect((await person.gql('{ me { mustChangePassword } }')).data.me).toEqual({ mustChangePassword: true });
    const blocked = await person.gql(CREATE_POST, { i: question() });
    expect(codes(blocked)).toEqual(['FORBIDDEN']);
    expect(blocked.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await person.gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', {
      i: { currentPassword: temp, newPassword: 'hamaguri-no-umi-2027' },
    });
    expect(changed.data).toEqual({ changePassword: true });
    expect((await person.gql('{ me { mustChangePassword } }')).data.me).toEqual({ mustChangePassword: false });
    const post = (await person.gql(CREATE_POST, { i: question({ title: '元職員になる人の投稿' }) })).data.createPost;

    // Deactivation: signed out at once, cannot sign in, gone from lists, content stays as 元職員.
    const off = await admin.client.gql(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: u.id });
    expect(off.data.deactivateUser).toEqual({ active: false });
    expect((await person.gql('{ me { id } }')).data.me).toBeNull();
    const again = await t
      .client()
      .gql('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: { email: 'sato.ichiro@city.example.lg.jp', password: 'hamaguri-no-umi-2027' } });
    expect(codes(again)).toEqual(['UNAUTHENTICATED']);
    const listed = await staff.client.gql(USERS, { f: { query: '佐藤' } });
    expect(listed.data.users.edges).toEqual([]);
    const notForStaff = await staff.client.gql(USERS, { f: { active: false } });
    expect(codes(notForStaff)).toEqual(['BAD_USER_INPUT']);
    const adminList = await admin.client.gql(USERS, { f: { query: 'E-0042', active: false } });
    expect(adminList.data.users.edges.map((e: any) => e.node.id)).toEqual([u.id]);
    const thread = await staff.client.gql(`query($id: ID!) { post(id: $id) { title author { displayName active } } }`, { id: post.id });
    expect(thread.data.post).toEqual({ title: '元職員になる人の投稿', author: { displayName: '佐藤 一朗', active: false } });

    const self = await admin.client.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: String(admin.user.id) });
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    const back = await admin.client.gql(`mutation($id: ID!) { reactivateUser(id: $id) { active } }`, { id: u.id });
    expect(back.data.reactivateUser).toEqual({ active: true });

    const audit = await admin.client.gql(AUDIT, { f: { targetType: 'USER', targetId: u.id } });
    const rows = audit.data.auditLog.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => r.action).reverse()).toEqual([
      'ACCOUNT_CREATED',
      'USER_TRANSFERRED',
      'ROLE_CHANGED',
      'PASSWORD_RESET',
      'PASSWORD_CHANGED',
      'ACCOUNT_DEACTIVATED',
      'LOGIN_FAILED',
      'ACCOUNT_REACTIVATED',
    ]);
    const roleRow = rows.find((r: any) => r.action === 'ROLE_CHANGED');
    expect(JSON.parse(roleRow.before)).toEqual({ name: '佐藤 一郎', role: 'STAFF', layer: 'STAFF' });
    expect(JSON.parse(roleRow.after)).toEqual({ name: '佐藤 一朗', role: 'MANAGER', layer: null });
    expect(roleRow.actor).toEqual({ id: String(admin.user.id) });
    expect(roleRow.ip).toMatch(/127\.0\.0\.1/);
    expect(roleRow.targetLabel).toBe('佐藤 一朗');
    expect(JSON.stringify(rows)).not.toContain('hamaguri');
    expect(JSON.stringify(rows)).not.toContain(temp);

    // The audit table is append-only.
    expect(() => t.db.run('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(() => t.db.run("UPDATE audit_log SET action = 'X'")).toThrow(/append-only/);
  });

  it('departments: create 部 → 課 → 係, rename keeps the old name on old content, move, retire only when empty', async () => {
    const mk = async (name: string, parentId?: string) => {
      const r = await admin.client.gql(`mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id name level path retired } }`, {
        i: { name, parentId },
      });
      expect(r.errors).toBeUndefined();
      return r.data.createDepartment;
    };
    const bu = await mk('環境部');
    const ka = await mk('環境政策課', bu.id);
    const kakari = await mk('脱炭素係', ka.id);
    expect([bu.level, ka.level, kakari.level]).toEqual(['BU', 'KA', 'KAKARI']);
    expect(kakari.path).toBe('環境部 > 環境政策課 > 脱炭素係');
    const tooDeep = await admin.client.gql(`mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }`, {
      i: { name: '班', parentId: kakari.id },
    });
    expect(codes(tooDeep)).toEqual(['BAD_USER_INPUT']);

    const member = await t.signedIn({ departmentId: Number(kakari.id) });
    const post = (await member.client.gql(CREATE_POST, { i: question({ title: '改名前の投稿' }) })).data.createPost;
    expect(post.department.name).toBe('脱炭素係');

    const renamed = await admin.client.gql(`mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { name path formerNames { name } } }`, {
      i: { id: kakari.id, name: 'ゼロカーボン推進係' },
    });
    expect(renamed.data.updateDepartment).toMatchObject({ name: 'ゼロカーボン推進係', formerNames: [{ name: '脱炭素係' }] });
    const old = await staff.client.gql(`query($id: ID!) { post(id: $id) { department { id name path } } }`, { id: post.id });
    expect(old.data.post.department).toEqual({ id: kakari.id, name: '脱炭素係', path: '環境部 > 環境政策課 > 脱炭素係' });
    const fresh = (await member.client.gql(CREATE_POST, { i: question({ title: '改名後の投稿' }) })).data.createPost;
    expect(fresh.department.name).toBe('ゼロカーボン推進係');

    const retireBusy = await admin.client.gql(`mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { retired } }`, {
      i: { id: kakari.id, retired: true },
    });
    expect(codes(retireBusy)).toEqual(['BAD_USER_INPUT']);
    expect(retireBusy.errors![0].message).toMatch(/1人が所属/);

    // Move the 課 under another 部: levels follow.
    const other = await mk('都市部');
    const moved = await admin.client.gql(`mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { path level } }`, {
      i: { id: ka.id, parentId: other.id },
    });
    expect(moved.data.updateDepartment).toEqual({ path: '都市部 > 環境政策課', level: 'KA' });
    const cycle = await admin.client.gql(`mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { id } }`, {
      i: { id: other.id, parentId: ka.id },
    });
    expect(codes(cycle)).toEqual(['BAD_USER_INPUT']);

    const forbidden = await dx.client.gql(`mutation { createDepartment(input: { name: "勝手な課" }) { id } }`);
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
  });

  it('a transfer with an effective date: contributions before it stay with the old department; manager scopes follow the admin', async () => {
    const from = t.newDepartment('旧課');
    const to = t.newDepartment('新課');
    const person = await t.signedIn({ departmentId: from });
    const manager = await t.signedIn({ role: 'MANAGER' });
    const scope = await admin.client.gql(`mutation($i: ManagerScopeInput!) { setManagerScope(input: $i) { managedDepartments { id } } }`, {
      i: { userId: String(manager.user.id), departmentIds: [String(to)] },
    });
    expect(scope.data.setManagerScope.managedDepartments).toEqual([{ id: String(to) }]);
    const notManager = await admin.client.gql(`mutation($i: ManagerScopeInput!) { setManagerScope(input: $i) { id } }`, {
      i: { userId: String(person.user.id), departmentIds: [String(to)] },
    });
    expect(codes(notManager)).toEqual(['BAD_USER_INPUT']);

    await person.client.gql(CREATE_POST, { i: question({ title: '異動前の質問' }) });
    const badDate = await admin.client.gql(`mutation($i: TransferInput!) { transferUser(input: $i) { id } }`, {
      i: { userId: String(person.user.id), departmentId: String(to), effectiveDate: '2027-02-30' },
    });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    const moved = await admin.client.gql(
      `mutation($i: TransferInput!) { transferUser(input: $i) { department { id } assignments { department { id } startDate endDate } } }`,
      {
        i: { userId: String(person.user.id), departmentId: String(to), effectiveDate: today },
      },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.transferUser.department).toEqual({ id: String(to) });
    expect(moved.data.transferUser.assignments).toEqual([
      { department: { id: String(to) }, startDate: today, endDate: null },
      { department: { id: String(from) }, startDate: '2020-04-01', endDate: today },
    ]);
    await person.client.gql(CREATE_POST, { i: question({ title: '異動後の質問' }) });
    // The ledger facts: the first question was made in the old department (it was then), the second in the new.
    const facts = t.db.all<{ department_id: number }>("SELECT department_id FROM contribution WHERE user_id = ? AND kind = 'QUESTION_POSTED' ORDER BY id", [
      person.user.id,
    ]);
    // Both were posted today; the transfer takes effect today, so the first (before the transfer) kept the old department.
    expect(facts.map((f) => f.department_id)).toEqual([from, to]);
    // The manager of the new department now sees the person in the team.
    const team = await manager.client.gql('{ teamSkillRecords { user { id } } }');
    expect(team.data.teamSkillRecords.map((r: any) => r.user.id)).toContain(String(person.user.id));

    // Deactivated: gone from the team view, the CSV and the expert finder at once; the posts stay.
    const experts = async () => (await dx.client.gql('{ experts(tag: "オンライン申請", first: 50) { user { id } } }')).data.experts.map((e: any) => e.user.id);
    expect(await experts()).toContain(String(person.user.id));
    await admin.client.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: String(person.user.id) });
    const after = await manager.client.gql('{ teamSkillRecords { user { id } } }');
    expect(after.data.teamSkillRecords.map((r: any) => r.user.id)).not.toContain(String(person.user.id));
    const csv = await dx.client.agent.get('/export/skill-records.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain(`"${person.user.id}",`);
    expect(await experts()).not.toContain(String(person.user.id));
    const feed = await staff.client.gql(`query($d: ID!) { posts(filter: { departmentId: $d }) { edges { node { title author { active } } } } }`, {
      d: String(from),
    });
    expect(feed.data.posts.edges.map((e: any) => e.node)).toEqual([{ title: '異動前の質問', author: { active: false } }]);
  });

  it('the staff import: dry run previews and writes nothing; apply; the same file again changes nothing; April moves three people', async () => {
    const before = tableCounts(t);
    const preview = await admin.client.gql(IMPORT, { i: { csv: '\uFEFF' + SAMPLE, dryRun: true, effectiveDate: '2026-10-01' } });
    expect(preview.errors).toBeUndefined();
    expect(preview.data.importStaff).toMatchObject({
      dryRun: true,
      ok: true,
      rows: 12,
      created: 12,
      updated: 0,
      transferred: 0,
      unchanged: 0,
      departmentsCreated: 17,
    });
    expect(preview.data.importStaff.changes.filter((c: any) => c.kind === 'CREATE')).toHaveLength(12);
    expect(tableCounts(t)).toEqual(before);

    const applied = (await admin.client.gql(IMPORT, { i: { csv: SAMPLE, dryRun: false, effectiveDate: '2026-10-01' } })).data.importStaff;
    expect(applied).toMatchObject({ ok: true, created: 12, departmentsCreated: 17 });
    const again = (await admin.client.gql(IMPORT, { i: { csv: SAMPLE, dryRun: false, effectiveDate: '2026-10-01' } })).data.importStaff;
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, transferred: 0, deactivated: 0, unchanged: 12, departmentsCreated: 0 });

    const found = await admin.client.gql(USERS, { f: { query: '100007' } });
    expect(found.data.users.edges[0].node).toMatchObject({
      displayName: '松林 由美',
      role: 'MANAGER',
      employeeId: '100007',
      department: { path: '市民部 > 市民課' },
    });

    const april = (await admin.client.gql(IMPORT, { i: { csv: APRIL, dryRun: false, effectiveDate: '2027-04-01' } })).data.importStaff;
    expect(april).toMatchObject({ ok: true, created: 0, updated: 0, transferred: 3, unchanged: 9, departmentsCreated: 0 });
    expect(april.changes.map((c: any) => c.description)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^異動: 企画部\/企画課 → 市民部\/市民課\/窓口係（2027-04-01から）$/)]),
    );
    const kagawa = t.db.all<{ start_date: string; end_date: string | null }>(
      "SELECT start_date, end_date FROM assignment WHERE user_id = (SELECT id FROM app_user WHERE employee_id = '100004') ORDER BY start_date",
    );
    expect(kagawa).toEqual([
      { start_date: '2026-10-01', end_date: '2027-04-01' },
      { start_date: '2027-04-01', end_date: null },
    ]);
  });

  it('the staff import: a blank optional cell leaves the value; a changed one is named in the preview', async () => {
    const csv = [
      '職員番号,氏名,メールアドレス,所属,役割,階層,権限',
      '100001,茅ヶ崎 太郎,taro.chigasaki@city.example.lg.jp,企画部/デジタル推進課/DX推進係,,,',
    ].join('\n');
    const blank = (await admin.client.gql(IMPORT, { i: { csv, dryRun: true, effectiveDate: '2027-04-01' } })).data.importStaff;
    expect(blank).toMatchObject({ ok: true, updated: 0, unchanged: 1 });
    const changed = csv.replace(/,,,$/, ',デジタル利活用人財,,職員');
    const r = (await admin.client.gql(IMPORT, { i: { csv: changed, dryRun: true, effectiveDate: '2027-04-01' } })).data.importStaff;
    expect(r).toMatchObject({ ok: true, updated: 1 });
    expect(r.changes[0].description).toBe('権限 DX推進課 → 職員、役割 デジタル推進リーダー人財 → デジタル利活用人財');
  });

  it('the staff import refuses a file with errors as a whole, naming line and column in Japanese', async () => {
    const before = tableCounts(t);
    const bad = [
      '職員番号,氏名,メールアドレス,所属',
      '200001,正しい 人,ok@example.jp,総務部/総務課',
      '200002,,nobody@example.jp,総務部',
      '200003,メール 違い,not-an-email,総務部',
      '200001,重複 番号,dup@example.jp,総務部',
    ].join('\r\n');
    const r = (await admin.client.gql(IMPORT, { i: { csv: bad, dryRun: false } })).data.importStaff;
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: any) => [e.line, e.column, e.columnName])).toEqual([
      [3, 2, '氏名'],
      [4, 3, 'メールアドレス'],
      [5, 1, '職員番号'],
    ]);
    expect(r.errors[0].message).toMatch(/^3行目 氏名: /);
    expect(tableCounts(t)).toEqual(before);

    const heading = (await admin.client.gql(IMPORT, { i: { csv: 'ID,名前\n1,a', dryRun: true } })).data.importStaff;
    expect(heading.errors[0].message).toMatch(/1行目 1列目: 見出し「ID」は使えません/);
    const forbidden = await dx.client.gql(IMPORT, { i: { csv: SAMPLE, dryRun: true } });
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
  });

  it('the audit log: admins read everything (and CSV), the DX office moderation rows only, staff nothing', async () => {
    const all = await admin.client.gql(AUDIT, { f: { actions: ['STAFF_IMPORTED'] } });
    expect(all.data.auditLog.edges.length).toBeGreaterThanOrEqual(3);
    const forDx = await dx.client.gql(AUDIT);
    expect(forDx.errors).toBeUndefined();
    expect(
      forDx.data.auditLog.edges.every((e: any) => ['ANONYMOUS_AUTHOR_REVEALED', 'POST_DELETED', 'COMMENT_DELETED', 'ANSWER_DELETED'].includes(e.node.action)),
    ).toBe(true);
    expect(codes(await staff.client.gql(AUDIT))).toEqual(['FORBIDDEN']);

    const csv = await admin.client.agent.get('/export/audit-log.csv?actions=STAFF_IMPORTED');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.startsWith('\uFEFF"ID","日時（JST）","操作"')).toBe(true);
    expect(csv.text).toContain('職員データの取り込み');
    expect((await staff.client.agent.get('/export/audit-log.csv')).status).toBe(403);
  });

  it('npm run staff:import reads Shift_JIS and prints the same counts', () => {
    const dbPath = t.db.get<{ file: string }>("SELECT file FROM pragma_database_list WHERE name = 'main'")!.file;
    const file = join(dbPath, '..', 'staff-sjis.csv');
    writeFileSync(file, iconv.encode(APRIL.replace(/\n/g, '\r\n'), 'cp932'));
    const r = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/cli/staff-import.ts', file, '--dry-run', '--effective-date', '2027-04-01'],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: 'false', LOG_LEVEL: 'error' },
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('文字コード Shift_JIS');
    expect(r.stdout).toContain('created=0 updated=0 transferred=0 deactivated=0 unchanged=12 departmentsCreated=0');
  });
});
