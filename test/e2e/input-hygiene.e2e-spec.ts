import { type Client, codes, CREATE_POST, type GqlResult, question, TestApp, type TestUser } from '../support/test-app';

/**
 * Input hygiene over GraphQL: bidi overrides, line breaks and invisible-only text in titles,
 * names and tags; `first` outside 0…100 on every list; explicit null for fields that cannot
 * be null; certification evidence; who sees a current certification's note and evidence.
 * Every refusal is BAD_USER_INPUT with a Japanese message, and nothing is written.
 */

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;
/** The nine bidi embeddings, overrides and isolates. */
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
const LINE_BREAKS: [string, string][] = [
  ['LF', '\n'],
  ['CR', '\r'],
  ['CRLF', '\r\n'],
  ['U+2028', '\u2028'],
];
const INVISIBLE_ONLY: [string, string][] = [
  ['zero-width space', '\u200B'],
  ['ZWNJ + ZWJ', '\u200C\u200D'],
  ['word joiner + BOM', '\u2060\uFEFF'],
  ['Hangul fillers', '\u3164\u115F\u1160'],
  ['ideographic spaces around a ZWSP', '\u3000\u200B\u3000'],
];

/** Every table an input-hygiene refusal must leave alone. */
const TABLES = ['post', 'post_revision', 'post_tag', 'tag', 'skill', 'tag_skill', 'badge', 'badge_award', 'search_synonym_group', 'certification_event'];

function expectRefused(r: GqlResult, field?: string) {
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  const e = r.errors![0];
  expect(e.message).toMatch(JAPANESE);
  expect(JSON.stringify(e)).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|TypeError|at \//);
  if (field) expect(e.extensions?.field).toBe(field);
}

describe('input hygiene', () => {
  let t: TestApp;
  let staff: { user: TestUser; client: Client };
  let dx: { user: TestUser; client: Client };
  const counts = () => Object.fromEntries(TABLES.map((tb) => [tb, t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tb}`)!.n]));

  /** Runs a request that must be refused and checks nothing was written anywhere. */
  const refusedWithoutWrites = async (c: Client, query: string, vars: Record<string, unknown>, field?: string) => {
    const before = counts();
    const r = await c.gql(query, vars);
    expectRefused(r, field);
    expect(counts()).toEqual(before);
    return r;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signedIn();
    dx = await t.signedIn({ role: 'DX_OFFICE' });
  });
  afterAll(() => t.close());

  describe('post titles and tags', () => {
    const UPDATE_POST = 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id title tags { name } } }';
    const titleOf = (id: string) => t.db.get<{ title: string }>('SELECT title FROM post WHERE id = ?', [Number(id)])!.title;

    it.each(BIDI.map((c) => [hex(c), c]))('refuses a title with the bidi control %s on create and on edit', async (_h, c) => {
      await refusedWithoutWrites(staff.client, CREATE_POST, { i: question({ title: `請求書${c}fdp.exe の開き方` }) }, 'title');
      const id = (await staff.client.gql(CREATE_POST, { i: question({ title: `表示順のテスト ${hex(c)}` }) })).data.createPost.id;
      await refusedWithoutWrites(staff.client, UPDATE_POST, { i: { id, title: `${c}書き換え` } }, 'title');
      expect(titleOf(id)).toBe(`表示順のテスト ${hex(c)}`);
    });

    it.each(LINE_BREAKS)('refuses a line break (%s) inside a title, on create and on edit', async (_n, br) => {
      await refusedWithoutWrites(staff.client, CREATE_POST, { i: question({ title: `一行目${br}二行目` }) }, 'title');
      const id = (await staff.client.gql(CREATE_POST, { i: question({ title: '改行のない題名' }) })).data.createPost.id;
      await refusedWithoutWrites(staff.client, UPDATE_POST, { i: { id, title: `改行${br}あり` } }, 'title');
      expect(titleOf(id)).toBe('改行のない題名');
    });

    it.each(INVISIBLE_ONLY)('refuses a title made only of invisible characters (%s)', async (_n, v) => {
      await refusedWithoutWrites(staff.client, CREATE_POST, { i: question({ title: v }) }, 'title');
    });

    it('still accepts an ordinary title, trimming a pasted trailing newline', async () => {
      const r = await staff.client.gql(CREATE_POST, { i: question({ title: '窓口の申請書をオンライン化したい（LoGoフォーム）\r\n', tags: ['LoGoフォーム'] }) });
      expect(r.errors).toBeUndefined();
      expect(r.data.createPost).toMatchObject({ title: '窓口の申請書をオンライン化したい（LoGoフォーム）', tags: [{ name: 'LoGoフォーム' }] });
    });

    it.each([
      ['a bidi override', 'RPA\u202E'],
      ['a bidi isolate', '\u2066kintone\u2069'],
      ['a line break inside', 'AI\nOCR'],
      ['only invisible characters', '\u200B\u200B'],
    ])('refuses a tag with %s on create and on edit, leaving the tags as they were', async (_n, tag) => {
      await refusedWithoutWrites(staff.client, CREATE_POST, { i: question({ tags: ['RPA', tag] }) }, 'tags');
      const id = (await staff.client.gql(CREATE_POST, { i: question({ tags: ['RPA'] }) })).data.createPost.id;
      await refusedWithoutWrites(staff.client, UPDATE_POST, { i: { id, tags: [tag] } }, 'tags');
      const tags = t.db.all<{ label: string }>('SELECT t.label FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = ?', [Number(id)]);
      expect(tags.map((x) => x.label)).toEqual(['RPA']);
    });
  });

  describe('names: skills, badges, synonym terms, tag mappings', () => {
    const CREATE_SKILL = 'mutation($i: CreateSkillInput!) { createSkill(input: $i) { id code name } }';
    const UPDATE_SKILL = 'mutation($i: UpdateSkillInput!) { updateSkill(input: $i) { id name summary retired } }';
    const CREATE_BADGE = 'mutation($i: CreateBadgeInput!) { createBadge(input: $i) { code name } }';
    const CREATE_SYN = 'mutation($t: [String!]!) { createSearchSynonymGroup(terms: $t) { id terms } }';
    const UPDATE_SYN = 'mutation($id: ID!, $t: [String!]!) { updateSearchSynonymGroup(id: $id, terms: $t) { id terms } }';
    const SET_TAG_SKILL = 'mutation($i: TagSkillInput!) { setTagSkill(input: $i) { tag skill { code } weight } }';
    const BAD_NAMES: [string, string][] = [
      ['a bidi override', '生成AI\u202E活用'],
      ['a bidi isolate', '\u2067生成AI活用\u2069'],
      ['a line break', '生成AI\n活用'],
      ['a CR', '生成AI\r活用'],
      ['only invisible characters', '\u200B\u3164'],
    ];
    let n = 0;
    const code = (prefix: string) => `${prefix}_${++n}`;

    it.each(BAD_NAMES)('refuses a skill name with %s (create and rename)', async (_n, name) => {
      await refusedWithoutWrites(dx.client, CREATE_SKILL, { i: { code: code('HYGIENE'), name } }, 'name');
      const skill = (await dx.client.gql(CREATE_SKILL, { i: { code: code('HYGIENE'), name: '正しいスキル名' } })).data.createSkill;
      await refusedWithoutWrites(dx.client, UPDATE_SKILL, { i: { id: skill.id, name } }, 'name');
      expect(t.db.get<{ name: string }>('SELECT name FROM skill WHERE id = ?', [Number(skill.id)])!.name).toBe('正しいスキル名');
    });

    it('refuses a one-line skill summary with a line break or a bidi control', async () => {
      await refusedWithoutWrites(dx.client, CREATE_SKILL, { i: { code: code('HYGIENE'), name: '説明つき', summary: '一行目\n二行目' } }, 'summary');
      await refusedWithoutWrites(dx.client, CREATE_SKILL, { i: { code: code('HYGIENE'), name: '説明つき', summary: '\u202Eevil' } }, 'summary');
    });

    it.each(BAD_NAMES)('refuses a badge name with %s', async (_n, name) => {
      await refusedWithoutWrites(dx.client, CREATE_BADGE, { i: { code: code('HYGIENE_BADGE'), name, description: '表彰', tier: 'GOLD' } }, 'name');
    });

    it('refuses a badge description or citation with a bidi control (line breaks are fine there)', async () => {
      await refusedWithoutWrites(
        dx.client,
        CREATE_BADGE,
        { i: { code: code('HYGIENE_BADGE'), name: '表彰', description: '庁内\u2066DX\u2069アワード', tier: 'GOLD' } },
        'description',
      );
      const badgeCode = code('HYGIENE_BADGE');
      const ok = await dx.client.gql(CREATE_BADGE, { i: { code: badgeCode, name: 'DXアワード', description: '一行目\n二行目', tier: 'GOLD' } });
      expect(ok.errors).toBeUndefined();
      const GRANT = 'mutation($i: GrantBadgeInput!) { grantBadge(input: $i) { id } }';
      await refusedWithoutWrites(dx.client, GRANT, { i: { badgeCode, userId: String(staff.user.id), citation: '窓口改善\u202E' } }, 'citation');
      await refusedWithoutWrites(
        dx.client,
        GRANT,
        { i: { badgeCode, userId: String(staff.user.id), citation: '窓口改善', awardKey: '2026\n2027' } },
        'awardKey',
      );
    });

    it.each(BAD_NAMES)('refuses a synonym term with %s (create and update)', async (_n, term) => {
      await refusedWithoutWrites(dx.client, CREATE_SYN, { t: ['マイナンバー', term] }, 'terms');
      const g = (await dx.client.gql(CREATE_SYN, { t: [`ふるさと納税${n}`, `ふるさと寄附${++n}`] })).data.createSearchSynonymGroup;
      await refusedWithoutWrites(dx.client, UPDATE_SYN, { id: g.id, t: ['寄附金', term] }, 'terms');
      expect((await dx.client.gql('{ searchSynonyms { id terms } }')).data.searchSynonyms).toContainEqual({ id: g.id, terms: g.terms });
    });

    it('refuses a tag → skill mapping whose tag has a bidi control, a line break or nothing visible', async () => {
      for (const tag of ['Chat\u202EGPT', 'Chat\nGPT', '\u200B']) {
        await refusedWithoutWrites(dx.client, SET_TAG_SKILL, { i: { tag, skillCode: 'RPA_AI_OCR', weight: 1 } }, 'tag');
      }
    });
  });

  describe('first is 0…100 on every list', () => {
    let postId: string;
    beforeAll(async () => {
      postId = (await staff.client.gql(CREATE_POST, { i: question({ title: 'RPAの野良ロボット対策', tags: ['RPA'] }) })).data.createPost.id;
    });
    const LISTS: [string, string][] = [
      ['experts', '{ experts(skillCode: "RPA_AI_OCR", first: $n) { points } }'],
      ['experts by tag', '{ experts(tag: "RPA", first: $n) { points } }'],
      ['badge holders', '{ badge(code: "FIRST_QUESTION") { holders(first: $n) { id } } }'],
      ['similarPosts', '{ similarPosts(title: "RPAのロボット", first: $n) { id } }'],
      ['relatedPosts', '{ post(id: "$post") { relatedPosts(first: $n) { id } } }'],
      ['a person’s answers', '{ me { answers(first: $n) { id } } }'],
      ['search', '{ search(query: "RPA", first: $n) { edges { cursor } } }'],
      ['posts', '{ posts(first: $n) { edges { cursor } } }'],
    ];
    const run = (q: string, n: number) => staff.client.gql(q.replace('$n', String(n)).replace('$post', postId));

    it.each(LISTS.flatMap(([name, q]) => [-1, -100, 101, 1000].map((n) => [name, n, q] as [string, number, string])))(
      '%s(first: %i) is BAD_USER_INPUT, never clamped',
      async (_name, n, q) => {
        const r = await run(q, n);
        // Refused before any work (the query limits check every `first`), and by pageSize() in
        // the services for callers that do not come through GraphQL.
        expectRefused(r);
        expect(r.errors![0].message).toBe('first は0〜100で指定してください。');
      },
    );

    it.each(LISTS)('%s accepts 0 and 100', async (_name, q) => {
      expect((await run(q, 0)).errors).toBeUndefined();
      expect((await run(q, 100)).errors).toBeUndefined();
    });

    it('first: 0 returns nothing rather than one item', async () => {
      expect((await run(LISTS[2][1], 0)).data.badge.holders).toEqual([]);
      expect((await run(LISTS[3][1], 0)).data.similarPosts).toEqual([]);
    });
  });

  describe('explicit null for a field that cannot be null', () => {
    const UPDATE_SKILL = 'mutation($i: UpdateSkillInput!) { updateSkill(input: $i) { id name summary retired } }';
    const skillRow = (id: string) =>
      t.db.get<{ name: string; summary: string | null; retired_at: string | null; updated_at: string }>(
        'SELECT name, summary, retired_at, updated_at FROM skill WHERE id = ?',
        [Number(id)],
      )!;
    let skillId: string;

    beforeAll(async () => {
      const r = await dx.client.gql('mutation { createSkill(input: { code: "NULL_CHECK", name: "ヌル確認", summary: "説明" }) { id } }');
      skillId = r.data.createSkill.id;
    });

    it('updateSkill(name: null) is BAD_USER_INPUT and changes nothing, even with other valid fields', async () => {
      const before = skillRow(skillId);
      await refusedWithoutWrites(dx.client, UPDATE_SKILL, { i: { id: skillId, name: null } }, 'name');
      await refusedWithoutWrites(dx.client, UPDATE_SKILL, { i: { id: skillId, name: null, summary: '変えたい説明', retired: true } }, 'name');
      // As a literal in the document, too.
      expectRefused(await dx.client.gql(`mutation { updateSkill(input: { id: "${skillId}", name: null }) { id } }`), 'name');
      expect(skillRow(skillId)).toEqual(before);
    });

    it('retired: null does not restore a retired skill', async () => {
      expect((await dx.client.gql(UPDATE_SKILL, { i: { id: skillId, retired: true } })).data.updateSkill.retired).toBe(true);
      const before = skillRow(skillId);
      await refusedWithoutWrites(dx.client, UPDATE_SKILL, { i: { id: skillId, retired: null } }, 'retired');
      expectRefused(await dx.client.gql(`mutation { updateSkill(input: { id: "${skillId}", retired: null }) { id } }`), 'retired');
      expect(skillRow(skillId)).toEqual(before);
      const listed = (await dx.client.gql('{ skills(includeRetired: true) { id retired } }')).data.skills.find((s: any) => s.id === skillId);
      expect(listed).toEqual({ id: skillId, retired: true });
    });

    it('absent fields stay as they are; summary: null clears the optional summary', async () => {
      const r = await dx.client.gql(UPDATE_SKILL, { i: { id: skillId, summary: null } });
      expect(r.errors).toBeUndefined();
      expect(r.data.updateSkill).toEqual({ id: skillId, name: 'ヌル確認', summary: null, retired: true });
      expect((await dx.client.gql(UPDATE_SKILL, { i: { id: skillId, retired: false } })).data.updateSkill).toMatchObject({ name: 'ヌル確認', retired: false });
    });

    it('setTagSkill(weight: null) is refused instead of silently becoming 1', async () => {
      await refusedWithoutWrites(
        dx.client,
        'mutation($i: TagSkillInput!) { setTagSkill(input: $i) { tag } }',
        { i: { tag: 'ヌル重み', skillCode: 'RPA_AI_OCR', weight: null } },
        'weight',
      );
    });
  });

  describe('certification evidence', () => {
    const GRANT = 'mutation($i: GrantCertificationInput!) { grantCertification(input: $i) { tier note evidence } }';
    const grant = (userId: number, evidence: string[], tier = 'ADVISOR') => ({
      i: { userId: String(userId), tier, fiscalYear: 2026, note: 'RPA導入の報告会で評価A', evidence },
    });

    it.each([
      '/\\evil.example/x',
      '//evil.example/x',
      '\\\\evil.example\\x',
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'https:/\\evil.example',
      'https://intra.example\\@evil.example',
      'https://user:pass@evil.example/',
      '/users/5',
      '/posts/42/../../logout',
      'posts/42',
      'ftp://files.example/x',
      'https://intra.example/\u202Egpj.exe',
    ])('refuses %j and records nothing', async (bad) => {
      const person = await t.newUser();
      await refusedWithoutWrites(dx.client, GRANT, grant(person.id, ['/posts/1', bad]), 'evidence');
    });

    it('accepts post ids, /posts/<id>, /posts/<id>#answer-<id> and http(s) URLs, stored as typed (trimmed)', async () => {
      const person = await t.newUser();
      const evidence = ['42', '/posts/42', '/posts/42#answer-7', 'https://intra.city.example/reports/dx.pdf', ' http://192.168.0.10:8080/wiki?page=DX '];
      const r = await dx.client.gql(GRANT, grant(person.id, evidence));
      expect(r.errors).toBeUndefined();
      expect(r.data.grantCertification[0].evidence).toEqual([...evidence.slice(0, 4), 'http://192.168.0.10:8080/wiki?page=DX']);
    });

    it('refuses a note with a bidi control', async () => {
      const person = await t.newUser();
      await refusedWithoutWrites(dx.client, GRANT, { i: { ...grant(person.id, []).i, note: '評価A\u202E' } }, 'note');
    });
  });

  describe('a current certification’s note and evidence follow certificationHistory’s visibility', () => {
    const PUBLIC = 'query($id: ID!) { user(id: $id) { certifications { tier fiscalYear note evidence } } }';
    const RECORD = 'query($id: ID!) { skillRecord(userId: $id) { certifications { tier note evidence } certificationHistory { note evidence } } }';
    let holder: { user: TestUser; client: Client };
    let viewers: Record<string, Client>;

    beforeAll(async () => {
      const dept = t.newDepartment('市民課');
      holder = await t.signedIn({ departmentId: dept });
      viewers = {
        self: holder.client,
        'manager of the department': (await t.signedIn({ role: 'MANAGER', manages: [dept] })).client,
        'DX office': dx.client,
        admin: (await t.signedIn({ role: 'ADMIN' })).client,
        'a colleague in the same department': (await t.signedIn({ departmentId: dept })).client,
        'another department’s manager': (await t.signedIn({ role: 'MANAGER', manages: [t.newDepartment()] })).client,
        'other staff': staff.client,
      };
      const r = await dx.client.gql('mutation($i: GrantCertificationInput!) { grantCertification(input: $i) { tier } }', {
        i: { userId: String(holder.user.id), tier: 'EXPERT', fiscalYear: 2026, note: '人事評価に関わる内部メモ', evidence: ['/posts/42#answer-7'] },
      });
      expect(r.errors).toBeUndefined();
    });

    it('shows note and evidence exactly to those who see the history; others get the tier with note and evidence null', async () => {
      const seen: Record<string, { history: boolean; details: boolean }> = {};
      for (const [who, c] of Object.entries(viewers)) {
        const rec = await c.gql(RECORD, { id: String(holder.user.id) });
        const history = !rec.errors && rec.data.skillRecord.certificationHistory.some((h: any) => h.note === '人事評価に関わる内部メモ');
        const pub = await c.gql(PUBLIC, { id: String(holder.user.id) });
        expect(pub.errors).toBeUndefined();
        const [cert] = pub.data.user.certifications;
        expect(cert).toMatchObject({ tier: 'EXPERT', fiscalYear: 2026 });
        const details = cert.note !== null;
        if (details) expect(cert).toEqual({ tier: 'EXPERT', fiscalYear: 2026, note: '人事評価に関わる内部メモ', evidence: ['/posts/42#answer-7'] });
        else expect(cert).toEqual({ tier: 'EXPERT', fiscalYear: 2026, note: null, evidence: null });
        seen[who] = { history, details };
      }
      expect(seen).toEqual({
        self: { history: true, details: true },
        'manager of the department': { history: true, details: true },
        'DX office': { history: true, details: true },
        admin: { history: true, details: true },
        'a colleague in the same department': { history: false, details: false },
        'another department’s manager': { history: false, details: false },
        'other staff': { history: false, details: false },
      });
    });

    it('the record itself (for those allowed) carries note and evidence on the current certification', async () => {
      const r = await viewers['manager of the department'].gql(RECORD, { id: String(holder.user.id) });
      expect(r.data.skillRecord.certifications).toEqual([{ tier: 'EXPERT', note: '人事評価に関わる内部メモ', evidence: ['/posts/42#answer-7'] }]);
    });

    it('signed out, the profile query is refused as before (no certification details leak)', async () => {
      const r = await t.client().gql(PUBLIC, { id: String(holder.user.id) });
      expect(JSON.stringify(r.data ?? null)).not.toContain('内部メモ');
    });
  });
});
