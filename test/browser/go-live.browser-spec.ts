import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext } from 'playwright-core';
import { gql, launchChromium, newContext, shot, signIn } from './browser-support';

/**
 * Issue #9, done when: from a fresh clone, `SEED_DEMO=false NODE_ENV=production npm start`,
 * `npm run admin:create`, sign in, import docs/sample-staff.csv, import an April file that
 * moves three people, and a transferred person's old posts still count for the old department.
 *
 * The built server (`dist/`, which `npm test` builds first) runs as its own process exactly as
 * production starts it; the admin command runs against the same database; everything else is
 * done in Chromium through the admin screens, except issuing the person's temporary password
 * (the account screen's own tests cover that dialog).
 */
jest.setTimeout(300_000);

const ROOT = join(__dirname, '../..');
const ADMIN = { email: 'admin@city.example.lg.jp', name: '管理 花子', password: 'kaede-no-shiro-2026' };
const KAGAWA = { email: 'saburo.kagawa@city.example.lg.jp', newPassword: 'enoshima-no-umi-2027' };
/** Today in JST: the April file's transfers take effect today, after the person's first post. */
const TODAY = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Resolves once the output contains `text` (no timers: the process tells us). */
function waitForOutput(proc: ChildProcess, output: { text: string }, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (output.text.includes(text)) {
        proc.stdout?.off('data', check);
        proc.stderr?.off('data', check);
        resolve();
      }
    };
    proc.stdout?.on('data', check);
    proc.stderr?.on('data', check);
    proc.once('exit', (code) => reject(new Error(`server exited (${code}) before printing "${text}":\n${output.text}`)));
    check();
  });
}

describe('go-live in a real browser: production start, first admin, HR import, April transfers', () => {
  let dir: string;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const output = { text: '' };
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banso-go-live-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      DATABASE_PATH: join(dir, 'banso.sqlite'),
      PORT: String(port),
      HOST: '127.0.0.1',
      // Chromium reaches this test server over plain HTTP (production behind HTTPS keeps it Secure).
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'log',
    };
    delete env.BANSO_ADMIN_PASSWORD;
    server = spawn(process.execPath, ['dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d) => (output.text += String(d)));
    server.stderr!.on('data', (d) => (output.text += String(d)));
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes live: empty production start, admin:create, sign in, import, April moves three people, old posts stay with the old department', async () => {
    // 1. An empty production database: the server says how to create the first admin.
    await waitForOutput(server, output, 'npm run admin:create');
    expect(output.text).toContain('管理者アカウントがまだありません');
    expect(output.text).not.toMatch(/demo\.banso\.example/);

    // 2. npm run admin:create (the built command, as `npm run` runs it), password from the environment.
    const created = spawnSync(process.execPath, ['dist/cli/admin-create.js', '--email', ADMIN.email, '--name', ADMIN.name], {
      cwd: ROOT,
      env: { ...env, BANSO_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('管理者を作成しました');

    // 3. Sign in as the admin: the admin area is there.
    const { context } = await newContext(browser, url);
    contexts.push(context);
    const admin = await context.newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin.goto('/admin/import');
    await admin.getByRole('heading', { name: '職員データの取り込み' }).waitFor();

    // 4. Import docs/sample-staff.csv: preview, then apply.
    const importFile = async (file: string, effectiveDate: string, expected: Record<string, string>) => {
      await admin.locator('input[type="file"]').setInputFiles(join(ROOT, file));
      await admin.getByText(/文字コード: UTF-8/).waitFor();
      await admin.getByLabel('発令日').fill(effectiveDate);
      await admin.getByRole('button', { name: '内容を確認' }).click();
      await admin.getByRole('heading', { name: '確認の結果（まだ反映していません）' }).waitFor();
      for (const [key, value] of Object.entries(expected)) {
        await expect(admin.getByTestId(`import-stat-${key}`).first().textContent()).resolves.toBe(value);
      }
      await admin.getByRole('button', { name: '取り込む' }).click();
      await admin.getByRole('dialog').getByRole('button', { name: '取り込む' }).click();
      await admin.getByRole('heading', { name: '取り込みました' }).waitFor();
      await admin.getByRole('dialog').waitFor({ state: 'hidden' });
    };
    await importFile('docs/sample-staff.csv', '2026-10-01', { created: '12', departmentsCreated: '17' });
    await shot(admin, 'go-live-import-sample');

    // 5. A person from the file signs in (temporary password → must choose a new one) and asks a question.
    const { users } = await gql(admin, 'query { users(filter: { query: "100004" }) { edges { node { id } } } }');
    const kagawaId: string = users.edges[0].node.id;
    const { resetPassword: temporary } = await gql(admin, 'mutation($id: ID!) { resetPassword(userId: $id) }', { id: kagawaId });
    const { context: kc } = await newContext(browser, url);
    contexts.push(kc);
    const kagawa = await kc.newPage();
    await signIn(kagawa, KAGAWA.email, temporary);
    await kagawa.waitForURL(/\/account\/password/);
    await kagawa.getByLabel('仮パスワード').fill(temporary);
    await kagawa.getByLabel(/^新しいパスワード\s*\*?$/).fill(KAGAWA.newPassword);
    await kagawa.getByLabel('新しいパスワード（確認）').fill(KAGAWA.newPassword);
    await kagawa.getByRole('button', { name: '変更する' }).click();
    await kagawa.waitForURL((u) => !u.pathname.startsWith('/account/password'));
    const title = '企画課から: 庁内アンケートを電子化したい';
    await kagawa.goto('/new/question');
    // Their first post: the posting guidelines are shown once, before the form.
    const guidelines = kagawa.getByRole('dialog', { name: 'はじめての投稿の前に' });
    await guidelines.waitFor();
    await guidelines.getByRole('button', { name: '確認しました' }).click();
    await guidelines.waitFor({ state: 'detached' });
    await kagawa.getByLabel('タイトル').fill(title);
    await kagawa.getByLabel('本文').fill('紙で配っている庁内アンケートを LoGoフォームにしたいです。');
    await kagawa.getByRole('button', { name: '投稿する' }).click();
    await kagawa.getByRole('heading', { level: 1, name: title }).waitFor();
    const postPath = new URL(kagawa.url()).pathname;

    // 6. The April file moves three people, effective today.
    await admin.goto('/admin/import');
    await admin.getByRole('heading', { name: '職員データの取り込み' }).waitFor();
    await importFile('docs/sample-staff-april.csv', TODAY, { transferred: '3', created: '0', unchanged: '9' });
    await shot(admin, 'go-live-import-april');

    // 7. 香川 now belongs to 市民部 > 市民課 > 窓口係, but the question asked before the transfer
    //    still counts for 企画部 > 企画課: it is in that department's feed, and its page says so.
    const { departments } = await gql(admin, 'query { departments { id path } }');
    const kikaku = departments.find((d: { path: string }) => d.path === '企画部 > 企画課').id;
    const madoguchi = departments.find((d: { path: string }) => d.path === '市民部 > 市民課 > 窓口係').id;
    await kagawa.goto(`/users/${kagawaId}`);
    await kagawa.getByText('窓口係').first().waitFor();
    await kagawa.goto(`/?dept=${kikaku}`);
    await kagawa.getByRole('link', { name: title }).waitFor();
    await shot(kagawa, 'go-live-old-department-feed');
    await kagawa.goto(`/?dept=${madoguchi}`);
    // An empty filtered feed names the filter (not 「まだ投稿がありません」).
    await kagawa.getByRole('heading', { name: '「窓口係」の投稿はありません' }).waitFor();
    expect(await kagawa.getByRole('link', { name: title }).count()).toBe(0);
    await kagawa.goto(postPath);
    await kagawa.getByRole('heading', { level: 1, name: title }).waitFor();
    await kagawa
      .getByText(/企画課 · /)
      .first()
      .waitFor();

    // The facts agree: the ledger attributes the question to 企画課, whatever the person's department is now.
    const { user } = await gql(admin, 'query($id: ID!) { user(id: $id) { department { path } assignments { department { path } startDate endDate } } }', {
      id: kagawaId,
    });
    expect(user.department.path).toBe('市民部 > 市民課 > 窓口係');
    expect(user.assignments).toEqual([
      { department: { path: '市民部 > 市民課 > 窓口係' }, startDate: TODAY, endDate: null },
      { department: { path: '企画部 > 企画課' }, startDate: '2026-10-01', endDate: TODAY },
    ]);

    // 8. Every step is in the audit log.
    await admin.goto('/admin/audit');
    await admin.getByText('職員データの取り込み').first().waitFor();
    await shot(admin, 'go-live-audit');
  });
});
