import { fiscalYear } from '../../src/core/time/jst';
import { ADD_COMMENT, ACCEPT, type Client, CREATE_ANSWER, CREATE_POST, REACT, TestApp, type TestUser } from '../support/test-app';

/**
 * Anonymity is a property of the whole product, so it is tested over the whole read surface.
 *
 * Two worlds are built the same way, except who asks the anonymous question: person A in one,
 * person D in the other. The asker then acts in the thread exactly alike (answers their own
 * question, comments, gives stamps, receives stamps, accepts). Every read path a colleague, a
 * manager, the DX office or an admin has — generated from the schema, so a field added later
 * is covered without editing this test — must return the same in both worlds: if anything
 * differed, it would tell who asked.
 *
 * A control pair does the same with a named (not anonymous) question and checks that the
 * generated reads DO see the difference (authors, counts, badges, skill evidence, experts,
 * CSV): proof that the comparison would catch a leak.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface SchemaField {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  fields: SchemaField[] | null;
}

const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields { name
  args { name defaultValue type { ...T } } type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const required = (t: TypeRef) => t.kind === 'NON_NULL';

/** Root fields that cannot return anything about people or content, with the reason. */
const NOT_A_PERSON_READ_PATH: Record<string, string> = {
  demoMode: 'a boolean about the installation',
  markdownPreview: 'renders the text it is given',
  skillSettings: 'point configuration',
  searchSynonyms: 'the synonym dictionary',
  tagSkillMappings: 'tag → skill configuration',
  skills: 'the skill framework',
  departments: 'the organisation chart, no people or counts of people',
};

interface World {
  t: TestApp;
  ids: { a: TestUser; d: TestUser; b: TestUser; c: TestUser; m: TestUser; dx: TestUser; admin: TestUser };
  clients: Record<'c' | 'm' | 'dx' | 'admin', Client>;
  posts: string[];
  collections: string[];
}

/** Builds one world. Everything is created in the same order, so ids match across worlds. */
async function buildWorld(asker: 'a' | 'd', anonymous: boolean): Promise<World> {
  const t = await TestApp.start();
  const depA = t.newDepartment('市民課');
  const depD = t.newDepartment('税務課');
  const depC = t.newDepartment('情報政策課');
  const a = await t.newUser({ departmentId: depA, name: '職員 A' });
  const d = await t.newUser({ departmentId: depD, name: '職員 D' });
  const b = await t.newUser({ departmentId: depC, name: '職員 B' });
  const c = await t.newUser({ departmentId: depC, name: '職員 C' });
  const m = await t.newUser({ role: 'MANAGER', departmentId: depA, manages: [depA, depD], name: '課長 M' });
  const dx = await t.newUser({ role: 'DX_OFFICE', departmentId: depC, name: 'DX推進課' });
  const admin = await t.newUser({ role: 'ADMIN', departmentId: depC, name: '管理者' });
  const login = (u: TestUser) => t.client().login(u);
  const [ca, cd, cb] = [await login(a), await login(d), await login(b)];
  // Everyone opts in to public skills, so the widest surface is visible to colleagues.
  for (const cl of [ca, cd, cb]) expect((await cl.gql('mutation { setSkillsPublic(value: true) }')).errors).toBeUndefined();
  // Profiles differ between A and D (A has an avatar, D none): an avatar, extension or bio shown
  // on the thread would tell who asked.
  const avatar = await ca.agent
    .post('/uploads')
    .set('apollo-require-preflight', 'true')
    .attach('file', Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64'), { filename: 'a.gif' });
  expect(avatar.status).toBe(201);
  const PROFILE = 'mutation($i: ProfileInput!) { updateMyProfile(input: $i) { id } }';
  const profileA = { extension: '1111', bio: 'Aの自己紹介', expertise: ['RPA'], avatarUploadId: avatar.body.id };
  expect((await ca.gql(PROFILE, { i: profileA })).errors).toBeUndefined();
  expect((await cd.gql(PROFILE, { i: { extension: '2222' } })).errors).toBeUndefined();
  const p = asker === 'a' ? ca : cd;
  const ok = async (cl: Client, q: string, v: Record<string, unknown>) => {
    const r = await cl.gql(q, v);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const posts: string[] = [];

  // 1. The asker's own answer accepted on their question; comments and stamps both ways.
  const q1 = (
    await ok(p, CREATE_POST, { i: { kind: 'QUESTION', title: 'RPAのシナリオが夜間に止まる', body: '原因の調べ方は？', tags: ['RPA', 'AI-OCR'], anonymous } })
  ).createPost.id;
  posts.push(q1);
  const bAnswer = (await ok(cb, CREATE_ANSWER, { i: { postId: q1, body: 'ログの場所はここです。' } })).createAnswer.id;
  const pAnswer = (await ok(p, CREATE_ANSWER, { i: { postId: q1, body: '自己解決しました。スリープ設定でした。' } })).createAnswer.id;
  const pComment = (await ok(p, ADD_COMMENT, { i: { targetType: 'POST', targetId: q1, body: '補足：Windows 更新後からです。' } })).addComment.id;
  await ok(p, ADD_COMMENT, { i: { targetType: 'ANSWER', targetId: bAnswer, body: 'ありがとうございます。' } });
  await ok(cb, ADD_COMMENT, { i: { targetType: 'ANSWER', targetId: pAnswer, body: 'なるほど！' } });
  await ok(cb, REACT, { i: { targetType: 'ANSWER', targetId: pAnswer, stamp: 'HELPFUL' } });
  await ok(cb, REACT, { i: { targetType: 'COMMENT', targetId: pComment, stamp: 'CHEER' } });
  await ok(cb, REACT, { i: { targetType: 'POST', targetId: q1, stamp: 'CHEER' } });
  await ok(p, REACT, { i: { targetType: 'ANSWER', targetId: bAnswer, stamp: 'THANKS' } });
  await ok(p, ACCEPT, { id: pAnswer });
  // The asker edits their question and their own answer: the edit history (編集履歴) must not tell who asked either.
  await ok(p, 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', { i: { id: q1, body: '原因の調べ方は？（Windows 更新後から）' } });
  await ok(p, 'mutation($i: UpdateAnswerInput!) { updateAnswer(input: $i) { id } }', {
    i: { id: pAnswer, body: '自己解決しました。スリープ設定とタスクの再実行でした。' },
  });

  // 2. A second question where the asker accepts someone else's answer.
  const q2 = (
    await ok(p, CREATE_POST, { i: { kind: 'QUESTION', title: 'AI-OCRの読取精度を上げたい', body: '手書きの申請書です。', tags: ['AI-OCR'], anonymous } })
  ).createPost.id;
  posts.push(q2);
  const b2 = (await ok(cb, CREATE_ANSWER, { i: { postId: q2, body: '帳票の枠を太くすると上がります。' } })).createAnswer.id;
  await ok(p, ACCEPT, { id: b2 });

  // 3. The DX office's work reaches the thread: featured, in a collection, an official answer;
  //    the asker reports an answer in their own thread and a colleague reports the asker's.
  const cdx = await login(dx);
  const cc = await login(c);
  await ok(cdx, 'mutation($id: ID!) { featurePost(postId: $id, note: "よい質問") { id } }', { id: q1 });
  const collectionId = (await ok(cdx, 'mutation { createCollection(input: { title: "RPAのまとめ" }) { id } }', {})).createCollection.id;
  await ok(cdx, 'mutation($c: ID!, $p: ID!) { addToCollection(collectionId: $c, postId: $p) { id } }', { c: collectionId, p: q1 });
  await ok(cdx, 'mutation($id: ID!) { markOfficialAnswer(answerId: $id, note: "公式の手順です") { id } }', { id: pAnswer });
  const REPORT = 'mutation($i: ReportInput!) { report(input: $i) { id } }';
  await ok(p, REPORT, { i: { targetType: 'ANSWER', targetId: bAnswer, reason: 'OTHER', note: '古い手順です' } });
  await ok(cc, REPORT, { i: { targetType: 'ANSWER', targetId: pAnswer, reason: 'INAPPROPRIATE' } });

  return {
    t,
    ids: { a, d, b, c, m, dx, admin },
    clients: { c: cc, m: await login(m), dx: cdx, admin: await login(admin) },
    posts,
    collections: [collectionId],
  };
}

/** Values for arguments, by name, in a world. Unknown required arguments fail the test: classify them. */
/** The current 年度 (JST). */
const FY = fiscalYear();

function argValues(w: World): Record<string, unknown[]> {
  const users = [w.ids.a, w.ids.d, w.ids.b].map((u) => String(u.id));
  const filters = [...users.map((authorId) => ({ authorId })), ...[w.ids.a, w.ids.d, w.ids.b].map((u) => ({ departmentId: String(u.departmentId) }))];
  return {
    'posts.filter': [undefined, ...filters],
    'search.filter': [undefined, ...filters],
    'post.id': w.posts,
    'user.id': users,
    'skillRecord.userId': users,
    'search.query': ['RPA', 'AI-OCR', 'シナリオ'],
    'similarPosts.title': ['RPAのシナリオが止まる'],
    'experts.skillCode': ['RPA_AI_OCR'],
    'experts.tag': ['RPA'],
    'badge.code': ['FIRST_ANSWER', 'FIRST_ACCEPTED_ANSWER'],
    'tags.prefix': ['R', 'A'],
    'contributionStats.input': [{ fiscalYear: FY }, ...[w.ids.a, w.ids.d, w.ids.b].map((u) => ({ fiscalYear: FY, departmentId: String(u.departmentId) }))],
    'leaderboard.fiscalYear': [FY],
    'collection.id': w.collections,
    'impactSummary.fiscalYear': [FY],
    'tag.name': ['RPA', 'AI-OCR'],
    'reports.status': [undefined, 'OPEN', 'RESOLVED'],
  };
}

/** A selection set for a type, every field, `depth` levels of objects deep. */
function selection(types: Map<string, SchemaType>, typeName: string, depth: number): string {
  const type = types.get(typeName);
  if (!type?.fields) return '';
  const parts: string[] = [];
  for (const f of type.fields) {
    if (f.name.startsWith('__')) continue;
    // nested fields with required arguments would need values we do not have here
    if (f.args.some((a) => required(a.type) && a.defaultValue === null)) continue;
    const inner = named(f.type);
    if (inner.kind === 'OBJECT') {
      if (depth <= 1) continue;
      const sub = selection(types, inner.name!, depth - 1);
      if (sub) parts.push(`${f.name} { ${sub} }`);
    } else parts.push(f.name);
  }
  return parts.join(' ');
}

/** A GraphQL literal: strings quoted, input objects as `{ key: value }`. */
function literal(v: unknown): string {
  if (v && typeof v === 'object')
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${literal(x)}`)
      .join(', ')} }`;
  return JSON.stringify(v);
}

function normalise(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v)
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
      .replace(/user\d+@test\.banso\.example/g, '<email>')
      .replace(/\/uploads\/[A-Za-z0-9_-]{22}/g, '/uploads/<id>')
      // the @mention handle is the e-mail's local part (user<n>), numbered like the e-mail
      .replace(/"mentionName":"user\d+"/g, '"mentionName":"<mention>"')
      .replace(/"code":"dep-\d+"/g, '"code":"<department code>"')
      .replace(/"(cursor|endCursor)":"[^"]*"/g, '"$1":"<cursor>"'),
  );
}

/** Every read path, for every observer, as JSON. */
async function readEverything(w: World, types: Map<string, SchemaType>, queryFields: SchemaField[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const values = argValues(w);
  for (const root of queryFields) {
    if (NOT_A_PERSON_READ_PATH[root.name]) continue;
    const inner = named(root.type);
    // Arguments: every combination of known values for the required ones, defaults otherwise.
    let combos: Record<string, unknown>[] = [{}];
    for (const a of root.args) {
      const known = values[`${root.name}.${a.name}`];
      if (known) combos = combos.flatMap((c) => known.map((v) => ({ ...c, [a.name]: v })));
      else if (required(a.type) && a.defaultValue === null)
        throw new Error(`classify ${root.name}(${a.name}): no test value and not in NOT_A_PERSON_READ_PATH`);
    }
    // The widest selection that fits the query limits (cost and depth are enforced for tests too).
    for (const combo of combos) {
      const argText = Object.entries(combo)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}: ${literal(v)}`)
        .join(', ');
      for (const [who, client] of Object.entries(w.clients)) {
        let result: unknown = null;
        for (const depth of [4, 3, 2, 1]) {
          const sel = inner.kind === 'OBJECT' ? `{ ${selection(types, inner.name!, depth)} }` : '';
          const r = await client.gql(`{ ${root.name}${argText ? `(${argText})` : ''} ${sel} }`);
          const limited = (r.errors ?? []).some((e) => /クエリが大きすぎます|クエリが長すぎます|入れ子が深すぎます/.test(e.message));
          if (limited) continue;
          result = { data: r.data, errors: (r.errors ?? []).map((e) => `${e.extensions?.code} ${(e as any).path?.join('.') ?? ''}`) };
          break;
        }
        expect(result).not.toBeNull();
        out[`${who} ${root.name}(${argText})`] = normalise(result);
      }
    }
  }
  for (const [who, client] of Object.entries(w.clients)) {
    const csv = await client.agent.get('/export/skill-records.csv');
    out[`${who} GET /export/skill-records.csv`] = { status: csv.status, body: normalise(csv.text) };
  }
  return out;
}

function differences(x: Record<string, unknown>, y: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

describe('anonymity over every read path (generated from the schema)', () => {
  let types: Map<string, SchemaType>;
  let queryFields: SchemaField[];

  async function compare(anonymous: boolean) {
    const worlds: World[] = [];
    const reads: Record<string, unknown>[] = [];
    try {
      for (const asker of ['a', 'd'] as const) {
        const w = await buildWorld(asker, anonymous);
        worlds.push(w);
        if (!types) {
          const s = (await w.clients.c.gql(INTROSPECTION)).data.__schema;
          types = new Map((s.types as SchemaType[]).map((t) => [t.name, t]));
          queryFields = types.get(s.queryType.name)!.fields!;
        }
        reads.push(await readEverything(w, types, queryFields));
      }
    } finally {
      for (const w of worlds) await w.t.close();
    }
    const diff = differences(reads[0], reads[1]);
    if (process.env.ANONYMITY_DEBUG) for (const k of diff.slice(0, 3)) console.log(k, JSON.stringify(reads[0][k]), '\n≠', JSON.stringify(reads[1][k]));
    return { diff, reads };
  }

  it('an anonymous asker cannot be told apart on any read path, by a colleague, a manager, the DX office or an admin', async () => {
    const { diff, reads } = await compare(true);
    expect(diff).toEqual([]);
    // The comparison covered something: many root fields for every observer, and the thread's
    // answers and comments were read with their authors.
    expect(Object.keys(reads[0]).length).toBeGreaterThan(60);
    const thread = JSON.stringify(reads[0]['c post(id: "1")']);
    expect(thread).toContain('"byAnonymousAsker":true');
    expect(thread).toContain('"displayName":"職員 B"');
    // …including the edit history, where the asker's edits read 「匿名の質問者」
    expect(thread).toContain('"editorLabel":"匿名の質問者"');
    expect(thread).toContain('原因の調べ方は？（Windows 更新後から）');
  }, 120_000);

  it('control: with a named question the same reads do tell the askers apart (so the test above would catch a leak)', async () => {
    const { diff } = await compare(false);
    if (process.env.ANONYMITY_DEBUG) console.log(diff.join('\n'));
    const seen = (pattern: RegExp) => diff.filter((k) => pattern.test(k));
    // authors on the post, its answers and comments; the people's counts, badges, skill records and evidence
    expect(seen(/^c post\(/).length).toBeGreaterThan(0);
    expect(seen(/^c user\(/).length).toBeGreaterThan(0);
    expect(seen(/^m skillRecord\(/).length).toBeGreaterThan(0);
    expect(seen(/ badges?\(/).length).toBeGreaterThan(0);
    expect(seen(/^c experts\(/).length).toBeGreaterThan(0);
    expect(seen(/^c search\(/).length).toBeGreaterThan(0);
    expect(seen(/^m teamSkillRecords/).length).toBeGreaterThan(0);
    expect(seen(/^(m|dx|admin) GET \/export\/skill-records\.csv/).length).toBeGreaterThan(0);
    expect(seen(/^dx post\(/).length).toBeGreaterThan(0);
  }, 120_000);
});
