import { fiscalYear } from '../../src/core/time/jst';
import { codes, CREATE_POST, TestApp } from '../support/test-app';

const RECORD = `mutation($i: AdoptionInput!) { recordAdoption(input: $i) { id status adoptedOn hoursSavedPerYear department { name } } }`;
const IMPACT = `query($fy: Int!) { impactSummary(fiscalYear: $fy) { totalHoursSaved byDepartment { label hoursSaved } cases { post { title } hoursSaved } } }`;
const newCase = (title: string, hours: number) => ({
  i: { kind: 'CASE', title, body: '本文', tags: ['窓口'], caseDetails: { problem: '課題', solution: '取組', effect: '効果', hoursSavedPerYear: hours } },
});

/** The DX office's API over HTTP (#10): who may do what, clear Japanese errors, and the impact CSV for Excel. */
describe('the DX office over HTTP', () => {
  let t: TestApp;
  const FY = fiscalYear();
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('featuring, adopting and the impact: a FORBIDDEN for staff, BAD_USER_INPUT with Japanese messages for bad input, and the figures add up', async () => {
    const madoguchi = t.newDepartment('市民課');
    const author = await t.signedIn({ departmentId: madoguchi });
    const adopter = await t.signedIn({ departmentId: t.newDepartment('子育て支援課') });
    const dx = await t.signedIn({ role: 'DX_OFFICE', departmentId: t.newDepartment('DX推進課') });
    const caseId = (await author.client.gql(CREATE_POST, newCase('書かない窓口', 300))).data.createPost.id;

    const feature = 'mutation($id: ID!) { featurePost(postId: $id, note: "待ち時間が半分に") { featured featuredNote } }';
    expect(codes(await adopter.client.gql(feature, { id: caseId }))).toEqual(['FORBIDDEN']);
    expect((await dx.client.gql(feature, { id: caseId })).data.featurePost).toEqual({ featured: true, featuredNote: '待ち時間が半分に' });

    const badHours = await adopter.client.gql(RECORD, { i: { postId: caseId, status: 'ADOPTED', hoursSavedPerYear: -5 } });
    expect(codes(badHours)).toEqual(['BAD_USER_INPUT']);
    expect(badHours.errors![0].message).toMatch(/0以上/);
    const badStatus = await adopter.client.gql(RECORD, { i: { postId: caseId, status: 'MAYBE' } });
    expect(badStatus.errors).toBeDefined();
    const ownDept = await author.client.gql(RECORD, { i: { postId: caseId, status: 'ADOPTED' } });
    expect(codes(ownDept)).toEqual(['BAD_USER_INPUT']);
    expect(ownDept.errors![0].message).toMatch(/投稿した部署自身/);
    const badDate = await adopter.client.gql(RECORD, { i: { postId: caseId, status: 'ADOPTED', adoptedOn: '2026-02-30' } });
    expect(badDate.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'adoptedOn' } });

    const adopted = await adopter.client.gql(RECORD, { i: { postId: caseId, status: 'ADOPTED', hoursSavedPerYear: 120, note: '=SUM(A1)' } });
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.recordAdoption).toMatchObject({ status: 'ADOPTED', hoursSavedPerYear: 120, department: { name: '子育て支援課' } });

    const impact = (await adopter.client.gql(IMPACT, { fy: FY })).data.impactSummary;
    expect(impact.totalHoursSaved).toBe(420);
    expect(impact.byDepartment).toEqual(
      expect.arrayContaining([
        { label: expect.stringContaining('市民課'), hoursSaved: 300 },
        { label: expect.stringContaining('子育て支援課'), hoursSaved: 120 },
      ]),
    );
    expect(impact.cases).toEqual([{ post: { title: '書かない窓口' }, hoursSaved: 420 }]);
  });

  it('the impact CSV is Excel-ready (BOM, CRLF, formula-safe) and needs a session', async () => {
    const signedOut = await t.client().agent.get(`/export/impact.csv?fiscalYear=${FY}`);
    expect(signedOut.status).toBe(401);
    const staff = await t.signedIn();
    const bad = await staff.client.agent.get('/export/impact.csv?fiscalYear=abc');
    expect(bad.status).toBe(400);
    const dep = t.newDepartment('=HYPERLINK("x")課');
    const author = await t.signedIn({ departmentId: dep });
    await author.client.gql(CREATE_POST, newCase('+式のような題名', 50));
    const res = await staff.client.agent
      .get(`/export/impact.csv?fiscalYear=${FY}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    const body = (res.body as Buffer).toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body).toContain('\r\n');
    expect(body.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(body).toContain(`"'=HYPERLINK(""x"")課"`);
    expect(body).toContain(`"'+式のような題名"`);
  });

  it('moderation: staff cannot read the queue or hide; bad input gets a Japanese BAD_USER_INPUT', async () => {
    const a = await t.signedIn();
    const b = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const postId = (await a.client.gql(CREATE_POST, { i: { kind: 'QUESTION', title: '通報のテスト', body: '本文' } })).data.createPost.id;
    expect(codes(await b.client.gql('{ reports { totalCount } }'))).toEqual(['FORBIDDEN']);
    const hide = 'mutation($i: ModerationInput!) { hideContent(input: $i) }';
    expect(codes(await b.client.gql(hide, { i: { targetType: 'POST', targetId: postId, reason: '理由' } }))).toEqual(['FORBIDDEN']);
    const noReason = await dx.client.gql(hide, { i: { targetType: 'POST', targetId: postId } });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0].message).toMatch(/理由を入力/);
    const missing = await b.client.gql('mutation($i: ReportInput!) { report(input: $i) { id } }', {
      i: { targetType: 'ANSWER', targetId: '999999', reason: 'SPAM' },
    });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const report = await b.client.gql('mutation($i: ReportInput!) { report(input: $i) { id status reason } }', {
      i: { targetType: 'POST', targetId: postId, reason: 'SPAM' },
    });
    expect(report.data.report).toMatchObject({ status: 'OPEN', reason: 'SPAM' });
    const counts = await dx.client.gql('{ moderationCounts { openReports hiddenContent } }');
    expect(counts.data.moderationCounts.openReports).toBeGreaterThanOrEqual(1);
  });
});
