import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountsService } from '../../src/modules/accounts/accounts.service';
import { FIRST_ADMIN_NOTICE } from '../../src/modules/accounts/first-admin-notice';
import { TestApp } from '../support/test-app';

/**
 * Go-live, step one: an empty production database has no one who can administer it. The
 * server says how to create the first admin, and `npm run admin:create` does it — the
 * password from BANSO_ADMIN_PASSWORD or a prompt, never from argv; a second run for the same
 * e-mail changes nothing.
 */
const ROOT = join(__dirname, '../..');

function adminCreate(dbPath: string, args: string[], password?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: 'false', LOG_LEVEL: 'error' };
  delete env.BANSO_ADMIN_PASSWORD;
  if (password !== undefined) env.BANSO_ADMIN_PASSWORD = password;
  // The CLI's own source through ts-node, so the test needs no build; stdin is not a terminal.
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/admin-create.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    input: '',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the first administrator (npm run admin:create)', () => {
  let dir: string;
  let db: string;
  const PASSWORD = 'momiji-ha-akai-2026';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'banso-first-admin-'));
    db = join(dir, 'banso.sqlite');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an empty database has no admin, and the start-up notice says how to create one', async () => {
    const t = await TestApp.start({ DATABASE_PATH: db, NODE_ENV: 'production', COOKIE_SECURE: 'false' });
    try {
      expect(t.app.get(AccountsService).hasActiveAdmin()).toBe(false);
      expect(FIRST_ADMIN_NOTICE).toContain('npm run admin:create -- --email');
      expect(FIRST_ADMIN_NOTICE).toMatch(/管理者アカウントがまだありません/);
    } finally {
      await t.close();
    }
  });

  it('refuses a password on the command line, a weak password and a missing one, creating nothing', () => {
    const argv = adminCreate(db, ['--email', 'joho@city.kaede.lg.jp', '--name', '情報政策課', '--password', PASSWORD]);
    expect(argv.status).toBe(2);
    expect(argv.out).toMatch(/コマンドライン引数で渡すことはできません/);
    const weak = adminCreate(db, ['--email', 'joho@city.kaede.lg.jp', '--name', '情報政策課'], 'short');
    expect(weak.status).toBe(2);
    expect(weak.out).toMatch(/12文字以上/);
    const none = adminCreate(db, ['--email', 'joho@city.kaede.lg.jp', '--name', '情報政策課']);
    expect(none.status).toBe(2);
    expect(none.out).toMatch(/BANSO_ADMIN_PASSWORD/);
    const badEmail = adminCreate(db, ['--email', 'not-an-address', '--name', '情報政策課'], PASSWORD);
    expect(badEmail.status).toBe(2);
    expect(badEmail.out).toMatch(/メールアドレスの形式/);
  });

  it('creates an ADMIN who can sign in; running it again says so and changes nothing', async () => {
    const first = adminCreate(db, ['--email', 'Joho@City.Kaede.LG.JP', '--name', '情報政策課 管理者'], PASSWORD);
    expect(first.out).toMatch(/管理者を作成しました/);
    expect(first.status).toBe(0);
    const again = adminCreate(db, ['--email', 'joho@city.kaede.lg.jp', '--name', '別の名前'], 'another-password-2026');
    expect(again.status).toBe(0);
    expect(again.out).toMatch(/既にあります.*何も変更していません/);

    const t = await TestApp.start({ DATABASE_PATH: db, NODE_ENV: 'production', COOKIE_SECURE: 'false' });
    try {
      expect(t.app.get(AccountsService).hasActiveAdmin()).toBe(true);
      const c = await t.client().login({ email: 'joho@city.kaede.lg.jp', password: PASSWORD });
      const me = await c.gql('{ me { displayName role permissions } }');
      expect(me.data.me).toMatchObject({ displayName: '情報政策課 管理者', role: 'ADMIN' });
      expect(me.data.me.permissions).toContain('admin.users');
      const refused = await t.client().gql('mutation($i: LoginInput!) { login(input: $i) { id } }', {
        i: { email: 'joho@city.kaede.lg.jp', password: 'another-password-2026' },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM app_user WHERE role = 'ADMIN'")!.n).toBe(1);
      expect(t.db.all<{ action: string; actor_id: number | null }>("SELECT action, actor_id FROM audit_log WHERE action = 'ACCOUNT_CREATED'")).toEqual([
        { action: 'ACCOUNT_CREATED', actor_id: null },
      ]);
    } finally {
      await t.close();
    }
  });
});
