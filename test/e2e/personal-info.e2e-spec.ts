import { ADD_COMMENT, codes, CREATE_ANSWER, CREATE_POST, question, TestApp } from '../support/test-app';

/**
 * The personal-information guard and drafts over HTTP (#13): a post with a valid マイナンバー is
 * refused with PERSONAL_INFO_SUSPECTED (masked findings, nothing written) and accepted with
 * acknowledgeWarnings (one audit row with the kinds only); an invalid check digit is not
 * flagged; the word list and the guidelines are the DX office's; drafts are private to their
 * owner and disappear when published.
 */
describe('personal-information guard', () => {
  let t: TestApp;
  const VALID = '1234 5678 9018';
  const INVALID = '1234 5678 9012';

  beforeAll(async () => {
    t = await TestApp.start({ OUTBOX_POLL: 'off' });
  });
  afterAll(async () => {
    await t.close();
  });

  const posts = () => t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM post')!.n;
  const overrides = () =>
    t.db.all<{ actor_id: number | null; target_type: string; target_id: number; detail: string }>(
      "SELECT actor_id, target_type, target_id, detail FROM audit_log WHERE action = 'PERSONAL_INFO_WARNING_OVERRIDDEN' ORDER BY id",
    );

  it('refuses a post with a valid マイナンバー, names what it found (masked), and writes nothing', async () => {
    const { client } = await t.signedIn();
    const before = posts();
    const r = await client.gql(CREATE_POST, { i: question({ body: `申請者の個人番号は ${VALID} です。連絡先 090-1234-5678` }) });
    expect(codes(r)).toEqual(['PERSONAL_INFO_SUSPECTED']);
    const e = r.errors![0];
    expect(e.message).toContain('マイナンバー');
    expect(e.message).toContain('電話番号');
    expect(e.message).not.toContain('9018');
    expect(e.message).not.toContain('5678');
    expect(e.extensions!.findings).toEqual([
      { kind: 'MY_NUMBER', excerpt: '**** **** **18' },
      { kind: 'PHONE', excerpt: '***-****-**78' },
    ]);
    expect(posts()).toBe(before);
    expect(overrides()).toHaveLength(0);
  });

  it('accepts the same post with acknowledgeWarnings and records the override (kinds only) in the audit log', async () => {
    const { user, client } = await t.signedIn();
    const r = await client.gql(CREATE_POST, { i: question({ body: `番号 ${VALID}`, acknowledgeWarnings: true }) });
    expect(r.errors).toBeUndefined();
    const rows = overrides();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: user.id, target_type: 'POST', target_id: Number(r.data.createPost.id) });
    expect(JSON.parse(rows[0].detail)).toEqual({ kinds: ['MY_NUMBER'], count: 1 });
    expect(rows[0].detail).not.toContain('1234');
  });

  it('an anonymous question overriding a warning is audited without naming the asker', async () => {
    const { client } = await t.signedIn();
    const r = await client.gql(CREATE_POST, { i: question({ anonymous: true, body: `番号 ${VALID}`, acknowledgeWarnings: true }) });
    expect(r.errors).toBeUndefined();
    const last = overrides().at(-1)!;
    expect(last.actor_id).toBeNull();
    expect(JSON.parse(last.detail)).toMatchObject({ anonymous: true });
  });

  it('does not flag twelve digits with an invalid check digit, nor an extension', async () => {
    const { client } = await t.signedIn();
    const r = await client.gql(CREATE_POST, { i: question({ body: `受付番号 ${INVALID}、内線1234 までどうぞ` }) });
    expect(r.errors).toBeUndefined();
  });

  it('screens answers, comments and edits the same way', async () => {
    const { client } = await t.signedIn();
    const post = (await client.gql(CREATE_POST, { i: question() })).data.createPost;
    const answer = await client.gql(CREATE_ANSWER, { i: { postId: post.id, body: 'yamada.taro@gmail.com に送ってください' } });
    expect(codes(answer)).toEqual(['PERSONAL_INFO_SUSPECTED']);
    // The city's own domain (here: the accounts' domain) is not a resident's address.
    expect((await client.gql(CREATE_ANSWER, { i: { postId: post.id, body: 'dx@test.banso.example に送ってください' } })).errors).toBeUndefined();
    const comment = await client.gql(ADD_COMMENT, { i: { targetType: 'POST', targetId: post.id, body: '茅ヶ崎市茅ヶ崎1-1-1 の方です' } });
    expect(codes(comment)).toEqual(['PERSONAL_INFO_SUSPECTED']);
    const edit = await client.gql('mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', { i: { id: post.id, body: `追記: ${VALID}` } });
    expect(codes(edit)).toEqual(['PERSONAL_INFO_SUSPECTED']);
    const acked = await client.gql('mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', {
      i: { id: post.id, body: `追記: ${VALID}`, acknowledgeWarnings: true },
    });
    expect(acked.errors).toBeUndefined();
    // A retag of the acknowledged post does not ask again (only changed text is screened).
    const retag = await client.gql('mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', { i: { id: post.id, tags: ['RPA'] } });
    expect(retag.errors).toBeUndefined();
  });

  it('the word list is edited by the DX office only (audited), read by everyone, and used by the check', async () => {
    const staff = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const admin = await t.signedIn({ role: 'ADMIN' });
    const UPDATE = 'mutation($w: [String!]!) { updateGuardWords(words: $w) { words staffEmailDomains wordsUpdatedAt } }';
    expect(codes(await staff.client.gql(UPDATE, { w: ['生活保護受給'] }))).toEqual(['FORBIDDEN']);
    expect(codes(await admin.client.gql(UPDATE, { w: ['生活保護受給'] }))).toEqual(['FORBIDDEN']);
    const r = await dx.client.gql(UPDATE, { w: ['生活保護受給', ' 生活保護受給 ', 'ＤＶ被害'] });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateGuardWords.words).toEqual(['生活保護受給', 'DV被害']);
    const read = await staff.client.gql('{ guardRules { words staffEmailDomains } }');
    expect(read.data.guardRules).toEqual({ words: ['生活保護受給', 'DV被害'], staffEmailDomains: ['test.banso.example'] });
    const post = await staff.client.gql(CREATE_POST, { i: question({ body: 'DV被害の相談対応について' }) });
    expect(codes(post)).toEqual(['PERSONAL_INFO_SUSPECTED']);
    expect(post.errors![0].extensions!.findings).toEqual([{ kind: 'WORD', excerpt: 'DV被害' }]);
    expect(t.db.get("SELECT 1 FROM audit_log WHERE action = 'GUARD_WORDS_UPDATED'")).toBeTruthy();
  });

  it('posting guidelines: a default text, edited by the DX office only, and seen once per person', async () => {
    const staff = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const READ = '{ postingGuidelines { body html updatedAt viewerHasSeen } }';
    const first = (await staff.client.gql(READ)).data.postingGuidelines;
    expect(first.body).toContain('個人情報');
    expect(first.html).toContain('<h2');
    expect(first.body).not.toMatch(/^#/);
    expect(first).toMatchObject({ updatedAt: null, viewerHasSeen: false });
    const UPDATE = 'mutation($b: String!) { updatePostingGuidelines(body: $b) { body html updatedAt } }';
    expect(codes(await staff.client.gql(UPDATE, { b: '# x' }))).toEqual(['FORBIDDEN']);
    const updated = await dx.client.gql(UPDATE, { b: '## ガイドライン\n\n住民の個人情報は書かないでください。<script>alert(1)</script>' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePostingGuidelines.html).toContain('住民の個人情報');
    expect(updated.data.updatePostingGuidelines.html).not.toContain('<script');
    expect(t.db.get("SELECT 1 FROM audit_log WHERE action = 'POSTING_GUIDELINES_UPDATED'")).toBeTruthy();
    const ack = await staff.client.gql('mutation { acknowledgeGuidelines { viewerHasSeen } }');
    expect(ack.data.acknowledgeGuidelines.viewerHasSeen).toBe(true);
    expect((await staff.client.gql(READ)).data.postingGuidelines.viewerHasSeen).toBe(true);
    expect((await dx.client.gql(READ)).data.postingGuidelines.viewerHasSeen).toBe(false);
  });
});

describe('drafts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ OUTBOX_POLL: 'off' });
  });
  afterAll(async () => {
    await t.close();
  });

  const SAVE =
    'mutation($i: DraftInput!) { saveDraft(input: $i) { id kind title body tags postId postTitle postKind anonymous caseDetails { problem tools } updatedAt } }';
  const LIST = '{ drafts { id kind title } }';
  const DISCARD = 'mutation($id: ID!) { discardDraft(id: $id) }';

  it('saves, updates, lists newest first and discards; a draft is not screened for personal information', async () => {
    const { client } = await t.signedIn();
    const a = (await client.gql(SAVE, { i: { kind: 'QUESTION', title: '書きかけ', body: '個人番号 123456789018 (メモ)' } })).data.saveDraft;
    expect(a).toMatchObject({ kind: 'QUESTION', title: '書きかけ', postId: null });
    const b = (await client.gql(SAVE, { i: { kind: 'CASE', title: '事例', body: '', caseDetails: { problem: '紙の申請', tools: ['kintone'] } } })).data
      .saveDraft;
    expect(b.caseDetails).toEqual({ problem: '紙の申請', tools: ['kintone'] });
    const a2 = (await client.gql(SAVE, { i: { id: a.id, kind: 'QUESTION', title: '書きかけ（続き）', body: '本文' } })).data.saveDraft;
    expect(a2.id).toBe(a.id);
    expect((await client.gql(LIST)).data.drafts.map((d: { id: string }) => d.id)).toEqual([a.id, b.id]);
    expect((await client.gql(DISCARD, { id: b.id })).data.discardDraft).toBe(true);
    expect((await client.gql(LIST)).data.drafts).toEqual([{ id: a.id, kind: 'QUESTION', title: '書きかけ（続き）' }]);
    expect(codes(await client.gql(SAVE, { i: { kind: 'QUESTION', title: '', body: '  ' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await client.gql(SAVE, { i: { kind: 'QUESTION', title: 'x'.repeat(151) } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is private: nobody else (not even the DX office) can read, update or discard it', async () => {
    const owner = await t.signedIn();
    const other = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const d = (await owner.client.gql(SAVE, { i: { kind: 'IDEA', title: '非公開のアイデア' } })).data.saveDraft;
    for (const c of [other.client, dx.client]) {
      expect((await c.gql(LIST)).data.drafts).toEqual([]);
      expect((await c.gql('query($id: ID!) { draft(id: $id) { id } }', { id: d.id })).data.draft).toBeNull();
      expect(codes(await c.gql(DISCARD, { id: d.id }))).toEqual(['NOT_FOUND']);
      expect(codes(await c.gql(SAVE, { i: { id: d.id, kind: 'IDEA', title: '上書き' } }))).toEqual(['NOT_FOUND']);
    }
    expect((await owner.client.gql('query($id: ID!) { draft(id: $id) { title } }', { id: d.id })).data.draft).toEqual({ title: '非公開のアイデア' });
    // Signed out: nothing. And a person's drafts cannot be read through their profile: `User` has no drafts.
    expect(codes(await t.client().gql(LIST))).toEqual(['UNAUTHENTICATED']);
    const viaProfile = await other.client.gql('query($id: ID!) { user(id: $id) { drafts { id } } }', { id: String(owner.user.id) });
    expect(viaProfile.errors?.[0]?.message).toContain('Cannot query field "drafts" on type "User"');
  });

  it('publishing removes the draft: a post from its draftId, an answer from its question', async () => {
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const draft = (await asker.client.gql(SAVE, { i: { kind: 'QUESTION', title: '下書きから投稿' } })).data.saveDraft;
    const post = (await asker.client.gql(CREATE_POST, { i: question({ draftId: draft.id }) })).data.createPost;
    expect((await asker.client.gql(LIST)).data.drafts).toEqual([]);

    const ad = (await answerer.client.gql(SAVE, { i: { kind: 'ANSWER', postId: post.id, body: '書きかけの回答' } })).data.saveDraft;
    expect(ad).toMatchObject({ postId: post.id, postTitle: post.title, postKind: 'QUESTION' });
    // One answer draft per question: saving again without an id updates it.
    const ad2 = (await answerer.client.gql(SAVE, { i: { kind: 'ANSWER', postId: post.id, body: '続き' } })).data.saveDraft;
    expect(ad2.id).toBe(ad.id);
    expect((await answerer.client.gql('query($p: ID!) { draft(postId: $p) { id body } }', { p: post.id })).data.draft).toEqual({ id: ad.id, body: '続き' });
    expect((await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答です' } })).errors).toBeUndefined();
    expect((await answerer.client.gql(LIST)).data.drafts).toEqual([]);
  });

  it('a reply being written to an idea knows it is on an idea (the SPA calls it a comment)', async () => {
    const author = await t.signedIn();
    const { client } = await t.signedIn();
    const idea = (await author.client.gql(CREATE_POST, { i: question({ kind: 'IDEA', title: '窓口の呼び出しをLINEで' }) })).data.createPost;
    const d = (await client.gql(SAVE, { i: { kind: 'ANSWER', postId: idea.id, body: '賛成です' } })).data.saveDraft;
    expect(d).toMatchObject({ kind: 'ANSWER', postId: idea.id, postTitle: '窓口の呼び出しをLINEで', postKind: 'IDEA' });
    expect((await client.gql('{ drafts { id postKind } }')).data.drafts).toEqual([{ id: d.id, postKind: 'IDEA' }]);
  });

  it('a refused publish keeps the draft', async () => {
    const { client } = await t.signedIn();
    const draft = (await client.gql(SAVE, { i: { kind: 'QUESTION', title: '番号入り', body: '123456789018' } })).data.saveDraft;
    expect(codes(await client.gql(CREATE_POST, { i: question({ body: '123456789018', draftId: draft.id }) }))).toEqual(['PERSONAL_INFO_SUSPECTED']);
    expect((await client.gql(LIST)).data.drafts).toHaveLength(1);
  });

  it('an answer draft needs a question that exists', async () => {
    const { client } = await t.signedIn();
    expect(codes(await client.gql(SAVE, { i: { kind: 'ANSWER', postId: '999999', body: 'x' } }))).toEqual(['NOT_FOUND']);
    expect(codes(await client.gql(SAVE, { i: { kind: 'QUESTION', postId: '1', body: 'x' } }))).toEqual(['BAD_USER_INPUT']);
  });
});
