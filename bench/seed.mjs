// Bulk seeding for the feed benchmark: raw better-sqlite3, one transaction, prepared
// statements, a seeded PRNG (same data for the same BENCH_SEED / BENCH_POSTS).
// The schema must already exist (the caller migrates with dist's openDatabase).
import Database from 'better-sqlite3';

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BU_KA = [
  ['総務部', ['総務課', '情報政策課']],
  ['市民部', ['市民課', '保険年金課']],
  ['福祉部', ['福祉総務課', '介護保険課']],
  ['都市整備部', ['都市計画課', '道路課']],
];

const TAG_LABELS = [
  'RPA',
  'AI-OCR',
  '窓口',
  'オンライン申請',
  '生成AI',
  'Excel',
  'kintone',
  'LoGoフォーム',
  'ペーパーレス',
  '電子決裁',
  'テレワーク',
  'Teams',
  'BPR',
  'マイナンバー',
  'セキュリティ',
  'ノーコード',
  'ローコード',
  'データ活用',
  'オープンデータ',
  'GIS',
  'チャットボット',
  'キャッシュレス',
  '書かない窓口',
  '電子契約',
  'LGWAN',
  'ガバメントクラウド',
  '自治体システム標準化',
  '会議録',
  '議事録作成',
  '音声認識',
  'Power Automate',
  'Python',
  'マクロ',
  'VBA',
  'Forms',
  'アンケート',
  '住民票',
  '税務',
  '福祉',
  '子育て',
  '介護',
  '防災',
  '広報',
  'SNS',
  'LINE',
  'ホームページ',
  '庁内研修',
  'DX推進計画',
  '業務改善',
  '働き方改革',
  '公金収納',
  'スマート自治体',
  'ふるさと納税',
  'コンビニ交付',
  'タブレット',
  'Wi-Fi',
  'クラウド',
  '文書管理',
  'スキャナ保存',
  'eLTAX',
];

const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '斎藤',
  '清水',
  '山崎',
  '森',
  '池田',
  '橋本',
  '阿部',
  '石川',
  '山下',
  '中島',
  '石井',
  '小川',
];
const GIVEN = [
  '翔太',
  '美咲',
  '大輔',
  '陽子',
  '健一',
  '由美',
  '拓也',
  '真理子',
  '直樹',
  '恵',
  '和也',
  '彩',
  '浩二',
  '智子',
  '亮',
  '舞',
  '隆',
  '千尋',
  '誠',
  '香織',
];
const ROLE_CATEGORIES = ['DIGITAL_PRODUCER', 'DIGITAL_MANAGER', 'DIGITAL_LEADER', 'DIGITAL_USER', 'DIGITAL_EXPERT'];
const LAYERS = ['EXECUTIVE', 'SECTION_CHIEF', 'DEPUTY_CHIEF', 'SENIOR_STAFF', 'STAFF'];

const TOPICS = [
  '住民票の写し',
  '国保の資格確認',
  '介護認定の申請',
  '児童手当',
  '道路占用許可',
  '会計年度任用職員の勤怠',
  '議会答弁の作成',
  '窓口の待ち時間',
  '庁内照会',
  '補助金の交付申請',
  '住民アンケート',
  '税の証明書',
  '防災メール',
  '公用車の予約',
  '会議室の予約',
  '旅費の精算',
  '文書の収受',
  '保育所の入所申請',
  'ごみ収集カレンダー',
  '粗大ごみの受付',
];
const TOOLS = [
  'RPA',
  'AI-OCR',
  'Excelマクロ',
  'kintone',
  'LoGoフォーム',
  'Teams',
  'Power Automate',
  '生成AI',
  'チャットボット',
  'Python',
  'Forms',
  'タブレット',
];
const Q_TEMPLATES = [
  (t, x) => `${t}を${x}で効率化できますか？`,
  (t, x) => `${x}を使った${t}の事務、他の課ではどうしていますか`,
  (t, x) => `${t}の入力作業に${x}を導入したいのですが、最初の一歩は？`,
  (t, x) => `${x}の庁内利用ルールについて（${t}）`,
  (t, x) => `${t}で${x}がうまく動きません`,
];
const CASE_TEMPLATES = [
  (t, x) => `【事例】${x}で${t}の処理時間を半分に`,
  (t, x) => `${t}の電子化：${x}導入から一年の振り返り`,
  (t, x) => `${x}による${t}の自動化（課内展開まで）`,
];
const IDEA_TEMPLATES = [
  (t, x) => `【アイデア】${t}を${x}でオンライン化しませんか`,
  (t, x) => `${x}の勉強会を${t}の担当者向けに開きたい`,
  (t, x) => `${t}の様式を統一して${x}で集計する案`,
];
const SENTENCES = [
  '現在は紙の申請書を受け付けたあと、職員が基幹システムに手入力しています。',
  '繁忙期には一日あたり二百件を超え、残業が常態化しています。',
  '入力ミスによる差し戻しが月に数件あり、住民の方をお待たせしてしまうことがあります。',
  '係内で検討したところ、まずは小さく試してみようという話になりました。',
  '情報政策課に相談したところ、LGWAN 接続系で使えるツールを紹介してもらいました。',
  '個人情報の取り扱いについては、セキュリティポリシーとの整合を確認済みです。',
  '同じような業務を担当されている方がいれば、ぜひ経験を教えてください。',
  '導入前後で処理件数と所要時間を記録し、効果を測定しました。',
  '課長の理解もあり、試行期間として三か月間運用してみることになりました。',
  'マニュアルを整備して、異動があっても引き継げるようにしています。',
  '住民の方からは、窓口での記入が減って助かるという声をいただきました。',
  '費用は既存の契約の範囲内で収まり、追加の予算措置は不要でした。',
  '他市の事例も参考にしながら、当市の実情に合うように調整しました。',
  'うまくいかなかった点も含めて共有しますので、参考になれば幸いです。',
  '研修で学んだ内容を、実際の業務に当てはめてみました。',
  'システム改修を伴わない範囲で、できるところから始めています。',
];

function pick(rnd, arr) {
  return arr[Math.floor(rnd() * arr.length)];
}
function int(rnd, lo, hi) {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}
/** Skewed pick: a few items are popular (tags, prolific authors), like a real site. */
function skewed(rnd, n, power = 2.2) {
  return Math.min(n - 1, Math.floor(Math.pow(rnd(), power) * n));
}
function paragraph(rnd, lo, hi) {
  const n = int(rnd, lo, hi);
  let s = '';
  for (let i = 0; i < n; i += 1) s += pick(rnd, SENTENCES);
  return s;
}
const jstDay = (ms) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);

/**
 * Seeds departments, users (+ current assignment), tags, posts and post_tag into `dbPath`.
 * Returns the bench user's credentials and id.
 */
export function seedDatabase(dbPath, opts) {
  // normalizeTag: the app's own (dist/core/validation/normalize.js), so tag.name is what the app would store.
  const { posts: postCount, seed = 20240401, passwordHash, benchEmail, normalizeTag, onProgress = () => {}, now = Date.now() } = opts;
  const rnd = prng(seed);
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // seeding only; the servers reopen with the app's pragmas
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -64000');

  const YEAR = 365 * 24 * 3600_000;
  const start = now - 3 * YEAR;
  const orgCreated = new Date(start - 30 * 24 * 3600_000).toISOString();

  const insDep = db.prepare('INSERT INTO department (code, name, level, parent_id, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insUser = db.prepare(
    `INSERT INTO app_user (email, display_name, password_hash, role, role_category, layer, disabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insAssign = db.prepare('INSERT INTO assignment (user_id, department_id, title, start_date, end_date, created_at) VALUES (?, ?, ?, ?, NULL, ?)');
  const insTag = db.prepare('INSERT INTO tag (name, label, post_count, created_at) VALUES (?, ?, 0, ?)');
  const insPost = db.prepare(
    `INSERT INTO post (kind, title, body, status, anonymous, author_id, department_id, case_problem, case_solution, case_effect,
       case_hours_saved, case_tools, accepted_answer_id, answer_count, comment_count, cheer_count, helpful_count, thanks_count,
       revision, created_at, updated_at, last_activity_at, deleted_at, deleted_by_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const insPostTag = db.prepare('INSERT INTO post_tag (post_id, tag_id) VALUES (?, ?)');
  const setTagCount = db.prepare('UPDATE tag SET post_count = ? WHERE id = ?');

  // Post timestamps: uniformly spread over three years, inserted oldest first (ids grow with time).
  const times = new Float64Array(postCount);
  for (let i = 0; i < postCount; i += 1) times[i] = start + rnd() * (now - start);
  times.sort();

  const result = db.transaction(() => {
    // 4 部 × 2 課 … 12 departments.
    const kaIds = [];
    let order = 0;
    BU_KA.forEach(([bu, kas], b) => {
      const buId = Number(insDep.run(`BU${String(b + 1).padStart(2, '0')}`, bu, 'BU', null, order++, orgCreated).lastInsertRowid);
      kas.forEach((ka, k) => {
        kaIds.push(Number(insDep.run(`KA${b + 1}${String(k + 1).padStart(2, '0')}`, ka, 'KA', buId, order++, orgCreated).lastInsertRowid));
      });
    });

    // 300 users; the first is the bench user (STAFF: sees anonymous authors only of their own posts).
    const users = [];
    const USERS = 300;
    for (let i = 0; i < USERS; i += 1) {
      const role = i === 0 ? 'STAFF' : i < 8 ? 'DX_OFFICE' : i < 20 ? 'MANAGER' : i === 20 ? 'ADMIN' : 'STAFF';
      const email = i === 0 ? benchEmail : `staff${String(i).padStart(4, '0')}@city.kaede.lg.jp`;
      const name = i === 0 ? 'ベンチ 太郎' : `${SURNAMES[i % SURNAMES.length]} ${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`;
      const id = Number(
        insUser.run(
          email,
          name,
          passwordHash,
          role,
          rnd() < 0.85 ? pick(rnd, ROLE_CATEGORIES) : null,
          rnd() < 0.85 ? pick(rnd, LAYERS) : null,
          orgCreated,
          orgCreated,
        ).lastInsertRowid,
      );
      const dep = kaIds[i % kaIds.length];
      insAssign.run(id, dep, role === 'MANAGER' ? '課長' : rnd() < 0.3 ? '主査' : null, jstDay(start - int(rnd, 30, 3000) * 86400_000), orgCreated);
      users.push({ id, dep });
    }

    const tagIds = TAG_LABELS.map((label) => {
      return Number(insTag.run(normalizeTag(label), label, orgCreated).lastInsertRowid);
    });
    const tagCounts = new Array(tagIds.length).fill(0);

    const kinds = { QUESTION: 0, CASE: 0, IDEA: 0 };
    let postTags = 0;
    let deleted = 0;
    const step = Math.max(1, Math.floor(postCount / 200));
    for (let i = 0; i < postCount; i += 1) {
      const r = rnd();
      const kind = r < 0.6 ? 'QUESTION' : r < 0.85 ? 'CASE' : 'IDEA';
      kinds[kind] += 1;
      const author = users[skewed(rnd, users.length, 1.8)];
      const topic = pick(rnd, TOPICS);
      const tool = pick(rnd, TOOLS);
      const title = pick(rnd, kind === 'QUESTION' ? Q_TEMPLATES : kind === 'CASE' ? CASE_TEMPLATES : IDEA_TEMPLATES)(topic, tool);
      const body = paragraph(rnd, 3, 10);
      const answers = kind === 'QUESTION' ? (rnd() < 0.25 ? 0 : int(rnd, 1, 8)) : rnd() < 0.7 ? 0 : int(rnd, 1, 3);
      const status = kind === 'QUESTION' && answers > 0 ? (rnd() < 0.55 ? 'RESOLVED' : rnd() < 0.1 ? 'CLOSED' : 'OPEN') : rnd() < 0.03 ? 'CLOSED' : 'OPEN';
      const anonymous = kind === 'QUESTION' && rnd() < 0.06 ? 1 : 0;
      const created = new Date(times[i]).toISOString();
      const activityMs = Math.min(now, times[i] + (answers > 0 ? rnd() * 20 * 86400_000 : 0));
      const updated = rnd() < 0.1 ? new Date(Math.min(now, times[i] + rnd() * 3 * 86400_000)).toISOString() : created;
      const isDeleted = rnd() < 0.005;
      if (isDeleted) deleted += 1;
      const isCase = kind === 'CASE';
      const info = insPost.run(
        kind,
        title,
        body,
        status,
        anonymous,
        author.id,
        author.dep,
        isCase ? paragraph(rnd, 1, 3) : null,
        isCase ? paragraph(rnd, 1, 3) : null,
        isCase ? paragraph(rnd, 1, 2) : null,
        isCase ? (rnd() < 0.8 ? Math.round(rnd() * 1200 * 10) / 10 : null) : null,
        isCase ? JSON.stringify([tool, ...(rnd() < 0.4 ? [pick(rnd, TOOLS)] : [])].filter((t, j, a) => a.indexOf(t) === j)) : null,
        answers,
        rnd() < 0.6 ? 0 : int(rnd, 1, 6),
        rnd() < 0.4 ? 0 : int(rnd, 1, 25),
        rnd() < 0.5 ? 0 : int(rnd, 1, 15),
        rnd() < 0.6 ? 0 : int(rnd, 1, 10),
        created,
        updated,
        new Date(activityMs).toISOString(),
        isDeleted ? new Date(Math.min(now, times[i] + 86400_000)).toISOString() : null,
        isDeleted ? users[1].id : null,
      );
      const postId = Number(info.lastInsertRowid);
      const nTags = int(rnd, 1, 3);
      const chosen = new Set();
      while (chosen.size < nTags) chosen.add(skewed(rnd, tagIds.length));
      for (const t of chosen) {
        insPostTag.run(postId, tagIds[t]);
        if (!isDeleted) tagCounts[t] += 1; // deleting a post decrements its tags' counts in the app
        postTags += 1;
      }
      if (i % step === 0 || i === postCount - 1) onProgress(i + 1, postCount);
    }
    tagIds.forEach((id, t) => setTagCount.run(tagCounts[t], id));
    return {
      departments: BU_KA.length + kaIds.length,
      users: users.length,
      tags: tagIds.length,
      posts: postCount,
      postTags,
      deleted,
      kinds,
      benchUserId: users[0].id,
    };
  })();

  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return result;
}
