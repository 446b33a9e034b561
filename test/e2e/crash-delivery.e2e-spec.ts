import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client, CREATE_ANSWER, CREATE_POST, question, TestApp } from '../support/test-app';
import type { TestUser } from '../support/test-app';

const ROOT = join(__dirname, '../..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** The server as its own process (the source through ts-node, like the CLI tests), ready when it says it is listening. */
function startServer(db: string, port: number, extra: Record<string, string>): Promise<ChildProcess> {
  const env = { ...process.env, NODE_ENV: 'test', SEED_DEMO: 'false', DATABASE_PATH: db, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'log', ...extra };
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += String(d);
      if (out.includes('is listening on')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const kill9 = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/**
 * Killing the server between commit and delivery (#12): the answer is committed with its outbox
 * row, the process dies (SIGKILL) before any delivery, and the next start delivers the asker's
 * notification exactly once; killing and starting again sends nothing twice.
 */
describe('notifications survive a crash between commit and delivery', () => {
  let t: TestApp;
  let db: string;
  let asker: TestUser;
  let answerer: TestUser;
  let server: ChildProcess | null = null;

  beforeAll(async () => {
    // Migrate and create the people with the in-process app, then hand the file to real processes.
    t = await TestApp.start();
    asker = await t.newUser({ name: '質問 者' });
    answerer = await t.newUser({ name: '回答 者' });
    db = t.dbPath;
    await t.app.close();
  });
  afterAll(async () => {
    if (server && server.exitCode === null) await kill9(server);
  });

  it('delivers exactly one notification after the crash, and none twice after another', async () => {
    const file = db;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // 1. No poller: the answer commits with its outbox row, and nothing is delivered before the kill.
    server = await startServer(file, port, { OUTBOX_POLL: 'off' });
    const a = await new Client(url).login(asker);
    const b = await new Client(url).login(answerer);
    const postId = (await a.gql(CREATE_POST, { i: question({ title: 'クラッシュしても届くか' }) })).data.createPost.id;
    expect((await b.gql(CREATE_ANSWER, { i: { postId, body: '届くはずです' } })).errors).toBeUndefined();
    await kill9(server);
    const count = () => {
      const r = new Database(file, { readonly: true });
      try {
        return (r.prepare("SELECT COUNT(*) AS n FROM notification WHERE recipient_id = ? AND kind = 'ANSWER_ON_MY_POST'").get(asker.id) as { n: number }).n;
      } finally {
        r.close();
      }
    };
    expect(count()).toBe(0);

    // 2. The next start's poller delivers it: wait for the asker's count (a state, not a duration).
    server = await startServer(file, port, {});
    const a2 = await new Client(url).login(asker);
    for (let unread = 0; unread === 0;) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // polling a state; jest's timeout bounds a stuck run
      unread = (await a2.gql('{ unreadNotificationCount }')).data.unreadNotificationCount;
    }
    expect((await a2.gql('{ notifications { edges { node { kind message } } } }')).data.notifications.edges).toEqual([
      { node: { kind: 'ANSWER_ON_MY_POST', message: '回答 者さんが「クラッシュしても届くか」に回答しました' } },
    ]);
    await kill9(server);

    // 3. Another start re-reads the outbox from its cursor: still exactly one.
    server = await startServer(file, port, {});
    const a3 = await new Client(url).login(asker);
    expect((await a3.gql('{ unreadNotificationCount }')).data.unreadNotificationCount).toBe(1);
    expect(count()).toBe(1);
  });
});
