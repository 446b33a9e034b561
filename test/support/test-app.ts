import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp, listen } from '../../src/bootstrap';
import { loadConfig } from '../../src/core/config/config';
import { DbService } from '../../src/core/database/db.service';
import { hashPassword } from '../../src/modules/auth/auth.service';
import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { UsersService } from '../../src/modules/users/users.service';

export type Role = 'STAFF' | 'DX_OFFICE' | 'MANAGER' | 'ADMIN';

export interface TestUser {
  id: number;
  email: string;
  password: string;
  role: Role;
  departmentId: number;
}

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
  headers: Record<string, string | string[]>;
}

/** A supertest agent that keeps the session cookie, with a GraphQL helper. */
export class Client {
  readonly agent: ReturnType<typeof request.agent>;
  constructor(readonly url: string) {
    this.agent = request.agent(url);
  }

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await this.agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors, headers: res.headers as any };
  }

  async login(user: { email: string; password: string }) {
    const r = await this.gql('mutation($i: LoginInput!){ login(input: $i) { id } }', { i: { email: user.email, password: user.password } });
    if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    return this;
  }
}

/**
 * Every test and hook in a file that uses TestApp gets a generous overall budget instead of
 * jest's 5 s default. Starting an app (migrations), seeding the demo (174 people, two 年度 of
 * content through the real services) and signing people in (one argon2id verify each) are CPU-bound: on a loaded
 * machine (load average ~10 on 2 cores) a 1.5 s test takes 10 s and more. Nothing in the
 * suite asserts on durations; this only bounds how long a genuinely stuck test may hang.
 */
jest.setTimeout(120_000);

let seq = 0;
const PASSWORD = 'test-password-1';
let hashCache: Promise<string> | null = null;

/**
 * A real server on a real migrated SQLite file in a temp dir, listening on a random port.
 * Factories insert people and departments directly (the API has no admin screens yet);
 * everything else in tests goes through HTTP.
 */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly url: string,
    readonly db: DbService,
    private readonly dir: string,
  ) {}

  /** The SQLite file (for tests that hand it to another process). */
  get dbPath(): string {
    return join(this.dir, 'banso.sqlite');
  }

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const dir = mkdtempSync(join(tmpdir(), 'banso-test-'));
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_PATH: join(dir, 'banso.sqlite'),
      SEED_DEMO: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      MUTATION_RATE_LIMIT: '100000',
      ...env,
    });
    const app = await createApp(config);
    const url = await listen(app, config);
    return new TestApp(app, url.replace('localhost', '127.0.0.1'), app.get(DbService), dir);
  }

  /** Closing also checks the ledger: whatever a suite did must have left it consistent. */
  async close() {
    const differences = verifyLedger(this.db).differences;
    await this.app.close();
    if (differences.length > 0) {
      rmSync(this.dir, { recursive: true, force: true });
      throw new Error(`ledger:verify found ${differences.length} differences: ${JSON.stringify(differences.slice(0, 5))}`);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  client() {
    return new Client(this.url);
  }

  newDepartment(name = `課${++seq}`, level: 'BU' | 'KA' | 'KAKARI' = 'KA', parentId: number | null = null): number {
    const id = this.db.insert('INSERT INTO department (code, name, level, parent_id, created_at) VALUES (?, ?, ?, ?, ?)', [
      `dep-${++seq}`,
      name,
      level,
      parentId,
      new Date().toISOString(),
    ]);
    this.app.get(UsersService).invalidateDepartments();
    return id;
  }

  async newUser(opts: { role?: Role; departmentId?: number; manages?: number[]; name?: string; since?: string } = {}): Promise<TestUser> {
    hashCache ??= hashPassword(PASSWORD);
    const n = ++seq;
    const email = `user${n}@test.banso.example`;
    const role = opts.role ?? 'STAFF';
    const now = new Date().toISOString();
    const departmentId = opts.departmentId ?? this.newDepartment();
    const id = this.db.insert(
      `INSERT INTO app_user (email, display_name, password_hash, role, role_category, layer, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'DIGITAL_USER', 'STAFF', ?, ?)`,
      [email, opts.name ?? `テスト 職員${n}`, await hashCache, role, now, now],
    );
    this.db.run('INSERT INTO assignment (user_id, department_id, start_date, created_at) VALUES (?, ?, ?, ?)', [
      id,
      departmentId,
      opts.since ?? '2020-04-01',
      now,
    ]);
    for (const d of opts.manages ?? []) this.db.run('INSERT INTO manager_scope (user_id, department_id) VALUES (?, ?)', [id, d]);
    return { id, email, password: PASSWORD, role, departmentId };
  }

  async signedIn(opts: Parameters<TestApp['newUser']>[0] = {}): Promise<{ user: TestUser; client: Client }> {
    const user = await this.newUser(opts);
    return { user, client: await this.client().login(user) };
  }
}

export const CREATE_POST = `mutation($i: CreatePostInput!) { createPost(input: $i) {
  id kind title status anonymous author { id displayName } department { id name } tags { name } viewerCanEdit viewerCanDelete
} }`;
export const CREATE_ANSWER = `mutation($i: CreateAnswerInput!) { createAnswer(input: $i) { id accepted author { id } } }`;
export const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id status acceptedAnswer { id } answers { id accepted } } }`;
export const UNACCEPT = `mutation($id: ID!) { unacceptAnswer(postId: $id) { id status acceptedAnswer { id } } }`;
export const REACT = `mutation($i: ReactInput!) { react(input: $i) { cheer helpful thanks viewerStamps } }`;
export const UNREACT = `mutation($i: ReactInput!) { unreact(input: $i) { cheer helpful thanks viewerStamps } }`;
export const ADD_COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id body author { id } } }`;

export function question(extra: Record<string, unknown> = {}) {
  return { kind: 'QUESTION', title: '窓口の申請書をオンライン化したい', body: 'LoGoフォームで作れますか？', tags: ['オンライン申請'], ...extra };
}

export function codes(r: GqlResult): (string | undefined)[] {
  return (r.errors ?? []).map((e) => e.extensions?.code);
}
