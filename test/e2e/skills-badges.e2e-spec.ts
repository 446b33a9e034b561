import request from 'supertest';
import { type Viewer } from '../../src/core/auth/viewer';
import { AnswersService } from '../../src/modules/answers/answers.service';
import { BadgesService } from '../../src/modules/badges/badges.service';
import { CommentsService } from '../../src/modules/comments/comments.service';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { PostKind, ReactionTargetType, Stamp } from '../../src/modules/posts/content.enums';
import { PostsService } from '../../src/modules/posts/posts.service';
import { ReactionsService } from '../../src/modules/reactions/reactions.service';
import { ACCEPT, codes, CREATE_ANSWER, CREATE_POST, question, REACT, TestApp, UNACCEPT } from '../support/test-app';

const BADGES = '{ me { badges { badge { code tier } awardedAt reason } } }';
const RECORD = `query($id: ID!) { skillRecord(userId: $id) {
  totalPoints entries { skill { code } points level evidenceCount evidence { postId answerId accepted } trend { fiscalYear points } }
  roleGap { skill { code } } certifications { tier fiscalYear grantedAt } } }`;

describe('badges and the skill record (derived from the ledger)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const badgeCodes = async (c: Awaited<ReturnType<TestApp['signedIn']>>['client']) =>
    ((await c.gql(BADGES)).data.me.badges as { badge: { code: string } }[]).map((b) => b.badge.code).sort();
  const entry = (r: any, code: string) => r.data.skillRecord.entries.find((e: any) => e.skill.code === code);

  it('staff01 asks about RPA, staff02 answers and is accepted: FIRST_ACCEPTED_ANSWER and RPA_AI_OCR points in the record', async () => {
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const post = (await asker.client.gql(CREATE_POST, { i: question({ title: 'RPAの野良ロボット対策', tags: ['RPA'] }) })).data.createPost;
    expect(await badgeCodes(asker.client)).toEqual(['FIRST_QUESTION']);
    const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '台帳で管理しましょう' } })).data.createAnswer;
    const before = await answerer.client.gql(RECORD, { id: String(answerer.user.id) });
    expect(entry(before, 'RPA_AI_OCR')).toMatchObject({ points: 3, evidenceCount: 1 });

    await asker.client.gql(ACCEPT, { id: a.id });
    expect(await badgeCodes(answerer.client)).toEqual(['FIRST_ACCEPTED_ANSWER', 'FIRST_ANSWER']);
    const after = await answerer.client.gql(RECORD, { id: String(answerer.user.id) });
    expect(entry(after, 'RPA_AI_OCR')).toMatchObject({
      points: 18,
      level: 1,
      evidenceCount: 1,
      evidence: [{ postId: post.id, answerId: a.id, accepted: true }],
    });
    expect(after.data.skillRecord.entries[0].skill.code).toBe('RPA_AI_OCR');

    // Unaccepting takes the points back and revokes what no longer holds.
    await asker.client.gql(UNACCEPT, { id: post.id });
    expect(await badgeCodes(answerer.client)).toEqual(['FIRST_ANSWER']);
    expect(entry(await answerer.client.gql(RECORD, { id: String(answerer.user.id) }), 'RPA_AI_OCR')).toMatchObject({ points: 3, level: 0 });
  });

  it('shows the gap against the role category: REQUIRED skills without evidence', async () => {
    const me = await t.signedIn();
    const r = await me.client.gql(RECORD, { id: String(me.user.id) });
    // factory users are DIGITAL_USER: hachioji-2023 makes e.g. SECURITY_BASIC required for them
    const gap = r.data.skillRecord.roleGap.map((g: any) => g.skill.code);
    expect(gap).toContain('SECURITY_BASIC');
    expect(gap).not.toContain('STRATEGY');
  });

  it('caps the points from stamps per person, skill and day, so stamp rings gain little', async () => {
    const author = await t.signedIn();
    const post = (await author.client.gql(CREATE_POST, { i: question({ title: 'kintoneのアプリ設計', tags: ['kintone'] }) })).data.createPost;
    // The cap is per JST day: stamps sent one by one over HTTP around midnight JST would fall
    // on two days and legitimately not be capped together. All 8 are given at one instant.
    const at = new Date();
    const reactions = t.app.get(ReactionsService);
    for (let i = 0; i < 8; i++) {
      const fan = await t.newUser();
      reactions.react(
        { id: fan.id, role: fan.role, displayName: 'x', sessionId: '' },
        { targetType: ReactionTargetType.POST, targetId: post.id, stamp: Stamp.HELPFUL },
        at,
      );
    }
    // 2 for asking + stamps 8 × 2 = 16 capped at 10 for the day
    expect(entry(await author.client.gql(RECORD, { id: String(author.user.id) }), 'LOW_CODE').points).toBe(12);
  });

  it('shows the full record only to the person, their managers, the DX office and admins', async () => {
    const dep = t.newDepartment('窓口係');
    const other = t.newDepartment('税務課');
    const person = await t.signedIn({ departmentId: dep });
    const colleague = await t.signedIn({ departmentId: dep });
    const manager = await t.signedIn({ role: 'MANAGER', manages: [dep] });
    const otherManager = await t.signedIn({ role: 'MANAGER', manages: [other] });
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const admin = await t.signedIn({ role: 'ADMIN' });
    const id = String(person.user.id);
    for (const c of [person, manager, dx, admin]) expect((await c.client.gql(RECORD, { id })).errors).toBeUndefined();
    for (const c of [colleague, otherManager]) {
      const r = await c.client.gql(RECORD, { id });
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0].message).toMatch(/権限/);
    }
    const pub = 'query($id: ID!) { user(id: $id) { skills { skill { code } } badges { badge { code } } } }';
    await person.client.gql(CREATE_POST, { i: question({ tags: ['EBPM'] }) });
    expect((await colleague.client.gql(pub, { id })).data.user.skills).toBeNull();
    expect((await colleague.client.gql(pub, { id })).data.user.badges).toEqual([{ badge: { code: 'FIRST_QUESTION' } }]);
    await person.client.gql('mutation { setSkillsPublic(value: true) }');
    expect((await colleague.client.gql(pub, { id })).data.user.skills).toEqual([{ skill: { code: 'DATA_UTILIZATION' } }]);
  });

  it('finds who knows a skill, respecting each person’s choice to show skills', async () => {
    const asker = await t.signedIn();
    const quiet = await t.signedIn();
    const open = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    await open.client.gql('mutation { setSkillsPublic(value: true) }');
    for (const who of [quiet, open]) {
      const p = (await asker.client.gql(CREATE_POST, { i: question({ title: `マイナンバーの照会 ${who.user.id}`, tags: ['マイナンバー'] }) })).data.createPost;
      const a = (await who.client.gql(CREATE_ANSWER, { i: { postId: p.id, body: '番号法の別表を確認します' } })).data.createAnswer;
      await asker.client.gql(ACCEPT, { id: a.id });
    }
    const q = '{ experts(skillCode: "MYNUMBER_BASIC") { user { id } acceptedCount } }';
    const seenByStaff = (await asker.client.gql(q)).data.experts.map((e: any) => e.user.id);
    expect(seenByStaff).toContain(String(open.user.id));
    expect(seenByStaff).not.toContain(String(quiet.user.id));
    const seenByDx = (await dx.client.gql(q)).data.experts.map((e: any) => e.user.id);
    expect(seenByDx).toEqual(expect.arrayContaining([String(open.user.id), String(quiet.user.id)]));
    const byTag = (await asker.client.gql('{ experts(tag: "ﾏｲﾅﾝﾊﾞｰ") { user { id } } }')).data.experts.map((e: any) => e.user.id);
    expect(byTag).toContain(String(open.user.id));
  });

  it('lets only the DX office manage skills, mappings, manual badges and certifications', async () => {
    const staff = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const createSkill = 'mutation { createSkill(input: { code: "GENERATIVE_AI", name: "生成AI活用" }) { code framework } }';
    expect(codes(await staff.client.gql(createSkill))).toEqual(['FORBIDDEN']);
    expect((await dx.client.gql(createSkill)).data.createSkill).toEqual({ code: 'GENERATIVE_AI', framework: 'custom' });
    const map = 'mutation { setTagSkill(input: { tag: "ChatGPT", skillCode: "GENERATIVE_AI", weight: 1 }) { tag skill { code } } }';
    expect(codes(await staff.client.gql(map))).toEqual(['FORBIDDEN']);
    expect((await dx.client.gql(map)).data.setTagSkill).toContainEqual({ tag: 'chatgpt', skill: { code: 'GENERATIVE_AI' } });

    const badge =
      'mutation { createBadge(input: { code: "DX_AWARD_GRAND", name: "DXアワード 大賞", description: "庁内DXアワードの大賞", tier: GOLD }) { code manual } }';
    expect(codes(await staff.client.gql(badge))).toEqual(['FORBIDDEN']);
    expect((await dx.client.gql(badge)).data.createBadge).toEqual({ code: 'DX_AWARD_GRAND', manual: true });
    const grant = `mutation { grantBadge(input: { badgeCode: "DX_AWARD_GRAND", userId: "${staff.user.id}", citation: "おくやみ窓口の立ち上げ" }) { reason grantedBy { id } } }`;
    expect((await dx.client.gql(grant)).data.grantBadge).toEqual({ reason: 'おくやみ窓口の立ち上げ', grantedBy: { id: String(dx.user.id) } });
    expect(codes(await dx.client.gql(grant))).toEqual(['BAD_USER_INPUT']);
    const notice = (await staff.client.gql('{ myUnseenBadges { badge { code } } }')).data.myUnseenBadges.map((a: any) => a.badge.code);
    expect(notice).toContain('DX_AWARD_GRAND');
    await staff.client.gql('mutation { markBadgesSeen }');
    expect((await staff.client.gql('{ myUnseenBadges { id } }')).data.myUnseenBadges).toEqual([]);

    const cert = (action: string) =>
      `mutation { ${action}(input: { userId: "${staff.user.id}", tier: ADVISOR, fiscalYear: 2026, note: "RPA導入プロジェクトで報告会評価A", evidence: ["/posts/1"] }) { tier fiscalYear } }`;
    expect(codes(await staff.client.gql(cert('grantCertification')))).toEqual(['FORBIDDEN']);
    expect((await dx.client.gql(cert('grantCertification'))).data.grantCertification).toEqual([{ tier: 'ADVISOR', fiscalYear: 2026 }]);
    expect((await dx.client.gql(cert('revokeCertification'))).data.revokeCertification).toEqual([]);
    const hist = await staff.client.gql(
      `query { skillRecord(userId: "${staff.user.id}") { certifications { tier } certificationHistory { action tier note } } }`,
    );
    expect(hist.data.skillRecord).toEqual({
      certifications: [],
      certificationHistory: [
        { action: 'REVOKE', tier: 'ADVISOR', note: 'RPA導入プロジェクトで報告会評価A' },
        { action: 'GRANT', tier: 'ADVISOR', note: 'RPA導入プロジェクトで報告会評価A' },
      ],
    });
  });

  it('exports the records the requester may see as an Excel-friendly CSV', async () => {
    const dep = t.newDepartment('DX推進係');
    const member = await t.signedIn({ departmentId: dep, name: '=HYPERLINK("x") 山田' });
    const manager = await t.signedIn({ role: 'MANAGER', manages: [dep] });
    const csv = async (c: typeof member) => {
      const res = await c.client.agent
        .get('/export/skill-records.csv')
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (d: Buffer) => chunks.push(d));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      return { res, text: (res.body as Buffer).toString('utf8') };
    };
    const mine = await csv(member);
    expect(mine.res.status).toBe(200);
    expect(mine.res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect((mine.res.body as Buffer).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const ids = new Set(
      mine.text
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',')[0]),
    );
    expect(ids).toEqual(new Set([`"${member.user.id}"`]));
    expect(mine.text).toContain(`"'=HYPERLINK(""x"") 山田"`);
    const team = await csv(manager);
    const teamIds = new Set(
      team.text
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',')[0]),
    );
    expect(teamIds).toEqual(new Set([`"${member.user.id}"`, `"${manager.user.id}"`]));
    expect((await request(t.url).get('/export/skill-records.csv')).status).toBe(401);
  });
});

describe('incremental badges equal a recomputation from the ledger (property test)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  /** Small deterministic PRNG so a failure can be replayed with its seed. */
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  it.each([11, 29, 47])('random action sequence (seed %i): active awards == expected, backfill changes nothing', async (seed) => {
    const rand = rng(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
    const posts = t.app.get(PostsService);
    const answers = t.app.get(AnswersService);
    const comments = t.app.get(CommentsService);
    const reactions = t.app.get(ReactionsService);
    const badges = t.app.get(BadgesService);
    const people: Viewer[] = [];
    for (let i = 0; i < 6; i++) {
      const u = await t.newUser({ role: i === 0 ? 'DX_OFFICE' : 'STAFF' });
      people.push({ id: u.id, role: u.role, displayName: 'x', sessionId: '' });
    }
    const tags = ['RPA', 'kintone', 'マイナンバー', 'EBPM', '窓口', 'Excel'];
    const postIds: string[] = [];
    const answerIds: { id: string; postId: string }[] = [];
    const tryIt = (fn: () => unknown) => {
      try {
        fn();
      } catch {
        /* forbidden/not found moves are part of the random walk */
      }
    };
    for (let step = 0; step < 250; step++) {
      const who = pick(people);
      const r = rand();
      if (r < 0.15 || postIds.length === 0) {
        const kind = pick([PostKind.QUESTION, PostKind.QUESTION, PostKind.CASE, PostKind.IDEA]);
        tryIt(() =>
          postIds.push(
            posts.create(who, {
              kind,
              title: `質問 ${step}`,
              body: '本文',
              tags: [pick(tags), pick(tags)],
              anonymous: kind === PostKind.QUESTION && rand() < 0.15,
              caseDetails: kind === PostKind.CASE ? { problem: '課題', solution: '取組', effect: '効果' } : null,
            }).id,
          ),
        );
      } else if (r < 0.35) {
        const postId = pick(postIds);
        tryIt(() => answerIds.push({ id: answers.create(who, { postId, body: '回答' }).id, postId }));
      } else if (r < 0.5 && answerIds.length) {
        const a = pick(answerIds);
        tryIt(() => answers.accept(who, a.id));
      } else if (r < 0.57) {
        tryIt(() => answers.unaccept(who, pick(postIds)));
      } else if (r < 0.85) {
        const target =
          rand() < 0.5 && answerIds.length
            ? { targetType: ReactionTargetType.ANSWER, targetId: pick(answerIds).id }
            : { targetType: ReactionTargetType.POST, targetId: pick(postIds) };
        const input = { ...target, stamp: pick([Stamp.CHEER, Stamp.HELPFUL, Stamp.THANKS]) };
        tryIt(() => (rand() < 0.8 ? reactions.react(who, input) : reactions.unreact(who, input)));
      } else if (r < 0.89) {
        // retagging moves accepted answers between skills without a new ledger fact
        tryIt(() => posts.update(who, { id: pick(postIds), tags: [pick(tags)] }));
      } else if (r < 0.93) {
        tryIt(() => comments.add(who, { targetType: ReactionTargetType.POST, targetId: pick(postIds), body: 'コメント' }));
      } else {
        tryIt(() => posts.delete(who, pick(postIds)));
      }
    }
    // Deliver what the outbox holds. The app's own 1 s poller may be in the middle of a
    // delivery (drain() then returns at once): yield to the event loop between attempts, so a
    // subscriber awaiting real I/O can finish, instead of spinning on resolved promises.
    const outbox = t.app.get(OutboxService);
    while (t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE processed_at IS NULL')!.n > 0) {
      await outbox.drain();
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const p of people) {
      const expected = [...badges.expected(p.id).keys()].sort();
      const active = t.db
        .all<{ badge_id: number; award_key: string }>(
          "SELECT a.badge_id, a.award_key FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.user_id = ? AND a.revoked_at IS NULL AND b.rule <> 'MANUAL'",
          [p.id],
        )
        .map((a) => `${a.badge_id}|${a.award_key}`)
        .sort();
      expect(active).toEqual(expected);
    }
    expect(badges.backfill()).toMatchObject({ awarded: 0, revoked: 0 });
    const dupes = t.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM (SELECT badge_id, user_id, award_key FROM badge_award GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)',
    )!.n;
    expect(dupes).toBe(0);
  });

  it('never double-awards under concurrent accepts and stamps', async () => {
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const post = (await asker.client.gql(CREATE_POST, { i: question({ tags: ['RPA'] }) })).data.createPost;
    const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答' } })).data.createAnswer;
    const fans = await Promise.all(Array.from({ length: 6 }, () => t.signedIn()));
    await Promise.all([
      ...Array.from({ length: 10 }, () => asker.client.gql(ACCEPT, { id: a.id })),
      ...fans.flatMap((f) => Array.from({ length: 3 }, () => f.client.gql(REACT, { i: { targetType: 'ANSWER', targetId: a.id, stamp: 'HELPFUL' } }))),
    ]);
    const rows = t.db.all<{ code: string; award_key: string }>(
      'SELECT b.code, a.award_key FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.user_id = ? AND a.revoked_at IS NULL ORDER BY b.code',
      [answerer.user.id],
    );
    expect(rows).toEqual([
      { code: 'FIRST_ACCEPTED_ANSWER', award_key: '' },
      { code: 'FIRST_ANSWER', award_key: '' },
      { code: 'HELPFUL_ANSWER', award_key: `answer:${a.id}` },
    ]);
    expect(t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM contribution WHERE kind = 'ANSWER_ACCEPTED' AND answer_id = ?", [Number(a.id)])!.n).toBe(1);
  });
});
