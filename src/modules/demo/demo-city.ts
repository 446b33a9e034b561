/**
 * The rest of かえで市: the people around the named demo characters, and two 年度 of everyday
 * activity, generated deterministically (a seeded PRNG, never Math.random) from
 *
 * - a roster: who works in each 課 / 係 today, and who came there in the April 2026 transfer
 *   wave (人事異動) or as a new hire;
 * - a bank of hand-written posts (demo-city-posts.ts) with the month they were written in and
 *   the departments their authors and answerers come from.
 *
 * The same inputs always give the same people, posts, answers, comments and stamps, so the
 * demo is the same on every machine. Times are relative to the seed run, laid out against
 * DEMO_REFERENCE_DATE (2026-12-01): seeded on that day, the posts fall in 令和7年度 and
 * 令和8年度, and everyone who moved in April contributed in the old department before the
 * move and in the new one after it (the ledger records the department at the time).
 */
import { CITY_POSTS, type CitySeed } from './demo-city-posts';
import type { DemoAssignment, DemoComment, DemoDepartment, DemoPost, DemoStamp, DemoStampKind, DemoUser } from './demo-data';

/** The day the demo's relative times were laid out against (JST). */
export const DEMO_REFERENCE_DATE = '2026-12-01';
/** The April transfer wave: assignments end and start on this day. */
export const DEMO_TRANSFER_DATE = '2026-04-01';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const JST = 9 * HOUR;

/** Epoch ms of 00:00 JST on the JST day that contains t. */
export function jstMidnight(t: number): number {
  return Math.floor((t + JST) / DAY) * DAY - JST;
}

/** YYYY-MM-DD (JST) of t. */
export function jstDay(t: number): string {
  return new Date(t + JST).toISOString().slice(0, 10);
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * When a demo post was written: `daysAgo` days before the seed day, during office hours
 * (9:00–17:59 JST, a fixed minute per post). The seeder and the checks use the same clock.
 */
export function demoPostTime(post: Pick<DemoPost, 'key' | 'daysAgo'>, now: Date): number {
  return jstMidnight(now.getTime()) - post.daysAgo * DAY + 9 * HOUR + (hashString(post.key) % 540) * 60_000;
}

/** When a stamp was given: the i-th stamp on a target comes 0.7 h after the previous one. */
export function demoStampTime(targetTime: number, index: number): number {
  return targetTime + (index + 1) * 0.7 * HOUR;
}

/** The seed run the relative times were laid out against: 00:00 JST on the reference day. */
export const DEMO_REFERENCE_NOW = new Date(`${DEMO_REFERENCE_DATE}T00:00:00+09:00`);

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** One of xs, with probability proportional to weight(x); undefined when none has weight. */
  weighted<T>(xs: readonly T[], weight: (x: T) => number): T | undefined {
    const total = xs.reduce((s, x) => s + weight(x), 0);
    if (total <= 0) return undefined;
    let r = this.next() * total;
    for (const x of xs) {
      r -= weight(x);
      if (r < 0) return x;
    }
    return xs[xs.length - 1];
  }
}

// ---------------------------------------------------------------------------
// 職員（ロスター）
// ---------------------------------------------------------------------------

/**
 * Who works in each unit today, besides the named characters (demo-data.ts). An entry is a
 * title, optionally with
 * - `|new`: hired on 2026-04-01;
 * - `|<-code`: moved here on 2026-04-01 from that unit (the April transfer wave).
 * A 課長 manages their 課 (role MANAGER) unless a named manager already does.
 */
const ROSTER: [unit: string, titles: string[]][] = [
  ['dx-suishin-ka', ['課長補佐']],
  ['dx-suishin-kakari', ['主任|<-zaisei-ka', '主事', '主事']],
  ['joho-system-kakari', ['主事']],
  ['shokuin-ka', ['課長']],
  ['jinji-kakari', ['係長', '主任|<-kikaku-seisaku-ka', '主事', '主事|new']],
  ['kyuyo-kosei-kakari', ['係長', '主事', '主事']],
  ['hisho-koho-ka', ['課長', '係長', '主任|<-kaikei-ka', '主事']],
  ['kikaku-seisaku-ka', ['課長', '課長補佐', '主任|<-dx-suishin-kakari', '主事', '主事']],
  ['zaisei-ka', ['課長', '係長', '主任|<-jinji-kakari', '主事', '主事']],
  ['zeimu-ka', ['課長|<-kaikei-ka']],
  ['shiminzei-kakari', ['係長', '主任', '主事', '主事']],
  ['shisanzei-kakari', ['係長', '技師', '主任', '主事']],
  ['shuno-kakari', ['係長', '主任|<-kokuho-kakari', '主事']],
  ['kaikei-ka', ['課長|<-zeimu-ka', '係長', '主事|<-hisho-koho-ka', '主事']],
  ['shimin-ka', ['課長補佐']],
  ['madoguchi-kakari', ['係長', '主任|<-koseki-kakari', '主事', '主事', '主事|new']],
  ['koseki-kakari', ['係長', '主任|<-madoguchi-kakari', '主任', '主事']],
  ['hoken-nenkin-ka', ['課長']],
  ['kokuho-kakari', ['係長', '主査', '主任|<-shuno-kakari', '主事', '主事', '主事|new']],
  ['nenkin-kakari', ['係長', '主事', '主事']],
  ['korei-kaigo-ka', []],
  ['kaigo-hoken-kakari', ['主査', '主事|<-seikatsu-fukushi-ka', '主事', '主事']],
  ['chiiki-hokatsu-kakari', ['係長', '保健師', '社会福祉士', '主任介護支援専門員']],
  ['shogai-fukushi-ka', ['係長', '社会福祉士', '主任|<-kaigo-hoken-kakari', '主事', '主事', '主査']],
  ['kenko-zukuri-ka', ['課長', '係長', '保健師', '保健師', '管理栄養士', '主任', '主事|new']],
  ['seikatsu-fukushi-ka', ['課長', '係長', '社会福祉士', '主任|<-shogai-fukushi-ka', '主事', '主事', '主事', '主事|new']],
  ['kosodate-shien-ka', ['課長補佐']],
  ['kyufu-kakari', ['係長', '主任|<-hoiku-ka', '主事', '主事']],
  ['katei-sodan-kakari', ['係長', '社会福祉士', '家庭相談員']],
  ['hoiku-ka', ['課長', '係長', '主査', '保育士', '主任|<-kyufu-kakari', '主事', '主事|new']],
  ['gomi-genryo-ka', ['課長', '係長', '主任|<-toshi-keikaku-ka', '主事', '技師']],
  ['kankyo-seisaku-ka', ['課長', '係長', '技師', '主任|<-gomi-genryo-ka', '主事']],
  ['doro-kanri-ka', ['課長', '係長', '技師', '技師|<-kankyo-seisaku-ka', '主任', '主事|new']],
  ['toshi-keikaku-ka', ['課長', '係長', '技師', '主任|<-doro-kanri-ka', '主事']],
  ['kyoiku-somu-ka', ['課長', '係長', '主任|<-gakko-kyoiku-ka', '主事', '主事']],
  ['gakko-kyoiku-ka', ['課長', '指導主事', '指導主事', '係長', '主任|<-kyoiku-somu-ka', '主事|new']],
];

/** 課 whose 課長 is a named character (or managed by one): no generated 課長 there. */
const NAMED_MANAGERS = new Set(['dx-suishin-ka', 'shimin-ka', 'korei-kaigo-ka', 'shogai-fukushi-ka', 'kosodate-shien-ka']);

// Fictional names, combined at random. 佐藤 is left out so that 佐藤 健太 (staff02) stays the
// only 佐藤 in the pickers.
const SURNAMES = [
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '山田',
  '松本',
  '井上',
  '木下',
  '山下',
  '石田',
  '小川',
  '中島',
  '前川',
  '原田',
  '小野',
  '竹内',
  '金子',
  '和田',
  '中山',
  '上田',
  '森田',
  '原',
  '柴田',
  '酒井',
  '工藤',
  '横山',
  '宮崎',
  '宮本',
  '内田',
  '高木',
  '安藤',
  '谷口',
  '大野',
  '丸山',
  '今井',
  '河野',
  '藤原',
  '小松',
  '杉山',
  '千葉',
  '村田',
  '増田',
  '平野',
  '大塚',
  '菅原',
  '武田',
  '新井',
  '小山',
  '野口',
  '桜井',
  '千田',
  '岩崎',
  '佐野',
  '野村',
  '松井',
  '菊地',
  '杉本',
  '市川',
  '古川',
  '大西',
  '島田',
  '水野',
  '桑原',
  '東',
  '久保',
  '松尾',
  '野田',
  '菅野',
  '服部',
  '川口',
  '辻',
  '関',
  '望月',
  '北村',
  '荒木',
  '片山',
  '吉川',
  '飯田',
  '西田',
  '秋山',
  '大橋',
  '本田',
  '星野',
];
const GIVEN_F = [
  '陽子',
  '裕子',
  '由紀',
  '明美',
  '智子',
  '恵美',
  '美穂',
  '沙織',
  '彩花',
  '遥',
  '結衣',
  '美優',
  '奈緒',
  '茜',
  '真由美',
  '久美子',
  '千晶',
  '早紀',
  '瞳',
  '詩織',
  '優花',
  '菜摘',
  '友美',
  '理恵',
  '亜希子',
  '佳奈',
  '萌',
  '香奈',
  '直子',
  '幸恵',
  '純子',
  '桃子',
  '綾乃',
  '真奈美',
  '麻美',
  '里奈',
  '朋子',
  '静香',
  '華子',
  '実咲',
];
const GIVEN_M = [
  '浩',
  '誠',
  '学',
  '剛',
  '健一',
  '大輔',
  '翔太',
  '拓海',
  '悠斗',
  '雄一',
  '直人',
  '和彦',
  '秀樹',
  '康介',
  '智也',
  '慎吾',
  '亮',
  '淳',
  '俊介',
  '哲也',
  '光太郎',
  '大樹',
  '裕太',
  '将太',
  '航',
  '陸',
  '隼人',
  '一郎',
  '賢治',
  '正人',
  '昌平',
  '達郎',
  '伸也',
  '洋平',
  '勇気',
  '博之',
  '恭平',
  '修平',
  '英樹',
  '圭介',
];

interface RosterPerson {
  user: DemoUser;
  /** 2026-04-01 arrivals */
  transferredFrom?: string;
  newHire?: boolean;
}

function layerAndRole(title: string, unit: string, rng: Rng): { layer: string; roleCategory: string } {
  const expert = unit === 'joho-system-kakari' || unit === 'dx-suishin-kakari';
  if (title === '課長') return { layer: 'SECTION_CHIEF', roleCategory: 'DIGITAL_MANAGER' };
  if (title === '課長補佐') return { layer: 'DEPUTY_CHIEF', roleCategory: rng.chance(0.5) ? 'DIGITAL_MANAGER' : 'DIGITAL_USER' };
  if (title === '係長' || title === '主査' || title === '指導主事') {
    return { layer: 'SENIOR_STAFF', roleCategory: expert ? 'DIGITAL_PRODUCER' : rng.chance(0.35) ? 'DIGITAL_LEADER' : 'DIGITAL_USER' };
  }
  return { layer: 'STAFF', roleCategory: expert ? 'DIGITAL_EXPERT' : rng.chance(0.2) ? 'DIGITAL_LEADER' : 'DIGITAL_USER' };
}

/** The 課 of a unit (itself for a 課). */
function kaOf(code: string, depts: Map<string, DemoDepartment>): string {
  const d = depts.get(code);
  if (!d) throw new Error(`demo roster: unknown department ${code}`);
  return d.level === 'KAKARI' ? d.parentCode! : code;
}

function buildRoster(departments: DemoDepartment[], named: DemoUser[]): RosterPerson[] {
  const rng = new Rng(20260401);
  const depts = new Map(departments.map((d) => [d.code, d]));
  const usedNames = new Set(named.map((u) => u.displayName));
  const units = departments.filter((d) => d.level !== 'BU').map((d) => d.code);
  const out: RosterPerson[] = [];
  let n = named.filter((u) => /^staff\d+$/.test(u.key)).length;
  for (const [unit, titles] of ROSTER) {
    kaOf(unit, depts);
    for (const entry of titles) {
      const [title, flag] = entry.split('|');
      const key = `staff${String(++n).padStart(3, '0')}`;
      const displayName = uniqueName(rng, usedNames);
      const { layer, roleCategory } = layerAndRole(title, unit, rng);
      const assignments: DemoAssignment[] = [];
      const transferredFrom = flag?.startsWith('<-') ? flag.slice(2) : undefined;
      const newHire = flag === 'new';
      if (transferredFrom) {
        kaOf(transferredFrom, depts);
        const since = `${rng.int(2021, 2024)}-04-01`;
        assignments.push({ departmentCode: transferredFrom, title: previousTitle(title), startDate: since, endDate: DEMO_TRANSFER_DATE });
        assignments.push({ departmentCode: unit, title, startDate: DEMO_TRANSFER_DATE });
      } else if (newHire) {
        assignments.push({ departmentCode: unit, title, startDate: DEMO_TRANSFER_DATE });
      } else {
        const since = title === '課長' ? rng.int(2023, 2025) : rng.int(2018, 2025);
        // about one in five came from another 課 in an earlier April (a 課長 was 課長補佐 there)
        if (since >= 2021 && rng.chance(0.2)) {
          const others = units.filter((u) => kaOf(u, depts) !== kaOf(unit, depts) && (title !== '課長' || depts.get(u)!.level === 'KA'));
          assignments.push({
            departmentCode: rng.pick(others),
            title: title === '課長' ? '課長補佐' : previousTitle(title),
            startDate: `${since - rng.int(2, 4)}-04-01`,
            endDate: `${since}-04-01`,
          });
        }
        assignments.push({ departmentCode: unit, title, startDate: `${since}-04-01` });
      }
      const ka = kaOf(unit, depts);
      const manages = title === '課長' && !NAMED_MANAGERS.has(ka);
      out.push({
        user: {
          key,
          email: `${key}@demo.banso.example`,
          displayName,
          role: manages ? 'MANAGER' : 'STAFF',
          roleCategory,
          layer,
          assignments,
          ...(manages ? { managedDepartmentCodes: [ka] } : {}),
        },
        transferredFrom,
        newHire,
      });
    }
  }
  return out;
}

/** A fictional name nobody in the demo has yet (and remember it). */
function uniqueName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(SURNAMES)} ${rng.pick(rng.chance(0.5) ? GIVEN_F : GIVEN_M)}`;
    if (used.has(name)) continue;
    used.add(name);
    return name;
  }
}

function previousTitle(title: string): string {
  if (title === '主任') return '主事';
  if (title === '係長') return '主任';
  if (title === '課長補佐') return '係長';
  return title;
}

// ---------------------------------------------------------------------------
// 活動（投稿・回答・コメント・スタンプ）
// ---------------------------------------------------------------------------

/** Who answers questions with these tags, besides anyone (department codes or user keys). */
const EXPERTISE: Record<string, string[]> = {
  セキュリティ: ['joho-system-kakari', 'staff04', 'admin'],
  Microsoft365: ['joho-system-kakari', 'dx-suishin-kakari', 'staff04'],
  Teams: ['dx-suishin-kakari', 'joho-system-kakari', 'hisho-koho-ka'],
  RPA: ['staff02', 'staff05', 'dx-suishin-kakari', 'shiminzei-kakari'],
  'AI-OCR': ['staff02', 'dx-suishin-kakari', 'shiminzei-kakari'],
  Excel: ['staff10', 'staff03', 'zaisei-ka', 'dx-suishin-kakari'],
  kintone: ['staff03', 'dx-suishin-kakari', 'kikaku-seisaku-ka'],
  ローコード: ['staff03', 'dx-suishin-kakari'],
  オンライン申請: ['dx-suishin-kakari', 'staff15', 'kyufu-kakari'],
  LoGoフォーム: ['dx-suishin-kakari', 'staff15', 'staff16'],
  書かない窓口: ['madoguchi-kakari', 'staff01', 'koseki-kakari'],
  窓口: ['madoguchi-kakari', 'koseki-kakari', 'kokuho-kakari'],
  マイナンバー: ['madoguchi-kakari', 'koseki-kakari', 'kokuho-kakari', 'joho-system-kakari'],
  子育て: ['kosodate-shien-ka', 'hoiku-ka'],
  EBPM: ['kikaku-seisaku-ka', 'staff27', 'dx-suishin-kakari'],
  データ活用: ['kikaku-seisaku-ka', 'dx-suishin-kakari', 'toshi-keikaku-ka'],
  生成AI: ['dx-suishin-kakari', 'dx-office', 'staff03'],
  BPR: ['dx-suishin-ka', 'kikaku-seisaku-ka'],
  業務改革: ['dx-suishin-ka', 'kikaku-seisaku-ka'],
  サービスデザイン: ['dx-office', 'staff06', 'kikaku-seisaku-ka'],
  研修: ['jinji-kakari', 'dx-office'],
  ペーパーレス: ['dx-suishin-kakari', 'joho-system-kakari'],
};

const COMMENTS_ON_QUESTION = [
  '同じところで悩んでいました。回答を楽しみにしています。',
  'うちの係でも同じ状況です。解決したらぜひ共有してください。',
  '私も知りたいです。去年も同じ話が出ていた気がします。',
  '関係しそうな通知を探してみます。見つかったらここに貼ります。',
  '気になっていたことなので、質問してくださって助かります。',
  'うちの課も来年度同じ作業があるので、ウォッチしておきます。',
];
const COMMENTS_ON_CASE = [
  'うちの課でも横展開できそうです。導入のときの手順を教えていただけますか。',
  '効果の数字があると説得力がありますね。来年度の予算要求の参考にさせてください。',
  '「小さく始める」のが大事なんですね。まずは1業務から試してみます。',
  '素晴らしい取組です。課内の勉強会で紹介させてください。',
  '現場の負担が減ったという声が一番うれしいですね。お疲れさまでした！',
  '似た作業が年に数回あるので、ぜひ一度見学させてください。',
  '使ったツールの設定で苦労した点があれば、もう少し詳しく知りたいです。',
];
const COMMENTS_ON_IDEA = [
  '賛成です。手伝えることがあれば声をかけてください。',
  'いいですね！まずは1か所で小さく試してみてはどうでしょう。',
  '費用の整理は必要そうですが、ぜひ進めてほしいです。',
  '市民の方の立場で考えると、すごく助かる仕組みだと思います。',
  '似たことを考えていました。一緒に検討させてください。',
  '関係課を集めた打合せを開くなら参加したいです。',
  'うちの課のデータも使えるかもしれません。後で相談させてください。',
];
const COMMENTS_ON_ANSWER = [
  'この方法、うちの係でも使えそうです。',
  '手順が具体的で分かりやすいです。ありがとうございます。',
  '補足ありがとうございます。知りませんでした。',
  '同じやり方で去年うまくいきました。おすすめです。',
  'なるほど、そういう考え方があるんですね。',
];
const THANKS_FROM_ASKER = [
  'ありがとうございます！さっそく試してみます。',
  'まさに知りたかったことです。係内で共有します。',
  'おかげで解決しました。手順書にまとめておきます。',
  '丁寧に教えていただきありがとうございます。係長とも相談して進めます。',
  '具体的な例があって助かりました。来週から取り入れます。',
  'ありがとうございます。思っていたより簡単にできそうで安心しました。',
];

export interface DemoCity {
  users: DemoUser[];
  posts: DemoPost[];
  /** keys of the people moved on 2026-04-01 (named and generated) */
  transferred: string[];
}

interface Person {
  user: DemoUser;
  weight: number;
}

/**
 * Builds the generated people and posts. Deterministic: the same inputs give the same output.
 * Throws when a post's author or an answer's `by` has nobody eligible (a data error).
 */
export function buildDemoCity(departments: DemoDepartment[], named: DemoUser[]): DemoCity {
  const roster = buildRoster(departments, named);
  const users = [...named, ...roster.map((r) => r.user)];
  const depts = new Map(departments.map((d) => [d.code, d]));
  const transferred = users.filter((u) => u.assignments.some((a) => a.endDate === DEMO_TRANSFER_DATE)).map((u) => u.key);
  const newHires = new Set(roster.filter((r) => r.newHire).map((r) => r.user.key));
  const movers = new Set(transferred);
  const namedKeys = new Set(named.map((u) => u.key));

  // How active each person is: a few very active, many occasional, some only read.
  const rng = new Rng(7);
  const boost: Record<string, number> = { 'dx-office': 6, staff03: 5, staff04: 4, staff02: 4, staff01: 3, staff15: 3, staff27: 3, staff10: 3, 'dx-chief': 2 };
  const people: Person[] = users.map((u) => {
    const r = rng.float();
    const tier = r < 0.12 ? 5 : r < 0.45 ? 2 : r < 0.85 ? 0.8 : 0.15;
    const w = (boost[u.key] ?? tier) * (transferred.includes(u.key) ? 2.5 : 1) * (u.role === 'ADMIN' ? 0.3 : 1);
    return { user: u, weight: w };
  });

  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    for (let d = depts.get(code); d; d = d.parentCode ? depts.get(d.parentCode) : undefined) out.push(d.code);
    return out;
  };
  const deptOn = (u: DemoUser, day: string) => u.assignments.find((a) => a.startDate <= day && (!a.endDate || a.endDate > day))?.departmentCode;
  /** People in any of these units (subtrees) or with these keys, on a day. */
  const pool = (codes: readonly string[] | undefined, day: string): Person[] =>
    people.filter((p) => {
      const d = deptOn(p.user, day);
      if (!d) return false;
      if (!codes) return true;
      if (codes.includes(p.user.key)) return true;
      const up = ancestors(d);
      return codes.some((c) => up.includes(c));
    });

  const posts: DemoPost[] = [];
  const crng = new Rng(2025);
  const refMidnight = DEMO_REFERENCE_NOW.getTime();
  const lastMoment = refMidnight - 2 * HOUR;
  const seeds = [...CITY_POSTS].sort((a, b) => (a.month === b.month ? 0 : a.month < b.month ? -1 : 1));
  const usedDays = new Map<string, number>();

  for (const seed of seeds) {
    const day = pickDay(seed, crng, usedDays);
    const daysAgo = Math.round((refMidnight - Date.parse(`${day}T00:00:00+09:00`)) / DAY);
    const post: DemoPost = {
      key: seed.key,
      kind: seed.kind,
      authorKey: '',
      title: seed.title,
      body: seed.body,
      tags: seed.tags,
      daysAgo,
      answers: [],
      ...(seed.anonymous ? { anonymous: true } : {}),
      ...(seed.caseDetails ? { caseDetails: seed.caseDetails } : {}),
    };
    const t0 = demoPostTime(post, DEMO_REFERENCE_NOW);
    // The named characters keep exactly their hand-written posts (their first question, case…
    // are part of what the demo shows); here they answer, comment and cheer.
    const candidates = pool(seed.from, jstDay(t0)).filter(
      (p) => !namedKeys.has(p.user.key) && (!seed.mover || movers.has(p.user.key)) && (!seed.newHire || newHires.has(p.user.key)),
    );
    const author = crng.weighted(candidates, (p) => p.weight);
    if (!author) throw new Error(`demo post ${seed.key}: nobody in ${seed.from?.join(', ') ?? 'the city'} on ${day}`);
    post.authorKey = author.user.key;
    if (post.body.includes('{prev}')) {
      const prev = author.user.assignments.find((a) => a.endDate === DEMO_TRANSFER_DATE);
      if (!prev) throw new Error(`demo post ${seed.key}: {prev} needs an author who moved in April`);
      post.body = post.body.split('{prev}').join(unitName(prev.departmentCode, depts));
    }
    const room = Math.max(1, (lastMoment - t0) / HOUR); // hours left before the reference day

    // answers
    const answerers = new Set<string>([post.authorKey]);
    let after = 0;
    (seed.answers ?? []).forEach((a, i) => {
      const spec: { by?: string[]; body: string } = typeof a === 'string' ? { body: a } : a;
      after = i === 0 ? firstAnswerDelay(crng) : after + crng.int(1, 20) + crng.float();
      after = Math.min(after, room * (0.3 + 0.15 * i));
      const at = jstDay(t0 + after * HOUR);
      const free = (ps: Person[]) => ps.filter((p) => !answerers.has(p.user.key));
      let who: Person | undefined;
      if (spec.by) {
        who = crng.weighted(free(pool(spec.by, at)), (p) => p.weight);
        if (!who) throw new Error(`demo post ${seed.key}: no answerer in ${spec.by.join(', ')} on ${at}`);
      } else {
        const experts = seed.tags.flatMap((t) => EXPERTISE[t] ?? []);
        if (experts.length && crng.chance(0.55)) who = crng.weighted(free(pool(experts, at)), (p) => p.weight);
        who ??= crng.weighted(free(pool(undefined, at)), (p) => p.weight);
      }
      answerers.add(who!.user.key);
      post.answers.push({ authorKey: who!.user.key, body: spec.body, hoursAfter: round1(Math.max(0.3, after)) });
    });
    if (seed.kind === 'QUESTION' && post.answers.length > 0 && seed.accept !== false) post.acceptedAnswerIndex = seed.accept ?? 0;

    // comments on answers: the asker's thanks on the accepted one, sometimes a colleague's remark
    post.answers.forEach((a, i) => {
      const ta = t0 + a.hoursAfter * HOUR;
      const comments: DemoComment[] = [];
      if (i === post.acceptedAnswerIndex && crng.chance(0.55)) {
        comments.push({ authorKey: post.authorKey, body: crng.pick(THANKS_FROM_ASKER), hoursAfter: round1(0.5 + crng.float() * 3) });
      } else if (crng.chance(0.2)) {
        const who = crng.weighted(pool(undefined, jstDay(ta)), (p) => (p.user.key === a.authorKey ? 0 : p.weight));
        if (who) comments.push({ authorKey: who.user.key, body: crng.pick(COMMENTS_ON_ANSWER), hoursAfter: round1(1 + crng.float() * 6) });
      }
      if (comments.length) a.comments = comments;
    });

    // comments on the post
    const nComments = seed.kind === 'QUESTION' ? (crng.chance(0.3) ? 1 : 0) : seed.kind === 'CASE' ? crng.int(0, 2) : crng.int(1, 3);
    const bank = seed.kind === 'QUESTION' ? COMMENTS_ON_QUESTION : seed.kind === 'CASE' ? COMMENTS_ON_CASE : COMMENTS_ON_IDEA;
    const postComments: DemoComment[] = [];
    const usedBodies = new Set<string>();
    for (let i = 0; i < nComments; i++) {
      const h = round1(Math.min(room * 0.5, 1 + crng.float() * 30));
      const who = crng.weighted(pool(undefined, jstDay(t0 + h * HOUR)), (p) => (p.user.key === post.authorKey ? 0 : p.weight));
      const body = crng.pick(bank);
      if (!who || usedBodies.has(body)) continue;
      usedBodies.add(body);
      postComments.push({ authorKey: who.user.key, body, hoursAfter: h });
    }
    if (postComments.length) post.comments = postComments.sort((a, b) => a.hoursAfter - b.hoursAfter);

    // stamps
    const anonymousAsker = seed.anonymous ? post.authorKey : undefined;
    const nPostStamps = seed.kind === 'CASE' ? crng.int(4, 12) : seed.kind === 'IDEA' ? crng.int(3, 9) : crng.int(0, 5);
    const postKinds: DemoStampKind[] = seed.kind === 'CASE' ? ['CHEER', 'HELPFUL', 'CHEER'] : ['CHEER'];
    post.stamps = stamps(crng, pool(undefined, jstDay(t0)), post.authorKey, nPostStamps, postKinds, [], anonymousAsker);
    post.answers.forEach((a, i) => {
      const accepted = i === post.acceptedAnswerIndex;
      const n = accepted ? crng.int(1, 5) : crng.int(0, 3);
      const first: DemoStamp[] = accepted && !seed.anonymous ? [{ userKey: post.authorKey, stamp: 'THANKS' }] : [];
      a.stamps = stamps(
        crng,
        pool(undefined, jstDay(t0 + a.hoursAfter * HOUR)),
        a.authorKey,
        n,
        ['HELPFUL', 'HELPFUL', 'CHEER', 'THANKS'],
        first,
        anonymousAsker,
      );
      if (!a.stamps.length) delete a.stamps;
    });
    if (!post.stamps.length) delete post.stamps;
    posts.push(post);
  }
  return { users: roster.map((r) => r.user), posts, transferred };
}

/** 「税務課 市民税係」 for a 係, the name for a 課. */
function unitName(code: string, depts: Map<string, DemoDepartment>): string {
  const d = depts.get(code)!;
  return d.level === 'KAKARI' ? `${depts.get(d.parentCode!)!.name} ${d.name}` : d.name;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Hours until the first answer: mostly the same day, sometimes the next, now and then days. */
function firstAnswerDelay(rng: Rng): number {
  const r = rng.float();
  if (r < 0.55) return 0.3 + rng.float() * 5;
  if (r < 0.85) return 6 + rng.float() * 24;
  return 30 + rng.float() * 60;
}

function stamps(rng: Rng, from: Person[], ownerKey: string, n: number, kinds: DemoStampKind[], first: DemoStamp[], exclude?: string): DemoStamp[] {
  const out = [...first];
  const taken = new Set(out.map((s) => s.userKey));
  for (let i = 0; i < n; i++) {
    const who = rng.weighted(from, (p) => (p.user.key === ownerKey || p.user.key === exclude || taken.has(p.user.key) ? 0 : p.weight));
    if (!who) break;
    taken.add(who.user.key);
    out.push({ userKey: who.user.key, stamp: rng.pick(kinds) });
  }
  return out;
}

const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** The last day a post may be written: its answers, comments and stamps (≤ 4 days) come before the reference day. */
const LATEST_POST_DAY = shiftDay(DEMO_REFERENCE_DATE, -5);
/**
 * Nobody posts in the week before the April move or in the first days after it (年度末・年度初め):
 * a thread takes up to 4 days, so every contribution is clearly before or after the move.
 */
const QUIET_FROM = shiftDay(DEMO_TRANSFER_DATE, -8);
const QUIET_UNTIL = shiftDay(DEMO_TRANSFER_DATE, 5);

/** The JST day of a post: a weekday of its month, outside the quiet days around the April move. */
function pickDay(seed: CitySeed, rng: Rng, used: Map<string, number>): string {
  const [y, m] = seed.month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const candidates: string[] = [];
  for (let d = 1; d <= last; d++) {
    const day = `${seed.month}-${String(d).padStart(2, '0')}`;
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6 || day > LATEST_POST_DAY || (day >= QUIET_FROM && day <= QUIET_UNTIL)) continue;
    candidates.push(day);
  }
  if (!candidates.length) throw new Error(`demo post ${seed.key}: no day in ${seed.month}`);
  // spread the month's posts: prefer days that have fewer posts so far
  const min = Math.min(...candidates.map((d) => used.get(d) ?? 0));
  const free = candidates.filter((d) => (used.get(d) ?? 0) === min);
  const day = rng.pick(free);
  used.set(day, (used.get(day) ?? 0) + 1);
  return day;
}
