import sharp from 'sharp';
import { ADD_COMMENT, type Client, codes, CREATE_ANSWER, CREATE_POST, question, TestApp, type TestUser } from '../support/test-app';

/**
 * Attachments over HTTP (#13): POST /uploads (multipart, session, the CSRF header) and
 * GET /uploads/:id (type from the bytes, images re-encoded without metadata, downloads with
 * their names, SVG never inline, access following the content), and the profile that uses an
 * upload as its avatar.
 */

interface UploadResponse {
  status: number;
  body: { id: string; url: string; name: string; size: number; contentType: string; errors?: { message: string; extensions: { code: string } }[] };
}

async function upload(c: Client, data: Buffer, filename: string, opts: { csrf?: boolean } = {}): Promise<UploadResponse> {
  let req = c.agent.post('/uploads');
  if (opts.csrf !== false) req = req.set('apollo-require-preflight', 'true');
  const res = await req.attach('file', data, { filename });
  return { status: res.status, body: res.body };
}

/** A PNG whose EXIF says where it was taken (a phone photo of a form, say). */
async function pngWithGps(width = 3000, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a6' } })
    .png()
    .withExif({
      IFD0: { Copyright: 'Kaede City' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 40/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 45/1 0/1' },
    })
    .toBuffer();
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>');

/** The raw bytes of a response (supertest buffers binary bodies only when asked). */
async function download(c: Client, url: string) {
  const res = await c.agent
    .get(url)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (d: Buffer) => chunks.push(d));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  return { status: res.status, headers: res.headers as Record<string, string>, body: res.body as Buffer };
}

describe('uploads over HTTP', () => {
  let t: TestApp;
  let a: { user: TestUser; client: Client };
  let b: { user: TestUser; client: Client };
  let dx: { user: TestUser; client: Client };

  beforeAll(async () => {
    t = await TestApp.start({ UPLOAD_MAX_BYTES: String(256 * 1024), UPLOAD_DAILY_LIMIT: '30' });
    a = await t.signedIn({ name: '職員 A' });
    b = await t.signedIn({ name: '職員 B' });
    dx = await t.signedIn({ role: 'DX_OFFICE', name: 'DX推進課' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a PNG with EXIF GPS is stored re-encoded: no metadata, at most 2560 px, served inline as image/png', async () => {
    const original = await pngWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const up = await upload(a.client, original, 'スクリーンショット.png');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ url: `/uploads/${up.body.id}`, name: 'スクリーンショット.png', contentType: 'image/png' });
    expect(up.body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const got = await download(a.client, up.body.url);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toMatch(/^inline; /);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-security-policy']).toContain("default-src 'none'");
    expect(got.headers['content-security-policy']).toContain('sandbox');
    const meta = await sharp(got.body).metadata();
    expect(meta.format).toBe('png');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(Math.max(meta.width!, meta.height!)).toBe(2560);
    expect(got.body.length).toBe(up.body.size);
  });

  it('a PDF is a download with its Japanese name (RFC 5987), whatever it is called', async () => {
    const up = await upload(a.client, PDF, '令和8年度 申請様式.pdf');
    expect(up.status).toBe(201);
    expect(up.body.contentType).toBe('application/pdf');
    const got = await download(a.client, up.body.url);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="__8__ ____.pdf"; filename*=UTF-8''${encodeURIComponent('令和8年度 申請様式.pdf')}`);
    expect(got.body.equals(PDF)).toBe(true);

    // The type comes from the bytes: a PDF named .png is still a PDF (a download).
    const renamed = await upload(a.client, PDF, 'photo.png');
    expect(renamed.body.contentType).toBe('application/pdf');
  });

  it('an SVG (and HTML) is only ever a download of opaque bytes, never inline', async () => {
    const up = await upload(a.client, SVG, 'diagram.svg');
    expect(up.status).toBe(201);
    expect(up.body.contentType).toBe('application/octet-stream');
    const got = await download(a.client, up.body.url);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(got.headers['content-disposition']).toMatch(/^attachment; filename="diagram.svg"/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    // An SVG wearing an image's name is refused: it is not an image and not a text file by name.
    expect((await upload(a.client, SVG, 'diagram.png')).body.errors?.[0].extensions.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');

    const html = await upload(a.client, Buffer.from('<!doctype html><script>alert(1)</script>'), 'page.html');
    expect(html.body.contentType).toBe('application/octet-stream');
    // CSV and text: no magic bytes; accepted as text (UTF-8 or Shift_JIS) by their names.
    const csv = await upload(a.client, Buffer.from([0x96, 0xbc, 0x91, 0x4f, 0x2c, 0x89, 0xdb, 0x0d, 0x0a]), '名簿.csv'); // 名前,課 in Shift_JIS
    expect(csv.body.contentType).toBe('text/csv; charset=shift_jis');
    const txt = await upload(a.client, Buffer.from('メモ\n'), 'memo.txt');
    expect(txt.body.contentType).toBe('text/plain; charset=utf-8');
    expect((await download(a.client, txt.body.url)).headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('refuses what is not allowed with a code and a Japanese message', async () => {
    const exe = await upload(a.client, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]), 'tool.exe');
    expect(exe.status).toBe(415);
    expect(exe.body.errors?.[0].extensions.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(exe.body.errors?.[0].message).toMatch(/アップロードできません/);
    const binaryTxt = await upload(a.client, Buffer.from([0x00, 0x01, 0x02, 0xff]), 'data.txt');
    expect(binaryTxt.body.errors?.[0].extensions.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');

    const big = await upload(a.client, Buffer.concat([PDF, Buffer.alloc(300 * 1024, 0x20)]), 'big.pdf');
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0].extensions.code).toBe('UPLOAD_TOO_LARGE');
    expect(big.body.errors?.[0].message).toMatch(/大きすぎます.*256 KB/);

    const none = await a.client.agent.post('/uploads').set('apollo-require-preflight', 'true').field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.errors[0].extensions.code).toBe('UPLOAD_NO_FILE');
  });

  it('refuses a request without the CSRF header, and one without a session', async () => {
    const noHeader = await upload(a.client, PDF, 'a.pdf', { csrf: false });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors?.[0].extensions.code).toBe('UPLOAD_CSRF');

    const anonymous = await upload(t.client(), PDF, 'a.pdf');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const mine = await upload(a.client, PDF, 'a.pdf');
    expect((await download(t.client(), mine.body.url)).status).toBe(401);
  });

  it('access follows the content: private until posted, public with the post, 404 once hidden (but for the uploader and moderators)', async () => {
    const img = await upload(a.client, await pngWithGps(80, 60), '窓口の写真.png');
    const pdf = await upload(a.client, PDF, '議事録サンプル.pdf');
    // Not referenced yet: only the uploader.
    expect((await download(a.client, img.body.url)).status).toBe(200);
    expect((await download(b.client, img.body.url)).status).toBe(404);
    expect((await download(dx.client, img.body.url)).status).toBe(404);

    const body = `画面はこうです。\n\n![窓口の写真.png](${img.body.url})\n\n[議事録サンプル.pdf](${pdf.body.url} "${pdf.body.size} B")`;
    const post = await a.client.gql(CREATE_POST, { i: question({ title: '窓口の写真について', body }) });
    expect(post.errors).toBeUndefined();
    const postId = post.data.createPost.id;
    expect((await download(b.client, img.body.url)).status).toBe(200);
    expect((await download(b.client, pdf.body.url)).status).toBe(200);

    // The rendered body shows the image inline (same origin) and the PDF as a download link.
    const html = (await b.client.gql('query($id: ID!) { post(id: $id) { bodyHtml } }', { id: postId })).data.post.bodyHtml as string;
    expect(html).toContain(`<img src="${img.body.url}" alt="窓口の写真.png"`);
    expect(html).toContain(`href="${pdf.body.url}"`);
    expect(html).toContain('class="attachment"');

    // Search: the file's name counts, the URL does not.
    const search = async (q: string) => (await b.client.gql('query($q: String!) { search(query: $q) { totalCount } }', { q })).data.search.totalCount;
    expect(await search('議事録サンプル')).toBe(1);
    expect(await search(pdf.body.id.slice(0, 10))).toBe(0);
    expect(await search('uploads')).toBe(0);

    const hide = await dx.client.gql('mutation($i: ModerationInput!) { hideContent(input: $i) }', {
      i: { targetType: 'POST', targetId: postId, reason: '個人情報が写っています' },
    });
    expect(hide.errors).toBeUndefined();
    expect((await download(b.client, img.body.url)).status).toBe(404);
    expect((await download(a.client, img.body.url)).status).toBe(200);
    expect((await download(dx.client, img.body.url)).status).toBe(200);

    // Someone else naming a private upload in their own post does not make it public.
    const secret = await upload(a.client, PDF, '非公開.pdf');
    const copied = await b.client.gql(CREATE_POST, { i: question({ title: '別の質問です', body: `[x](${secret.body.url})` }) });
    expect(copied.errors).toBeUndefined();
    expect((await download(dx.client, secret.body.url)).status).toBe(404);

    // Answers and comments link their files too; a deleted comment's file is gone for others.
    const other = (await b.client.gql(CREATE_POST, { i: question({ title: '添付のテスト', body: '本文' }) })).data.createPost.id;
    const forAnswer = await upload(a.client, PDF, '回答資料.pdf');
    const answer = await a.client.gql(CREATE_ANSWER, { i: { postId: other, body: `資料です: [回答資料.pdf](${forAnswer.body.url})` } });
    expect(answer.errors).toBeUndefined();
    expect((await download(b.client, forAnswer.body.url)).status).toBe(200);
    const forComment = await upload(a.client, PDF, 'コメント資料.pdf');
    const comment = await a.client.gql(ADD_COMMENT, { i: { targetType: 'POST', targetId: other, body: `[コメント資料.pdf](${forComment.body.url})` } });
    expect(comment.errors).toBeUndefined();
    expect((await download(b.client, forComment.body.url)).status).toBe(200);
    expect((await a.client.gql('mutation($id: ID!) { deleteComment(id: $id) }', { id: comment.data.addComment.id })).errors).toBeUndefined();
    expect((await download(b.client, forComment.body.url)).status).toBe(404);

    // Unknown and malformed ids: 404 alike.
    expect((await download(b.client, '/uploads/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await download(b.client, '/uploads/..%2F..%2Fbanso.sqlite')).status).toBe(404);
  });

  it('a person uploads at most UPLOAD_DAILY_LIMIT files a day', async () => {
    const c = await t.signedIn();
    const responses: UploadResponse[] = [];
    for (let i = 0; i < 31; i++) responses.push(await upload(c.client, Buffer.from(`メモ ${i}\n`), `memo${i}.txt`));
    expect(responses.slice(0, 30).every((r) => r.status === 201)).toBe(true);
    expect(responses[30].status).toBe(429);
    expect(responses[30].body.errors?.[0].extensions.code).toBe('UPLOAD_DAILY_LIMIT');
  });
});

describe('profiles (updateMyProfile)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t.close();
  });

  const UPDATE = `mutation($i: ProfileInput!) { updateMyProfile(input: $i) { id extension bio expertise avatarUrl } }`;
  const READ = `query($id: ID!) { user(id: $id) { extension bio expertise avatarUrl } }`;

  it('saves 内線番号, 自己紹介, 得意分野 and an uploaded avatar, which colleagues see', async () => {
    const a = await t.signedIn();
    const b = await t.signedIn();
    const avatar = await upload(a.client, await pngWithGps(400, 400), 'me.png');
    const r = await a.client.gql(UPDATE, {
      i: {
        extension: '１２３４-５６',
        bio: '窓口のDXを担当しています。\nRPAの相談はお気軽に。',
        expertise: ['RPA', 'ｋｉｎｔｏｎｅ', 'rpa', ' '],
        avatarUploadId: avatar.body.id,
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateMyProfile).toMatchObject({
      extension: '1234-56',
      bio: '窓口のDXを担当しています。\nRPAの相談はお気軽に。',
      expertise: ['RPA', 'kintone'],
      avatarUrl: avatar.body.url,
    });
    expect((await b.client.gql(READ, { id: String(a.user.id) })).data.user).toMatchObject({ extension: '1234-56', avatarUrl: avatar.body.url });
    // The avatar is public with the profile.
    expect((await download(b.client, avatar.body.url)).status).toBe(200);
    // Omitted fields stay; null clears.
    const cleared = await a.client.gql(UPDATE, { i: { bio: null, avatarUploadId: null } });
    expect(cleared.data.updateMyProfile).toMatchObject({ extension: '1234-56', bio: null, expertise: ['RPA', 'kintone'], avatarUrl: null });
    expect((await download(b.client, avatar.body.url)).status).toBe(404);
  });

  it('refuses invalid values with BAD_USER_INPUT, the field and a Japanese message', async () => {
    const a = await t.signedIn();
    const b = await t.signedIn();
    const check = async (i: Record<string, unknown>, field: string, message: RegExp) => {
      const r = await a.client.gql(UPDATE, { i });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.field).toBe(field);
      expect(r.errors![0].message).toMatch(message);
    };
    await check({ extension: '内線1234' }, 'extension', /数字とハイフン/);
    await check({ extension: '1'.repeat(21) }, 'extension', /20文字以内/);
    await check({ bio: 'あ'.repeat(501) }, 'bio', /500文字以内/);
    await check({ expertise: Array.from({ length: 11 }, (_, k) => `分野${k}`) }, 'expertise', /10個まで/);
    // Someone else's upload, or a file that is not an image, is not an avatar.
    const theirs = await upload(b.client, await pngWithGps(40, 40), 'b.png');
    await check({ avatarUploadId: theirs.body.id }, 'avatarUploadId', /自分でアップロードした画像/);
    const pdf = await upload(a.client, PDF, 'a.pdf');
    await check({ avatarUploadId: pdf.body.id }, 'avatarUploadId', /画像/);
    // Nothing was saved.
    expect((await a.client.gql(READ, { id: String(a.user.id) })).data.user).toEqual({ extension: null, bio: null, expertise: [], avatarUrl: null });
  });
});
