import { codes, TestApp } from '../support/test-app';

const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

/** Anyone can change their own password: current + new, strength rules, other sessions end. */
describe('changePassword', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('needs the current password and a strong new one, ends the other sessions, keeps this one, and is audited', async () => {
    const user = await t.newUser();
    const here = await t.client().login(user);
    const elsewhere = await t.client().login(user);
    const hashBefore = () => t.db.get<{ h: string }>('SELECT password_hash AS h FROM app_user WHERE id = ?', [user.id])!.h;
    const before = hashBefore();

    const wrong = await here.gql(CHANGE, { i: { currentPassword: 'not-my-password', newPassword: 'tsutsuji-no-hana-2026' } });
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0].message).toMatch(/現在のパスワードが正しくありません/);
    const weak = await here.gql(CHANGE, { i: { currentPassword: user.password, newPassword: 'short' } });
    expect(codes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors![0].message).toMatch(JAPANESE);
    const same = await here.gql(CHANGE, { i: { currentPassword: user.password, newPassword: user.password } });
    expect(codes(same)).toEqual(['BAD_USER_INPUT']);
    expect(hashBefore()).toBe(before);
    expect((await elsewhere.gql('{ me { id } }')).data.me).toEqual({ id: String(user.id) });

    const ok = await here.gql(CHANGE, { i: { currentPassword: user.password, newPassword: 'tsutsuji-no-hana-2026' } });
    expect(ok.data).toEqual({ changePassword: true });
    expect((await here.gql('{ me { id } }')).data.me).toEqual({ id: String(user.id) });
    expect((await elsewhere.gql('{ me { id } }')).data.me).toBeNull();

    const oldLogin = await t.client().gql('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: { email: user.email, password: user.password } });
    expect(codes(oldLogin)).toEqual(['UNAUTHENTICATED']);
    await t.client().login({ email: user.email, password: 'tsutsuji-no-hana-2026' });
    expect(t.db.all<{ actor_id: number; target_id: number }>("SELECT actor_id, target_id FROM audit_log WHERE action = 'PASSWORD_CHANGED'")).toEqual([
      { actor_id: user.id, target_id: user.id },
    ]);
  });

  it('is refused when signed out', async () => {
    const r = await t.client().gql(CHANGE, { i: { currentPassword: 'x', newPassword: 'tsutsuji-no-hana-2026' } });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });
});
