/**
 * Demo content for Banso (伴走) — the first thing a newcomer sees.
 *
 * A fictional city (かえで市) with fictional staff. This file holds the organisation and the
 * named characters with their hand-written threads (everyday questions, cases (事例) and
 * ideas about municipal DX); demo-city.ts adds the colleagues around them (a realistic slice
 * of a city hall: 課 of 5–15 people, a few small 係, the April 2026 transfer wave) and two
 * 年度 of everyday activity, generated deterministically; demo-practices.ts what the DX office
 * did with the posts (優良事例, まとめ) and where the cases were adopted (横展開). Times are
 * relative to the seed run (`daysAgo` for posts, `hoursAfter` for answers/comments), laid out
 * against DEMO_REFERENCE_DATE.
 *
 * Invariants are checked in demo-data.spec.ts.
 */
import { buildDemoCity } from './demo-city';

export type DemoRole = 'STAFF' | 'DX_OFFICE' | 'MANAGER' | 'ADMIN';
export type DemoStampKind = 'CHEER' | 'HELPFUL' | 'THANKS';

export interface DemoDepartment {
  code: string;
  name: string;
  level: 'BU' | 'KA' | 'KAKARI';
  parentCode?: string;
}

export interface DemoAssignment {
  departmentCode: string;
  title?: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, exclusive; absent = current */
  endDate?: string;
}

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  role: DemoRole;
  /** hachioji-2023 role code */
  roleCategory: string;
  /** fujisawa-2024 layer code */
  layer: string;
  /** oldest first; the last one is current (no endDate) */
  assignments: DemoAssignment[];
  /** only for MANAGER */
  managedDepartmentCodes?: string[];
}

export interface DemoStamp {
  userKey: string;
  stamp: DemoStampKind;
}

export interface DemoComment {
  authorKey: string;
  body: string;
  /** hours after the parent's creation */
  hoursAfter: number;
}

export interface DemoAnswer {
  authorKey: string;
  body: string;
  hoursAfter: number;
  comments?: DemoComment[];
  stamps?: DemoStamp[];
}

export interface DemoCaseDetails {
  problem: string;
  solution: string;
  effect: string;
  hoursSavedPerYear?: number;
  tools: string[];
}

export interface DemoPost {
  key: string;
  kind: 'QUESTION' | 'CASE' | 'IDEA';
  authorKey: string;
  /** only ever on QUESTION */
  anonymous?: boolean;
  title: string;
  /** Markdown */
  body: string;
  tags: string[];
  /** required for CASE, absent otherwise */
  caseDetails?: DemoCaseDetails;
  /** days before the seed run (0 … about 610: back to 1 April 2025 at DEMO_REFERENCE_DATE) */
  daysAgo: number;
  answers: DemoAnswer[];
  /** QUESTION only; index into answers */
  acceptedAnswerIndex?: number;
  comments?: DemoComment[];
  stamps?: DemoStamp[];
}

export const DEMO_PASSWORD = 'banso-demo';

/** Fictional city — not a real municipality. */
export const DEMO_CITY = 'かえで市';

// ---------------------------------------------------------------------------
// 組織（部 → 課 → 係）
// ---------------------------------------------------------------------------

export const demoDepartments: DemoDepartment[] = [
  { code: 'somu-bu', name: '総務部', level: 'BU' },
  { code: 'dx-suishin-ka', name: 'DX推進課', level: 'KA', parentCode: 'somu-bu' },
  { code: 'dx-suishin-kakari', name: 'DX推進係', level: 'KAKARI', parentCode: 'dx-suishin-ka' },
  { code: 'joho-system-kakari', name: '情報システム係', level: 'KAKARI', parentCode: 'dx-suishin-ka' },
  { code: 'shokuin-ka', name: '職員課', level: 'KA', parentCode: 'somu-bu' },
  { code: 'jinji-kakari', name: '人事係', level: 'KAKARI', parentCode: 'shokuin-ka' },
  { code: 'kyuyo-kosei-kakari', name: '給与厚生係', level: 'KAKARI', parentCode: 'shokuin-ka' },
  { code: 'hisho-koho-ka', name: '秘書広報課', level: 'KA', parentCode: 'somu-bu' },

  { code: 'kikaku-zaisei-bu', name: '企画財政部', level: 'BU' },
  { code: 'kikaku-seisaku-ka', name: '企画政策課', level: 'KA', parentCode: 'kikaku-zaisei-bu' },
  { code: 'zaisei-ka', name: '財政課', level: 'KA', parentCode: 'kikaku-zaisei-bu' },
  { code: 'zeimu-ka', name: '税務課', level: 'KA', parentCode: 'kikaku-zaisei-bu' },
  { code: 'shiminzei-kakari', name: '市民税係', level: 'KAKARI', parentCode: 'zeimu-ka' },
  { code: 'shisanzei-kakari', name: '資産税係', level: 'KAKARI', parentCode: 'zeimu-ka' },
  { code: 'shuno-kakari', name: '収納係', level: 'KAKARI', parentCode: 'zeimu-ka' },
  { code: 'kaikei-ka', name: '会計課', level: 'KA', parentCode: 'kikaku-zaisei-bu' },

  { code: 'shimin-bu', name: '市民部', level: 'BU' },
  { code: 'shimin-ka', name: '市民課', level: 'KA', parentCode: 'shimin-bu' },
  { code: 'madoguchi-kakari', name: '窓口係', level: 'KAKARI', parentCode: 'shimin-ka' },
  { code: 'koseki-kakari', name: '戸籍係', level: 'KAKARI', parentCode: 'shimin-ka' },
  { code: 'hoken-nenkin-ka', name: '保険年金課', level: 'KA', parentCode: 'shimin-bu' },
  { code: 'kokuho-kakari', name: '国保係', level: 'KAKARI', parentCode: 'hoken-nenkin-ka' },
  { code: 'nenkin-kakari', name: '国民年金係', level: 'KAKARI', parentCode: 'hoken-nenkin-ka' },

  { code: 'kenko-fukushi-bu', name: '健康福祉部', level: 'BU' },
  { code: 'korei-kaigo-ka', name: '高齢介護課', level: 'KA', parentCode: 'kenko-fukushi-bu' },
  { code: 'kaigo-hoken-kakari', name: '介護保険係', level: 'KAKARI', parentCode: 'korei-kaigo-ka' },
  { code: 'chiiki-hokatsu-kakari', name: '地域包括ケア係', level: 'KAKARI', parentCode: 'korei-kaigo-ka' },
  { code: 'shogai-fukushi-ka', name: '障がい福祉課', level: 'KA', parentCode: 'kenko-fukushi-bu' },
  { code: 'kenko-zukuri-ka', name: '健康づくり課', level: 'KA', parentCode: 'kenko-fukushi-bu' },
  { code: 'seikatsu-fukushi-ka', name: '生活福祉課', level: 'KA', parentCode: 'kenko-fukushi-bu' },

  { code: 'kodomo-mirai-bu', name: 'こども未来部', level: 'BU' },
  { code: 'kosodate-shien-ka', name: '子育て支援課', level: 'KA', parentCode: 'kodomo-mirai-bu' },
  { code: 'kyufu-kakari', name: '給付係', level: 'KAKARI', parentCode: 'kosodate-shien-ka' },
  { code: 'katei-sodan-kakari', name: '家庭相談係', level: 'KAKARI', parentCode: 'kosodate-shien-ka' },
  { code: 'hoiku-ka', name: '保育課', level: 'KA', parentCode: 'kodomo-mirai-bu' },

  { code: 'kankyo-bu', name: '環境部', level: 'BU' },
  { code: 'kankyo-seisaku-ka', name: '環境政策課', level: 'KA', parentCode: 'kankyo-bu' },
  { code: 'gomi-genryo-ka', name: 'ごみ減量推進課', level: 'KA', parentCode: 'kankyo-bu' },

  { code: 'toshi-seibi-bu', name: '都市整備部', level: 'BU' },
  { code: 'doro-kanri-ka', name: '道路管理課', level: 'KA', parentCode: 'toshi-seibi-bu' },
  { code: 'toshi-keikaku-ka', name: '都市計画課', level: 'KA', parentCode: 'toshi-seibi-bu' },

  { code: 'kyoiku-jimukyoku', name: '教育委員会事務局', level: 'BU' },
  { code: 'kyoiku-somu-ka', name: '教育総務課', level: 'KA', parentCode: 'kyoiku-jimukyoku' },
  { code: 'gakko-kyoiku-ka', name: '学校教育課', level: 'KA', parentCode: 'kyoiku-jimukyoku' },
];

// ---------------------------------------------------------------------------
// 職員（すべて架空の人物）: the named characters. Their employee numbers (K00001…) follow
// this order, so new people are only ever appended (demo-city.ts adds staff031…).
// ---------------------------------------------------------------------------

export const namedUsers: DemoUser[] = [
  {
    key: 'admin',
    email: 'admin@demo.banso.example',
    displayName: '石川 誠',
    role: 'ADMIN',
    roleCategory: 'DIGITAL_EXPERT',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'joho-system-kakari', title: '係長', startDate: '2021-04-01' }],
  },
  {
    key: 'dx-office',
    email: 'dx-office@demo.banso.example',
    displayName: '森本 彩',
    role: 'DX_OFFICE',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'dx-suishin-kakari', title: '主査', startDate: '2023-04-01' }],
  },
  {
    key: 'dx-chief',
    email: 'dx-chief@demo.banso.example',
    displayName: '藤井 達也',
    role: 'DX_OFFICE',
    roleCategory: 'DIGITAL_MANAGER',
    layer: 'SECTION_CHIEF',
    assignments: [{ departmentCode: 'dx-suishin-ka', title: '課長', startDate: '2024-04-01' }],
  },
  {
    key: 'manager',
    email: 'manager@demo.banso.example',
    displayName: '岡田 恵子',
    role: 'MANAGER',
    roleCategory: 'DIGITAL_MANAGER',
    layer: 'SECTION_CHIEF',
    assignments: [{ departmentCode: 'shimin-ka', title: '市民課長（子育て支援課長兼務）', startDate: '2025-04-01' }],
    managedDepartmentCodes: ['shimin-ka', 'kosodate-shien-ka'],
  },
  {
    key: 'manager-fukushi',
    email: 'manager-fukushi@demo.banso.example',
    displayName: '松田 浩二',
    role: 'MANAGER',
    roleCategory: 'DIGITAL_MANAGER',
    layer: 'SECTION_CHIEF',
    assignments: [{ departmentCode: 'korei-kaigo-ka', title: '課長', startDate: '2024-04-01' }],
    managedDepartmentCodes: ['korei-kaigo-ka', 'shogai-fukushi-ka'],
  },
  {
    key: 'staff01',
    email: 'staff01@demo.banso.example',
    displayName: '中村 美咲',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'madoguchi-kakari', title: '主任', startDate: '2022-04-01' }],
  },
  {
    key: 'staff02',
    email: 'staff02@demo.banso.example',
    displayName: '佐藤 健太',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'shiminzei-kakari', title: '主任', startDate: '2021-04-01' }],
  },
  {
    key: 'staff03',
    email: 'staff03@demo.banso.example',
    displayName: '小林 翔',
    role: 'STAFF',
    roleCategory: 'DIGITAL_EXPERT',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'dx-suishin-kakari', title: '主事', startDate: '2024-04-01' }],
  },
  {
    key: 'staff04',
    email: 'staff04@demo.banso.example',
    displayName: '吉田 真理子',
    role: 'STAFF',
    roleCategory: 'DIGITAL_EXPERT',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'joho-system-kakari', title: '主査', startDate: '2020-04-01' }],
  },
  {
    key: 'staff05',
    email: 'staff05@demo.banso.example',
    displayName: '加藤 大輔',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'STAFF',
    // 4月の人事異動：税務課 市民税係 → 市民課 窓口係
    assignments: [
      { departmentCode: 'shiminzei-kakari', title: '主事', startDate: '2023-04-01', endDate: '2026-04-01' },
      { departmentCode: 'madoguchi-kakari', title: '主任', startDate: '2026-04-01' },
    ],
  },
  {
    key: 'staff06',
    email: 'staff06@demo.banso.example',
    displayName: '山口 奈々',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'shokuin-ka', title: '主事', startDate: '2025-04-01' }],
  },
  {
    key: 'staff07',
    email: 'staff07@demo.banso.example',
    displayName: '清水 拓也',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'madoguchi-kakari', title: '主事', startDate: '2026-04-01' }],
  },
  {
    key: 'staff08',
    email: 'staff08@demo.banso.example',
    displayName: '林 由美子',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'koseki-kakari', title: '主査', startDate: '2019-04-01' }],
  },
  {
    key: 'staff09',
    email: 'staff09@demo.banso.example',
    displayName: '斎藤 優',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'shisanzei-kakari', title: '主事', startDate: '2023-04-01' }],
  },
  {
    key: 'staff10',
    email: 'staff10@demo.banso.example',
    displayName: '井上 隆',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'zaisei-ka', title: '主査', startDate: '2022-04-01' }],
  },
  {
    key: 'staff11',
    email: 'staff11@demo.banso.example',
    displayName: '木村 さやか',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'kaigo-hoken-kakari', title: '主任', startDate: '2023-04-01' }],
  },
  {
    key: 'staff12',
    email: 'staff12@demo.banso.example',
    displayName: '阿部 聡',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'kaigo-hoken-kakari', title: '係長', startDate: '2021-04-01' }],
  },
  {
    key: 'staff13',
    email: 'staff13@demo.banso.example',
    displayName: '橋本 葵',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'korei-kaigo-ka', title: '主事', startDate: '2024-04-01' }],
  },
  {
    key: 'staff14',
    email: 'staff14@demo.banso.example',
    displayName: '山崎 誠一',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'DEPUTY_CHIEF',
    assignments: [{ departmentCode: 'shogai-fukushi-ka', title: '課長補佐', startDate: '2022-04-01' }],
  },
  {
    key: 'staff15',
    email: 'staff15@demo.banso.example',
    displayName: '池田 舞',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'kosodate-shien-ka', title: '主任', startDate: '2022-04-01' }],
  },
  {
    key: 'staff16',
    email: 'staff16@demo.banso.example',
    displayName: '森 亮介',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'kyufu-kakari', title: '主事', startDate: '2024-04-01' }],
  },
  {
    key: 'staff17',
    email: 'staff17@demo.banso.example',
    displayName: '石井 千尋',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'kyufu-kakari', title: '主査', startDate: '2023-04-01' }],
  },
  {
    key: 'staff18',
    email: 'staff18@demo.banso.example',
    displayName: '前田 香織',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'hoiku-ka', title: '主任', startDate: '2021-04-01' }],
  },
  {
    key: 'staff19',
    email: 'staff19@demo.banso.example',
    displayName: '藤田 健',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'doro-kanri-ka', title: '技師', startDate: '2022-04-01' }],
  },
  {
    key: 'staff20',
    email: 'staff20@demo.banso.example',
    displayName: '岡本 正樹',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'DEPUTY_CHIEF',
    assignments: [{ departmentCode: 'doro-kanri-ka', title: '課長補佐', startDate: '2023-04-01' }],
  },
  {
    key: 'staff21',
    email: 'staff21@demo.banso.example',
    displayName: '後藤 紗希',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'toshi-keikaku-ka', title: '主事', startDate: '2024-04-01' }],
  },
  {
    key: 'staff22',
    email: 'staff22@demo.banso.example',
    displayName: '長谷川 陽介',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'gakko-kyoiku-ka', title: '指導主事', startDate: '2023-04-01' }],
  },
  {
    key: 'staff23',
    email: 'staff23@demo.banso.example',
    displayName: '村上 麻衣',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'gakko-kyoiku-ka', title: '主事', startDate: '2026-04-01' }],
  },
  {
    key: 'staff24',
    email: 'staff24@demo.banso.example',
    displayName: '近藤 修',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'kyoiku-somu-ka', title: '主査', startDate: '2020-04-01' }],
  },
  {
    key: 'staff25',
    email: 'staff25@demo.banso.example',
    displayName: '坂本 愛',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'gomi-genryo-ka', title: '主任', startDate: '2022-04-01' }],
  },
  {
    key: 'staff26',
    email: 'staff26@demo.banso.example',
    displayName: '遠藤 和也',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'gomi-genryo-ka', title: '主事', startDate: '2026-04-01' }],
  },
  {
    key: 'staff27',
    email: 'staff27@demo.banso.example',
    displayName: '青木 理沙',
    role: 'STAFF',
    roleCategory: 'DIGITAL_LEADER',
    layer: 'SENIOR_STAFF',
    assignments: [{ departmentCode: 'kikaku-seisaku-ka', title: '主査', startDate: '2022-04-01' }],
  },
  {
    key: 'staff28',
    email: 'staff28@demo.banso.example',
    displayName: '西村 晴美',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'kenko-zukuri-ka', title: '保健師', startDate: '2021-04-01' }],
  },
  {
    key: 'staff29',
    email: 'staff29@demo.banso.example',
    displayName: '福田 直樹',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'kaikei-ka', title: '主任', startDate: '2023-04-01' }],
  },
  {
    key: 'staff30',
    email: 'staff30@demo.banso.example',
    displayName: '太田 綾香',
    role: 'STAFF',
    roleCategory: 'DIGITAL_USER',
    layer: 'STAFF',
    assignments: [{ departmentCode: 'hisho-koho-ka', title: '主事', startDate: '2024-04-01' }],
  },
];

// ---------------------------------------------------------------------------
// 投稿（質問・事例・アイデア）: the named threads
// ---------------------------------------------------------------------------

export const namedPosts: DemoPost[] = [
  // ===== 質問 =====
  {
    key: 'q-lgwan-basics',
    kind: 'QUESTION',
    authorKey: 'staff07',
    anonymous: true,
    title: '今さら聞けない…「LGWAN」と「インターネット接続系」の違いを教えてください',
    body: `4月に採用されて窓口係に配属になりました。研修で「LGWAN系の端末からはインターネットに直接つながらない」と説明を受けたのですが、正直よく分かっていません。

自席のパソコンで市のホームページを見ると、別の画面（仮想ブラウザ？）が立ち上がるのもそのせいでしょうか。ネットで見つけた様式などのファイルを業務で使いたいときは、どうすればよいのかも教えていただけると助かります。`,
    tags: ['セキュリティ', '研修'],
    daysAgo: 6,
    answers: [
      {
        authorKey: 'staff04',
        hoursAfter: 1.5,
        body: `情報システム係の吉田です。ざっくり言うと、本市のネットワークは3つに分かれています（いわゆる「三層の対策」）。

- **マイナンバー利用事務系**：住民記録や税などの基幹システム。窓口の住基端末はここです
- **LGWAN接続系**：普段お使いの自席PC。メール・文書管理・財務会計など。自治体同士をつなぐ閉じたネットワークです
- **インターネット接続系**：ホームページ閲覧用。自席PCからは画面転送（仮想ブラウザ）で見ています

インターネットから取得したファイルは、仮想ブラウザの「ファイル無害化」機能でLGWAN側に取り込めます。マクロ付きのExcelなどは無害化で中身が変わることがあるので、うまく開けないときは情報システム係（内線2315）までご相談ください。`,
        comments: [
          {
            authorKey: 'staff26',
            hoursAfter: 4,
            body: '同じく4月採用です。仮想ブラウザからファイルを保存できずに困っていたので、無害化の話がとても参考になりました。',
          },
        ],
        stamps: [
          { userKey: 'staff26', stamp: 'HELPFUL' },
          { userKey: 'staff23', stamp: 'HELPFUL' },
          { userKey: 'dx-office', stamp: 'CHEER' },
        ],
      },
      {
        authorKey: 'dx-office',
        hoursAfter: 3,
        body: `補足です。庁内ポータルの「情報セキュリティ」ページに三層の構成図があります。新規採用の方は一度見ておくと、窓口の端末と自席PCの使い分けがイメージしやすいと思います。

それと、こういう質問は同期の皆さんも気になっているはずなので、遠慮なくどんどん投稿してください！`,
        stamps: [{ userKey: 'staff04', stamp: 'THANKS' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'staff26', stamp: 'CHEER' },
      { userKey: 'staff23', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-xlookup',
    kind: 'QUESTION',
    authorKey: 'staff23',
    anonymous: true,
    title: '今さら聞けない：VLOOKUPとXLOOKUPは何が違うのでしょうか',
    body: `お恥ずかしい質問ですみません。学校ごとの児童数の一覧と、教材の配布数の一覧を突き合わせる作業があり、前任者のファイルではVLOOKUPが使われています。

研修で「今はXLOOKUPのほうが便利」と聞いたのですが、具体的に何が違うのでしょうか。庁内のExcelでXLOOKUPが使えるのかどうかも分かっていません。`,
    tags: ['Excel'],
    daysAgo: 35,
    answers: [
      {
        authorKey: 'staff10',
        hoursAfter: 2,
        body: `財政課の井上です。予算資料で毎日のように使っているので、違いをまとめます。

- VLOOKUPは**検索する列が表の一番左**にないと使えません。XLOOKUPは検索列と返す列を別々に指定できます
- VLOOKUPは「左から何列目」を数字で指定するので、列を挿入すると結果がずれます。XLOOKUPはずれません
- XLOOKUPは見つからなかったときの表示も指定できます（例：\`=XLOOKUP(A2,学校一覧!A:A,学校一覧!C:C,"該当なし")\`）

本市の標準端末はMicrosoft 365のExcelなので、XLOOKUPは使えます。ただし、学校側に古いExcelが残っていると開いたときに \`#NAME?\` になることがあるので、**学校とやり取りするファイルだけはVLOOKUPのまま**にしておくのが無難です。`,
        stamps: [
          { userKey: 'staff03', stamp: 'HELPFUL' },
          { userKey: 'staff17', stamp: 'HELPFUL' },
          { userKey: 'staff24', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff03',
        hoursAfter: 5,
        body: `毎年同じ突き合わせをするなら、Power Query で2つの表を「マージ」する方法もおすすめです。一度作っておけば、翌年は元データを差し替えて「すべて更新」を押すだけで済みます。やり方が分からなければDX推進係で一緒に作りますよ。`,
        comments: [
          {
            authorKey: 'staff22',
            hoursAfter: 20,
            body: '学校教育課の他の集計にも使えそうなので、今度ぜひ教えてください。',
          },
        ],
        stamps: [{ userKey: 'staff22', stamp: 'CHEER' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [{ userKey: 'staff16', stamp: 'CHEER' }],
  },
  {
    key: 'q-teams-channel-chat',
    kind: 'QUESTION',
    authorKey: 'staff13',
    anonymous: true,
    title: '今さら聞けない：Teamsの「チャネル」と「チャット」はどう使い分ければいいですか',
    body: `課内でTeamsを使い始めて1年以上経つのですが、連絡がチャネルに来たりチャットに来たりで、どこを見ればいいのか分からなくなることがあります。

係の中で「この連絡はチャネル、これはチャット」という決まりを作っているところがあれば教えてください。周りに聞きづらくて匿名で失礼します。`,
    tags: ['Teams', 'Microsoft365'],
    daysAgo: 52,
    answers: [
      {
        authorKey: 'dx-office',
        hoursAfter: 4,
        body: `DX推進課では次のように決めています。参考になれば。

- **チャネル**：係・プロジェクトの業務連絡、決まったこと、ファイル共有。後から来た人も経緯を追えるもの
- **チャット**：個人あての短い確認、日程調整など「流れてもよい」もの
- 件名を付けて投稿し、返信は必ず**スレッドに**（新しい投稿にしない）
- 全員に見てほしいものだけ \`@チャネル名\` でメンション

迷ったら「異動してきた人が後で読む必要があるか？」で判断すると、だいたいチャネルになります。`,
        comments: [
          {
            authorKey: 'staff12',
            hoursAfter: 6,
            body: '「異動してきた人が後で読むか」はいい基準ですね。高齢介護課でも係会議で共有してみます。',
          },
        ],
        stamps: [
          { userKey: 'staff12', stamp: 'HELPFUL' },
          { userKey: 'staff15', stamp: 'HELPFUL' },
          { userKey: 'manager-fukushi', stamp: 'THANKS' },
        ],
      },
      {
        authorKey: 'staff15',
        hoursAfter: 9,
        body: `子育て支援課では、チャネルの投稿の最初に【依頼】【共有】【相談】のどれかを付けるルールにしました。通知を見ただけで急ぎかどうか分かるので、見落としがかなり減りました。`,
        stamps: [{ userKey: 'dx-office', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [{ userKey: 'staff30', stamp: 'CHEER' }],
  },
  {
    key: 'q-kakanai-signature',
    kind: 'QUESTION',
    authorKey: 'staff07',
    title: '書かない窓口で、申請書の署名はどう扱っていますか',
    body: `市民課では転入届で「書かない窓口」を試行中で、来年度は国民健康保険や児童手当など関連手続きにも広げる予定です。

職員が聞き取りとマイナンバーカードの読み取りで申請書を作成し、最後に住民の方に内容を確認してもらう流れですが、**署名（自署）の扱い**で課内の意見が割れています。

1. タブレットへの電子サイン
2. 印刷した申請書に署名
3. 署名自体を省略（確認欄へのチェックのみ）

他の自治体や他課ではどうしているか、本人確認との関係も含めて教えていただけると助かります。`,
    tags: ['書かない窓口', '窓口', 'BPR'],
    daysAgo: 12,
    answers: [
      {
        authorKey: 'staff08',
        hoursAfter: 3,
        body: `戸籍係の林です。戸籍の届出は法令上、届出人の署名が必要なものがあるので、戸籍係では**印刷して署名**を続けています。手続きごとに根拠法令で署名が必須かどうかを確認して、必須でないものから省略していくのが現実的だと思います。`,
        stamps: [{ userKey: 'staff07', stamp: 'THANKS' }],
      },
      {
        authorKey: 'dx-chief',
        hoursAfter: 26,
        body: `DX推進課の藤井です。先行自治体の話を聞く限り、署名を残す場合は電子サイン、省略する場合は「画面で内容を確認した」記録を残す運用が多いようです。

整理の順番としては、
- 手続きごとに署名の根拠（法令・規則・要綱）を一覧にする
- 要綱レベルで署名を求めているだけのものは、要綱改正で省略できないか検討する
- 本人確認は署名ではなく、マイナンバーカード等の確認記録で担保する

市民課と一緒に一覧づくりから始めましょう。来週の定例でお時間いただけますか。`,
        comments: [
          {
            authorKey: 'manager',
            hoursAfter: 2,
            body: 'ありがとうございます。来週の定例で市民課から一覧の素案を出します。',
          },
        ],
        stamps: [
          { userKey: 'staff07', stamp: 'HELPFUL' },
          { userKey: 'staff01', stamp: 'HELPFUL' },
          { userKey: 'manager', stamp: 'THANKS' },
        ],
      },
      {
        authorKey: 'staff15',
        hoursAfter: 30,
        body: `子育て支援課です。児童手当の認定請求書は、ぴったりサービスでは電子署名で受け付けているので、窓口でも**署名を省略して確認欄へのチェック**で運用できないか検討しています。市民課と足並みを揃えられると、転入の方にとっても分かりやすいと思います。`,
        stamps: [{ userKey: 'staff07', stamp: 'HELPFUL' }],
      },
    ],
    stamps: [
      { userKey: 'staff01', stamp: 'CHEER' },
      { userKey: 'staff05', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-aiocr-ikensho',
    kind: 'QUESTION',
    authorKey: 'staff11',
    title: '主治医意見書（手書き）をAI-OCRで読み取っている自治体はありますか',
    body: `介護保険係です。要介護認定の主治医意見書が月に約450件届き、うち3割ほどが手書きです。現在は審査会資料を作るために、職員2名で認定支援システムへ手入力しています。

税務課でAI-OCRを使っていると聞いたのですが、医師の手書き文字やチェック欄はどの程度読み取れるものでしょうか。読み取り精度や、確認作業にかかる時間の感覚を教えてください。`,
    tags: ['AI-OCR', 'RPA'],
    daysAgo: 80,
    answers: [
      {
        authorKey: 'staff02',
        hoursAfter: 5,
        body: `税務課の佐藤です。給与支払報告書で使っている感覚でお答えします。

- **チェック欄（○や✓）**はほぼ100%読めます
- 活字は99%以上、**手書きの数字**も95%前後
- 手書きの自由記述（所見欄など）は癖字だと厳しく、結局目視での修正が多くなります

なので「チェック欄と数字だけAI-OCR、所見欄は画像のまま審査会資料に貼る」と割り切るのが効果的だと思います。帳票の読み取り位置の定義は1様式あたり半日ほどで作れました。一度サンプルを10枚ほどお借りできれば、試しに読み取ってみますよ。`,
        comments: [
          {
            authorKey: 'staff11',
            hoursAfter: 3,
            body: 'ありがとうございます！個人情報の部分をマスキングしたサンプルを用意して、係長と相談のうえご連絡します。',
          },
        ],
        stamps: [
          { userKey: 'staff11', stamp: 'THANKS' },
          { userKey: 'staff12', stamp: 'HELPFUL' },
          { userKey: 'dx-office', stamp: 'CHEER' },
        ],
      },
      {
        authorKey: 'dx-office',
        hoursAfter: 30,
        body: `AI-OCRはDX推進課で全庁ライセンスを持っているので、追加費用なしで試せます。様式を登録する前に、**医師会経由で意見書の様式を統一できないか**も並行して検討するとよいと思います。手書き様式が減れば、読み取り精度も上がります。`,
        stamps: [{ userKey: 'staff11', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'staff13', stamp: 'CHEER' },
      { userKey: 'staff02', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-logo-attachment',
    kind: 'QUESTION',
    authorKey: 'staff16',
    title: 'LoGoフォームで通帳の写しなど添付ファイルを受け付けるときの注意点',
    body: `給付係で、児童手当の口座変更届をLoGoフォームで受け付けられないか検討しています。通帳やキャッシュカードの写しを画像で添付してもらう想定です。

- 添付ファイルのサイズや形式は制限したほうがいいでしょうか
- 受け付けたデータはいつまでLoGoフォーム上に残しておいてよいのでしょうか

先に取り組んでいる課があれば教えてください。`,
    tags: ['オンライン申請', 'LoGoフォーム', '子育て', 'セキュリティ'],
    daysAgo: 140,
    answers: [
      {
        authorKey: 'staff15',
        hoursAfter: 6,
        body: `子育て支援課の池田です。一時預かりの申請で添付を受け付けています。

- 形式は **JPEG・PNG・PDF**、サイズは1ファイル10MBまでにしました。スマホ写真はそのままで収まります
- 「通帳の表紙を開いた1ページ目（口座番号と名義が見える面）」と、**見本画像をフォームに載せる**と撮り直しの依頼がほぼなくなりました
- 受付後は毎朝ダウンロードして文書管理システムに登録し、フォーム上のデータは **処理が終わったら削除** しています`,
        stamps: [
          { userKey: 'staff16', stamp: 'THANKS' },
          { userKey: 'staff17', stamp: 'HELPFUL' },
          { userKey: 'staff18', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff04',
        hoursAfter: 22,
        body: `情報システム係から補足です。口座情報は個人情報なので、

- フォームの閲覧権限は担当者だけに絞る
- 共有PCでダウンロードしたファイルを「ダウンロード」フォルダに残さない
- 個人情報を扱うフォームとして、公開前にDX推進課のチェックリストを提出する

の3点をお願いします。チェックリストは庁内ポータルにあります。`,
        stamps: [{ userKey: 'staff16', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [{ userKey: 'staff17', stamp: 'CHEER' }],
  },
  {
    key: 'q-road-report-line',
    kind: 'QUESTION',
    authorKey: 'staff19',
    title: '道路の損傷（ポットホール等）をLINEで通報してもらう仕組みについて',
    body: `道路管理課では、道路の穴やカーブミラーの破損などの通報を電話で受けていますが、場所の特定に時間がかかり、1件あたり10分以上電話していることもあります。

他市ではLINEで写真と位置情報を送ってもらう仕組みがあると聞きました。導入した自治体の費用感や、いたずら投稿への対応などご存じの方はいませんか。`,
    tags: ['オンライン申請', 'データ活用'],
    daysAgo: 95,
    answers: [
      {
        authorKey: 'dx-office',
        hoursAfter: 8,
        body: `DX推進課です。本市の公式LINEは秘書広報課が運用しています。通報機能を追加する場合の選択肢は次の2つです。

1. 公式LINEにLoGoフォームのリンクを置き、フォームで写真と地図上の位置を受け付ける（追加費用なし）
2. 通報専用のサービスを導入する（年額数十万円〜。対応状況を市民に返せる）

まずは1で半年ほど試して、件数や内容を見てから2を検討するのがおすすめです。いたずら投稿は、先行自治体の話ではほとんどないそうです。`,
        comments: [
          {
            authorKey: 'staff30',
            hoursAfter: 4,
            body: '秘書広報課です。公式LINEのリッチメニューに通報ボタンを追加するのは対応できます。文言を一緒に考えましょう。',
          },
        ],
        stamps: [
          { userKey: 'staff19', stamp: 'THANKS' },
          { userKey: 'staff20', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff21',
        hoursAfter: 30,
        body: `都市計画課です。地図上で位置を選んでもらうなら、通報データを庁内GISに取り込めるよう緯度経度で受け取れる形にしておくと、後で補修箇所の分析にも使えます。`,
        stamps: [{ userKey: 'staff19', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'staff20', stamp: 'CHEER' },
      { userKey: 'staff25', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-phishing-drill',
    kind: 'QUESTION',
    authorKey: 'staff30',
    anonymous: true,
    title: '標的型メール訓練のメールの添付ファイルを開いてしまいました…',
    body: `今朝届いた「職員駐車場の利用について」というメールの添付ファイルを開いたら、「これは訓練です」という画面が出ました。

訓練だったのでホッとしたのですが、これは誰かに報告しなければいけないのでしょうか。本物だった場合はどうすればよかったのかも、改めて知っておきたいです。`,
    tags: ['セキュリティ'],
    daysAgo: 18,
    answers: [
      {
        authorKey: 'staff04',
        hoursAfter: 0.5,
        body: `情報システム係です。開いてしまった方も、**ここで質問してくれたこと自体が100点**です。

訓練の場合は、開封後に表示された画面の案内どおりアンケートに回答すれば報告は不要です。本物の不審メールだった場合は次のとおりです。

1. **LANケーブルを抜く**（無線の場合はWi-Fiをオフ）。電源は切らない
2. 情報システム係（内線2315）へすぐ電話
3. メールは削除せず、そのまま残す

「開いたことを言い出しにくい」のが一番の危険なので、迷ったらすぐ電話してください。怒ったりしません。`,
        comments: [
          {
            authorKey: 'staff30',
            hoursAfter: 1,
            body: 'ありがとうございます。アンケートに回答しました。次は迷わず内線2315に電話します。',
          },
          {
            authorKey: 'staff06',
            hoursAfter: 5,
            body: '「電源は切らない」は知りませんでした。職員課の新任研修資料にも入れておきます。',
          },
        ],
        stamps: [
          { userKey: 'staff06', stamp: 'HELPFUL' },
          { userKey: 'staff07', stamp: 'HELPFUL' },
          { userKey: 'dx-office', stamp: 'CHEER' },
          { userKey: 'staff13', stamp: 'HELPFUL' },
        ],
      },
    ],
    acceptedAnswerIndex: 0,
    comments: [
      {
        authorKey: 'staff09',
        hoursAfter: 2,
        body: '実は自分も開きました…。同じ人がいて少し安心しました。',
      },
    ],
    stamps: [
      { userKey: 'staff09', stamp: 'CHEER' },
      { userKey: 'staff04', stamp: 'THANKS' },
    ],
  },
  {
    key: 'q-usb-memory',
    kind: 'QUESTION',
    authorKey: 'staff24',
    title: '学校から大容量のデータを受け取るのにUSBメモリを使いたいのですが',
    body: `教育総務課です。学校の施設台帳の更新で、各校から写真付きのデータ（1校あたり1〜2GB）を集めています。学校のネットワークとは文書のやり取りがしにくく、これまでは学校に出向いてDVDで受け取っていました。

USBメモリを使えれば楽なのですが、庁内では原則禁止と聞いています。どのような手続きをすれば使えるのでしょうか。`,
    tags: ['セキュリティ'],
    daysAgo: 150,
    answers: [
      {
        authorKey: 'staff04',
        hoursAfter: 4,
        body: `情報システム係です。USBメモリは、**情報システム係が貸し出す暗号化USBメモリ**に限り、使用申請をいただければ利用できます。

- 申請は電子申請の「外部記録媒体使用申請」から（1〜2営業日で承認）
- 貸出用は32GB・パスワード付き・紛失時の遠隔消去に対応しています
- 使用後は返却時にデータ消去を確認します

ただ、1〜2GBなら **LGWAN-ASPのファイル転送サービス**で学校から送ってもらう方法もあります。学校側にも同じサービスの利用IDがあるので、持ち運びのリスクがなくなりますよ。`,
        stamps: [
          { userKey: 'staff24', stamp: 'THANKS' },
          { userKey: 'staff22', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff22',
        hoursAfter: 28,
        body: `学校教育課です。学校側ではファイル転送サービスの使い方を知らない先生が多いので、教頭会で簡単な手順書を配りましょうか。1枚もので作れると思います。`,
        comments: [
          {
            authorKey: 'staff24',
            hoursAfter: 1,
            body: '助かります！手順書の案ができたら共有します。',
          },
        ],
        stamps: [{ userKey: 'staff24', stamp: 'CHEER' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [{ userKey: 'staff04', stamp: 'CHEER' }],
  },
  {
    key: 'q-ebpm-dashboard',
    kind: 'QUESTION',
    authorKey: 'staff27',
    title: '総合計画のKPIをダッシュボードにしたい。Excelで続けるかPower BIにするか',
    body: `企画政策課です。総合計画の進捗管理で、各課から毎年KPI（約120指標）の実績をExcelで集めています。集計後に施策ごとのグラフを手作業で作っており、毎年2週間ほどかかっています。

庁内でもEBPMを進める流れなので、ダッシュボードにして各課がいつでも見られるようにしたいと考えています。Excelのままで工夫するか、Power BIを使うか、他にもっと良い方法があるか、アドバイスをお願いします。`,
    tags: ['EBPM', 'データ活用', 'Excel'],
    daysAgo: 60,
    answers: [
      {
        authorKey: 'staff03',
        hoursAfter: 3,
        body: `DX推進係の小林です。120指標を毎年更新するなら、Power BIをおすすめします。

- 各課の入力はExcelの**統一テンプレート**（1指標1行の縦持ち）にする
- SharePointのフォルダに置いてもらい、Power BIが自動で読み込む
- 施策別・年度別の切り替えはスライサーで。グラフの手作業はゼロになります

本市のMicrosoft 365ライセンスでは閲覧側にもPower BI Proが必要なので、まずは企画政策課とDX推進課だけで作って、各課にはPDFで配るところから始めるのが現実的です。テンプレートづくりからお手伝いします。`,
        comments: [
          {
            authorKey: 'staff27',
            hoursAfter: 2,
            body: '「縦持ち」にするのがポイントなんですね。今のファイルは年度が横に並んでいるので、そこから直します。',
          },
          {
            authorKey: 'staff03',
            hoursAfter: 3,
            body: 'はい、そこさえ直せば後はかなり楽になります。変換用のPower Queryも用意できますよ。',
          },
        ],
        stamps: [
          { userKey: 'staff27', stamp: 'THANKS' },
          { userKey: 'staff10', stamp: 'HELPFUL' },
          { userKey: 'dx-chief', stamp: 'CHEER' },
        ],
      },
      {
        authorKey: 'dx-chief',
        hoursAfter: 24,
        body: `ダッシュボードを作ること自体より、**そのKPIで施策を見直せるか**が大事です。作る前に、指標ごとに「この数字が下がったら何を変えるか」を担当課と1行ずつ書いておくと、見直しの会議で使われるダッシュボードになります。`,
        stamps: [
          { userKey: 'staff27', stamp: 'HELPFUL' },
          { userKey: 'manager', stamp: 'HELPFUL' },
        ],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'staff10', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-genai-guideline',
    kind: 'QUESTION',
    authorKey: 'staff28',
    title: '生成AIで特定保健指導の案内文を作ってもよいでしょうか',
    body: `健康づくり課の保健師です。特定保健指導の案内文や、健康教室のチラシの文章を考えるのに毎回時間がかかっています。

庁内で生成AIが使えるようになったと聞きましたが、案内文の下書きに使ってもよいのでしょうか。対象者の年代や健診結果の傾向を入れて文章を作りたいのですが、どこまで入力してよいのか分かりません。`,
    tags: ['生成AI', 'セキュリティ'],
    daysAgo: 25,
    answers: [
      {
        authorKey: 'dx-office',
        hoursAfter: 2,
        body: `DX推進課です。案内文やチラシの下書きは、まさに使っていただきたい用途です！「かえで市生成AI利用ガイドライン」のポイントは次のとおりです。

- **個人情報・非公開情報は入力しない**（氏名、住所、個人の健診結果など）
- 「40〜50代の男性、血圧が高めの方が多い」といった**統計的な傾向**は入力してOK
- 出力は必ず職員が確認し、数値や制度の説明は原典と照らし合わせる
- 外部に出す文書に使った場合は、起案時に「生成AI利用」にチェック

プロンプトの例も庁内ポータルに載せています。使ってみた感想もぜひこちらに投稿してください。`,
        comments: [
          {
            authorKey: 'staff28',
            hoursAfter: 1,
            body: '傾向ならOKなんですね。さっそく来月の案内文で試してみます。',
          },
        ],
        stamps: [
          { userKey: 'staff28', stamp: 'THANKS' },
          { userKey: 'staff30', stamp: 'HELPFUL' },
          { userKey: 'staff11', stamp: 'HELPFUL' },
          { userKey: 'staff25', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff30',
        hoursAfter: 7,
        body: `秘書広報課です。広報紙の原稿でも使っていますが、「やさしい日本語で」「60代の方が読む前提で」と読み手を指定すると、かなり使える下書きが出てきます。最後に表記ルール（数字は半角など）だけ人の目で整えています。`,
        stamps: [{ userKey: 'staff28', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'staff13', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-chatbot-gomi',
    kind: 'QUESTION',
    authorKey: 'staff25',
    title: 'ごみの分別の問い合わせにAIチャットボットを導入した自治体の費用感',
    body: `ごみ減量推進課では、分別方法の問い合わせ電話が1日平均40件あり、特に年度末・年度初めの引越しシーズンは電話がつながりにくい状態です。

ホームページに分別辞典（約1,200品目）はあるのですが、探しにくいという声も多いです。AIチャットボットを導入している自治体の費用や、導入後に電話がどれくらい減ったかをご存じの方はいますか。`,
    tags: ['サービスデザイン', 'データ活用'],
    daysAgo: 110,
    answers: [
      {
        authorKey: 'staff03',
        hoursAfter: 10,
        body: `DX推進係です。他市の担当者から聞いた話では、分別チャットボットは**年額50〜100万円**程度が多いようです。電話が2〜3割減ったという話が多いですが、効果を出すには次の2点が大事だそうです。

- 分別辞典の品目名を、市民が実際に使う言葉に合わせる（例：「ペットボトルのふた」「ふた ペット」など表記ゆれの登録）
- 「答えられなかった質問」のログを毎月見て、辞典を育てる

いきなりチャットボットにしなくても、まず分別辞典を**オープンデータ化**して、検索しやすい画面を作るだけでも効果があるかもしれません。`,
        comments: [
          {
            authorKey: 'staff25',
            hoursAfter: 3,
            body: '分別辞典のオープンデータ化は企画政策課と準備を進めているので、その先にチャットボットを検討してみます。表記ゆれの登録は盲点でした。',
          },
        ],
        stamps: [
          { userKey: 'staff25', stamp: 'HELPFUL' },
          { userKey: 'staff26', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff01',
        hoursAfter: 48,
        body: `市民課窓口でも、転入の方から「ごみの出し方」をよく聞かれます。チャットボットができたら、転入時にお渡しする案内にQRコードを載せたいです。`,
        stamps: [{ userKey: 'staff25', stamp: 'CHEER' }],
      },
    ],
    comments: [
      {
        authorKey: 'staff26',
        hoursAfter: 60,
        body: '検討の材料に、問い合わせ電話の件数を月別・品目別に集計してみます。',
      },
    ],
    stamps: [{ userKey: 'staff26', stamp: 'CHEER' }],
  },
  {
    key: 'q-kintone-soudan',
    kind: 'QUESTION',
    authorKey: 'staff14',
    title: 'kintoneで障がい福祉の相談記録を管理してもよいでしょうか',
    body: `障がい福祉課です。相談支援の記録を、現在は担当者ごとのExcelと紙のケース記録で管理しており、担当者の不在時に経過が分からないことが課題になっています。

DX推進課がkintoneを導入したと聞きました。相談記録はかなり機微な個人情報を含みますが、kintoneに載せてもよいものでしょうか。また、アクセスできる職員を担当ケースごとに制限することはできますか。`,
    tags: ['kintone', 'ローコード', 'セキュリティ'],
    daysAgo: 70,
    answers: [
      {
        authorKey: 'staff03',
        hoursAfter: 4,
        body: `DX推進係の小林です。本市のkintoneは **LGWAN-ASP経由** で使っているので、LGWAN接続系の個人情報を扱う業務でも利用できます（マイナンバーは不可）。

アクセス制限は次のように設定できます。

- アプリ単位：障がい福祉課の職員だけが見られるアプリにする
- レコード単位：「担当者」フィールドに入っている職員と係長だけが閲覧・編集できるようにする
- フィールド単位：病歴などの項目だけ、さらに閲覧者を絞る

まずは架空データで試作アプリを作って、課内で使い勝手を見てもらうのはいかがでしょうか。2時間ほどいただければ一緒に作れます。`,
        comments: [
          {
            authorKey: 'staff14',
            hoursAfter: 5,
            body: 'レコード単位で絞れるなら、課内の合意も取りやすそうです。来週お願いできますか。',
          },
          {
            authorKey: 'staff03',
            hoursAfter: 6,
            body: 'もちろんです。Teamsで日程調整のご連絡をします。',
          },
        ],
        stamps: [
          { userKey: 'staff14', stamp: 'THANKS' },
          { userKey: 'manager-fukushi', stamp: 'HELPFUL' },
          { userKey: 'staff12', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff04',
        hoursAfter: 20,
        body: `情報システム係から1点だけ。新しく個人情報を扱うアプリを作る場合は、**個人情報ファイルの届出**（個人情報保護の担当課へ）が必要になることがあります。アプリを本番運用する前に、個人情報保護の担当窓口にも一声かけておいてください。`,
        stamps: [{ userKey: 'staff14', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'manager-fukushi', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-robot-maintenance',
    kind: 'QUESTION',
    authorKey: 'staff09',
    title: '前任者が作ったRPAのロボットが動かなくなりました。どこから調べればよいですか',
    body: `資産税係です。前任者が作った「家屋評価データの転記ロボット」（UiPath）が、先週からエラーで止まるようになりました。前任者は異動してしまい、手順書もありません。

エラー画面には「UI要素が見つかりません」と表示されています。RPAを触ったことがないのですが、まず何を確認すればよいでしょうか。`,
    tags: ['RPA'],
    daysAgo: 40,
    answers: [
      {
        authorKey: 'staff02',
        hoursAfter: 1,
        body: `市民税係の佐藤です。「UI要素が見つかりません」は、**画面が変わってロボットがボタンや入力欄を見つけられない**ときのエラーです。先週あたりに基幹システムのバージョンアップがあったので、それが原因の可能性が高いです。

確認の順番は次のとおりです。

1. UiPath Studioでワークフローを開き、エラーの出たアクティビティ（赤く表示されます）を探す
2. そのアクティビティの「画面上で指定」をやり直して、新しい画面の要素を指定し直す
3. テスト用データで1件だけ動かして確認

同じ基幹システムのロボットを市民税係でも直したところなので、よければ隣で一緒にやりましょう。30分あれば直ると思います。`,
        comments: [
          {
            authorKey: 'staff09',
            hoursAfter: 2,
            body: '明日の午後に伺ってもいいですか？本当に助かります。',
          },
        ],
        stamps: [
          { userKey: 'staff09', stamp: 'THANKS' },
          { userKey: 'staff05', stamp: 'CHEER' },
          { userKey: 'staff13', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'dx-office',
        hoursAfter: 6,
        body: `DX推進課です。異動でロボットが「野良化」する問題は他課でも起きています。直したら、**RPAロボット台帳**（庁内ポータルにあります）に、ロボットの名前・担当者・使っている画面を登録しておいてください。基幹システムの改修予定がある時に、台帳の担当者へ事前にお知らせできるようになります。`,
        stamps: [
          { userKey: 'staff09', stamp: 'HELPFUL' },
          { userKey: 'staff02', stamp: 'HELPFUL' },
        ],
      },
    ],
    acceptedAnswerIndex: 0,
    comments: [
      {
        authorKey: 'staff09',
        hoursAfter: 30,
        body: '佐藤さんに手伝っていただき、画面の指定をやり直したら無事に動きました！ロボット台帳への登録と、手順書の作成も済ませました。',
      },
    ],
    stamps: [{ userKey: 'staff02', stamp: 'CHEER' }],
  },
  {
    key: 'q-hoiku-online',
    kind: 'QUESTION',
    authorKey: 'staff18',
    title: '保育所の入所申込のオンライン化：マイナポータルとLoGoフォームのどちらがよいですか',
    body: `保育課です。来年度の入所申込（毎年約900件）のオンライン化を検討しています。マイナポータルのぴったりサービスとLoGoフォームのどちらで受け付けるか迷っています。

添付書類（就労証明書など）が多いこと、申込後に内容の確認の電話をすることが多いのが悩みです。それぞれのメリット・デメリットを教えてください。`,
    tags: ['オンライン申請', 'マイナンバー', '子育て', 'LoGoフォーム'],
    daysAgo: 170,
    answers: [
      {
        authorKey: 'staff15',
        hoursAfter: 12,
        body: `子育て支援課の池田です。児童手当でぴったりサービスを使っています。就労証明書は国の標準様式に沿っていれば、勤務先から電子で発行されたものをそのまま添付してもらえるので、ぴったりサービスのほうが相性がいいと感じています。`,
        comments: [
          {
            authorKey: 'staff18',
            hoursAfter: 2,
            body: '就労証明書の標準様式は盲点でした。事業所向けの案内も見直してみます。',
          },
        ],
        stamps: [{ userKey: 'staff18', stamp: 'HELPFUL' }],
      },
      {
        authorKey: 'dx-office',
        hoursAfter: 20,
        body: `DX推進課です。整理するとこんな感じです。

| | ぴったりサービス | LoGoフォーム |
|---|---|---|
| 本人確認 | マイナンバーカードで電子署名 | メール認証のみ（署名が必要なら別途） |
| 様式 | 国の標準様式が用意されている | 自由に作れる |
| 基幹システム連携 | 標準仕様のデータで取り込める | CSVを加工して取り込み |

入所申込は**保育の必要性の認定申請**を兼ねるので、マイナンバーカードで本人確認ができるぴったりサービスがおすすめです。確認の電話が多い項目は、申込画面の説明文や入力チェックで減らせるので、過去の問い合わせの多い項目を教えてください。`,
        comments: [
          {
            authorKey: 'staff18',
            hoursAfter: 3,
            body: '表にしていただき、課内の説明に使わせていただきます。問い合わせの多い項目は、昨年度の記録から拾って送ります。',
          },
        ],
        stamps: [
          { userKey: 'staff18', stamp: 'THANKS' },
          { userKey: 'staff15', stamp: 'HELPFUL' },
          { userKey: 'manager', stamp: 'HELPFUL' },
        ],
      },
    ],
    acceptedAnswerIndex: 1,
    stamps: [
      { userKey: 'staff15', stamp: 'CHEER' },
      { userKey: 'staff17', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-cashless-sodai',
    kind: 'QUESTION',
    authorKey: 'staff25',
    title: '粗大ごみ処理券をキャッシュレスで販売したい。会計上の注意点は？',
    body: `ごみ減量推進課では、粗大ごみ処理券（1枚300円）を市内のコンビニやスーパーで販売しています。市役所窓口でも販売していますが現金のみで、「カードで払えないのか」と言われることが増えました。

会計課が市民課や税務課の窓口でキャッシュレス決済を導入したと聞きました。処理券の販売にも広げられるでしょうか。手数料の扱いなど、会計上の注意点を教えてください。`,
    tags: ['サービスデザイン', '窓口'],
    daysAgo: 130,
    answers: [
      {
        authorKey: 'staff29',
        hoursAfter: 5,
        body: `会計課の福田です。処理券も対象に加えられます！注意点は次のとおりです。

- 決済手数料（約2〜3%）は**歳出（役務費）**で別途支払います。売上から差し引く処理はできません
- 入金は決済事業者から月2回まとめて振り込まれるので、日々の売上は「キャッシュレス分」と「現金分」を分けて日計表を作ります
- 処理券のような有価証券の販売は、**売りさばき**の扱いを確認する必要があるので、要綱の規定を一緒に確認させてください

手数料の予算は、販売見込み枚数がわかれば試算します。`,
        comments: [
          {
            authorKey: 'staff25',
            hoursAfter: 4,
            body: '窓口での販売は年間約3,000枚です。手数料の試算をお願いします！',
          },
        ],
        stamps: [
          { userKey: 'staff25', stamp: 'THANKS' },
          { userKey: 'staff10', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff10',
        hoursAfter: 26,
        body: `財政課です。手数料の予算要求は、現金の取扱いにかかる職員の手間（両替・釣銭準備・締め作業）が減る効果とセットで書いていただけると査定しやすいです。`,
        stamps: [{ userKey: 'staff25', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [
      { userKey: 'staff29', stamp: 'CHEER' },
      { userKey: 'staff26', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-denshi-kessai-pdf',
    kind: 'QUESTION',
    authorKey: 'staff20',
    title: '電子決裁で図面など大容量のPDFを添付するとエラーになります',
    body: `道路管理課です。工事の設計変更の起案で、図面のPDF（約80MB）を電子決裁に添付しようとすると「ファイルサイズが上限を超えています」と表示されます。

結局、図面だけ紙で回付しているのですが、これでは電子決裁の意味がありません。皆さんはどうされていますか。`,
    tags: ['ペーパーレス', 'BPR'],
    daysAgo: 45,
    answers: [
      {
        authorKey: 'admin',
        hoursAfter: 3,
        body: `情報システム係の石川です。電子決裁の添付ファイルは、1ファイル30MB・1起案100MBが上限です。対応方法は次の2つです。

1. **PDFを圧縮する**：Acrobatの「PDFを圧縮」で、スキャンした図面なら多くは10MB台になります。画面で拡大しても読める解像度を保てます
2. **ファイルサーバーに置いてリンクを貼る**：決裁後に差し替えられないよう、課の「決裁済」フォルダ（書き込み不可）に置いてください

図面の原本性が必要な場合は2を、参考資料なら1をおすすめします。上限の引き上げは、次期システム更新の要望として承っておきます。`,
        comments: [
          {
            authorKey: 'staff20',
            hoursAfter: 2,
            body: '圧縮したら80MBが14MBになりました。拡大しても寸法が読めるので十分です。ありがとうございました。',
          },
        ],
        stamps: [
          { userKey: 'staff20', stamp: 'THANKS' },
          { userKey: 'staff19', stamp: 'HELPFUL' },
          { userKey: 'staff21', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff24',
        hoursAfter: 8,
        body: `教育総務課でも学校の改修図面で同じことがありました。スキャンするときに**カラーではなくグレースケール・300dpi**にすると、最初から軽いPDFになりますよ。`,
        stamps: [{ userKey: 'staff20', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    stamps: [{ userKey: 'staff19', stamp: 'CHEER' }],
  },
  {
    key: 'q-paperless-meeting',
    kind: 'QUESTION',
    authorKey: 'staff12',
    title: '課内会議のペーパーレス化、資料はいつ・どこに置くのがよいですか',
    body: `高齢介護課では課内の係長会議（毎週・約10名）をペーパーレスにしようとしています。ノートPCを持ち込んで画面で資料を見る形にしたいのですが、

- 資料を前日までにどこに置くか（ファイルサーバー？Teams？）
- 会議中のメモはどうするか
- 画面だと見づらいという声にどう応えるか

といった点で進め方に迷っています。先行している課の工夫を教えてください。`,
    tags: ['ペーパーレス', 'Teams', 'Microsoft365'],
    daysAgo: 90,
    answers: [
      {
        authorKey: 'staff27',
        hoursAfter: 6,
        body: `企画政策課です。庁議の資料をペーパーレスにしたときのやり方です。

- 資料は会議の**前日17時までに**Teamsの会議用チャネルの「ファイル」へ。ファイル名の先頭に \`01_\` \`02_\` と議題の順番を付ける
- 会議中は、説明者が画面共有して全員で同じページを見る。「資料の何ページ」と探す時間がなくなります
- メモは各自OneNoteか、会議チャネルのスレッドへ。決定事項だけ書記が最後にまとめて投稿

見づらいという声は、最初の1〜2か月は「希望者だけ紙も用意」で乗り切りました。3か月後には紙の希望はゼロになりましたよ。`,
        stamps: [
          { userKey: 'staff12', stamp: 'THANKS' },
          { userKey: 'manager-fukushi', stamp: 'HELPFUL' },
          { userKey: 'staff14', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff10',
        hoursAfter: 30,
        body: `財政課では、A3の表がある資料だけは画面で見づらいので、**表はExcelのまま**置いて各自がフィルタや拡大で見られるようにしています。PDFにしないのがコツです。`,
        stamps: [{ userKey: 'staff12', stamp: 'HELPFUL' }],
      },
    ],
    acceptedAnswerIndex: 0,
    comments: [
      {
        authorKey: 'manager-fukushi',
        hoursAfter: 40,
        body: '課長の松田です。まずは来月から係長会議で試してみましょう。紙がなくても困らない、という体験を課全体に広げたいです。',
      },
    ],
    stamps: [{ userKey: 'staff13', stamp: 'CHEER' }],
  },
  {
    key: 'q-bpr-basics',
    kind: 'QUESTION',
    authorKey: 'staff20',
    anonymous: true,
    title: '今さら聞けない：BPRって普段の業務改善と何が違うのでしょうか',
    body: `管理職の研修で「各課でBPRに取り組むように」と言われたのですが、これまでの業務改善（事務の見直し）と何が違うのか、部下にうまく説明できずにいます。

「システムを入れること」とも違うようですし、具体的にはどんな進め方をするものなのでしょうか。初歩的な質問で恐縮です。`,
    tags: ['BPR', '業務改革', '研修'],
    daysAgo: 5,
    answers: [
      {
        authorKey: 'dx-chief',
        hoursAfter: 5,
        body: `DX推進課の藤井です。良い質問だと思います。私は次のように説明しています。

- **業務改善**：今のやり方を前提に、ムダを減らす（例：決裁の回付先を1人減らす）
- **BPR**：「そもそもこの業務は何のためにあるのか」から考え直し、手順・様式・体制ごと作り直す（例：申請書をなくして、職員が聞き取って作る＝書かない窓口）

進め方の基本は次の4ステップです。

1. 今の業務の流れを、付箋などで**全部書き出す**（誰が・何を・何分）
2. 住民や職員にとって本当に必要な工程はどれかを見極める
3. 不要な工程をなくし、あるべき流れ（To-Be）を描く
4. 最後に、必要ならデジタルツールを当てはめる

「システムを入れるのは最後」というのが一番伝えたいポイントです。DX推進課で業務フローの書き出しのお手伝いもしています。`,
        comments: [
          {
            authorKey: 'staff12',
            hoursAfter: 10,
            body: '「システムを入れるのは最後」、係内でも共有します。付箋での書き出し、介護保険係でもやってみたいです。',
          },
        ],
        stamps: [
          { userKey: 'staff12', stamp: 'HELPFUL' },
          { userKey: 'staff14', stamp: 'HELPFUL' },
          { userKey: 'staff27', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff01',
        hoursAfter: 28,
        body: `市民課で書かない窓口を準備したときは、まず転入届の流れを付箋で書き出したら、住民の方が同じ住所と氏名を**5回**書いていることが分かりました。これを見せたら課内の空気が一気に変わりました。「見える化」が最初の一歩だと思います。`,
        stamps: [
          { userKey: 'dx-chief', stamp: 'CHEER' },
          { userKey: 'staff08', stamp: 'HELPFUL' },
        ],
      },
      {
        authorKey: 'staff27',
        hoursAfter: 50,
        body: `部下の方への説明には、職員課の「BPR入門」のeラーニング（約40分）もおすすめです。市民課の書かない窓口の事例も教材に入っているので、身近な例でイメージしてもらえると思います。`,
        stamps: [{ userKey: 'staff06', stamp: 'THANKS' }],
      },
    ],
    stamps: [
      { userKey: 'staff19', stamp: 'CHEER' },
      { userKey: 'staff14', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-sodai-online-yoyaku',
    kind: 'QUESTION',
    authorKey: 'staff26',
    title: '粗大ごみの収集予約をオンラインでできるようにしている自治体はありますか',
    body: `4月からごみ減量推進課に配属された遠藤です。粗大ごみの収集は電話予約のみで、月曜の朝は電話がつながりにくく、市民の方からお叱りを受けることもあります。

オンライン予約を導入している自治体があれば、どんなシステムを使っているか、予約枠の管理をどうしているかを教えてください。`,
    tags: ['オンライン申請', 'サービスデザイン'],
    daysAgo: 2,
    answers: [],
    stamps: [{ userKey: 'staff25', stamp: 'CHEER' }],
  },
  {
    key: 'q-gis-opendata',
    kind: 'QUESTION',
    authorKey: 'staff21',
    title: '都市計画図のデータをオープンデータで公開するときの手順',
    body: `都市計画課です。用途地域などの都市計画図を、GISデータ（シェープファイル）でオープンデータとして公開してほしいという要望が事業者から寄せられています。

公開するときのライセンス（CC BYなど）の決め方や、「この図面は参考であり法的な効力はない」といった注意書きの書き方について、先に公開した課があれば教えてください。`,
    tags: ['データ活用', 'EBPM'],
    daysAgo: 4,
    answers: [],
  },
  {
    key: 'q-vba-handover',
    kind: 'QUESTION',
    authorKey: 'staff17',
    title: 'Excelマクロの引継ぎ資料、どこまで書けばよいでしょうか',
    body: `給付係で、児童手当の支払データをチェックするExcelマクロ（VBA）を作りました。来年の異動に備えて引継ぎ資料を作りたいのですが、どこまで書けば後任の方が困らないのか分かりません。

コードにコメントを書く以外に、皆さんが残している資料があれば教えてください。`,
    tags: ['Excel', '業務改革'],
    daysAgo: 1,
    answers: [],
  },
  {
    key: 'q-mynumber-tennyu',
    kind: 'QUESTION',
    authorKey: 'staff05',
    title: '転入手続きと同時にマイナンバーカードの住所変更を案内するよい方法はありますか',
    body: `4月に税務課から窓口係に異動してきました。転入届のあと、マイナンバーカードの券面の住所変更（継続利用の手続き）を案内しているのですが、暗証番号を忘れていて手続きできない方が1日に何人もいらっしゃいます。

転入予定の方に、来庁前に暗証番号を確認してもらうような工夫をしている自治体はありますか。市のホームページや転出元での案内など、何か良い方法があれば教えてください。`,
    tags: ['マイナンバー', '窓口', '書かない窓口'],
    daysAgo: 3,
    answers: [],
    stamps: [
      { userKey: 'staff01', stamp: 'CHEER' },
      { userKey: 'staff07', stamp: 'CHEER' },
    ],
  },
  {
    key: 'q-school-letter',
    kind: 'QUESTION',
    authorKey: 'staff22',
    title: '学校からのお便りをデジタル配信にしたとき、紙を希望するご家庭への対応',
    body: `学校教育課です。来年度から市内全小中学校（22校）で、お便りを保護者連絡アプリで配信する予定です。

ほとんどのご家庭はアプリで問題ないのですが、スマートフォンをお持ちでない、日本語が読みにくいなどの理由で紙を希望されるご家庭にどう対応するか検討しています。紙との併用の線引きや、外国語への対応の工夫などがあれば教えてください。`,
    tags: ['ペーパーレス', 'サービスデザイン'],
    daysAgo: 8,
    answers: [],
    stamps: [{ userKey: 'staff23', stamp: 'CHEER' }],
  },
  {
    key: 'q-shinsakai-tablet',
    kind: 'QUESTION',
    authorKey: 'staff11',
    title: '介護認定審査会をペーパーレスにするとき、委員へのタブレット操作の支援は',
    body: `介護保険係です。認定審査会（月8回、委員は医師・看護師など30名）の資料を、紙からタブレットに切り替える準備をしています。

委員の先生方にはタブレットに不慣れな方もいらっしゃるので、操作説明の方法や、当日のトラブル対応の体制をどうしたらよいか悩んでいます。審議会などでタブレットを導入した課の経験を聞かせてください。`,
    tags: ['ペーパーレス', '研修'],
    daysAgo: 1,
    answers: [],
  },

  // ===== 事例 =====
  {
    key: 'c-kyuyo-aiocr',
    kind: 'CASE',
    authorKey: 'staff02',
    title: '給与支払報告書（紙）の入力をAI-OCRとRPAで自動化しました',
    body: `市民税係で、紙で提出される給与支払報告書の入力作業を AI-OCR と RPA で自動化した事例です。

毎年1〜3月は、会計年度任用職員さんを含む6名が入力作業に張り付きになっていました。今年の繁忙期から本格運用し、入力にかかる時間を約7割減らせました。

**うまくいったポイント**
- 最初から100%を目指さず、「読み取り結果を人が確認する」前提で業務フローを組み直した
- 読み取り精度の低い帳票（手書き・かすれ）は、最初の仕分けで人の入力に回した
- ロボットの動きを係全員で見る「お披露目会」をして、不安を減らした

同じ仕組みは、課税資料の入力がある他の課にも使えると思います。帳票のサンプルがあれば相談に乗ります！`,
    tags: ['AI-OCR', 'RPA', 'BPR'],
    caseDetails: {
      problem:
        '紙で提出される給与支払報告書（年間約18,000枚）を、繁忙期に職員と会計年度任用職員の6名で基幹システムへ手入力しており、時間外勤務と入力誤りが課題だった。',
      solution:
        'スキャンした報告書をAI-OCRでCSV化し、読み取り結果を職員が確認・修正した後、RPAで基幹システムへ自動登録する流れに変更。読み取りにくい帳票は事前に仕分けて手入力に回した。',
      effect: '入力作業時間を約7割削減（年間約420時間削減）。繁忙期の時間外勤務が前年比で約35%減少し、入力誤りによる更正件数も減った。',
      hoursSavedPerYear: 420,
      tools: ['AI-OCR（DX Suite）', 'UiPath', 'Excel'],
    },
    daysAgo: 220,
    answers: [],
    comments: [
      {
        authorKey: 'staff11',
        hoursAfter: 5,
        body: '介護保険係でも手書きの帳票の入力に苦労しています。「人が確認する前提でフローを組み直す」という考え方、参考になります。',
      },
      {
        authorKey: 'dx-office',
        hoursAfter: 9,
        body: '全庁のAI-OCR活用の代表事例として、優良事例に登録させてください。次回のDX推進リーダー研修でもご紹介いただけると嬉しいです。',
      },
      {
        authorKey: 'staff02',
        hoursAfter: 12,
        body: 'ありがとうございます！研修でのご紹介、喜んでお引き受けします。',
      },
    ],
    stamps: [
      { userKey: 'dx-office', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'CHEER' },
      { userKey: 'staff09', stamp: 'HELPFUL' },
      { userKey: 'staff11', stamp: 'HELPFUL' },
      { userKey: 'staff05', stamp: 'CHEER' },
      { userKey: 'staff10', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-kouza-rpa',
    kind: 'CASE',
    authorKey: 'staff05',
    title: '口座振替依頼書の登録作業をRPAで自動化（税務課）',
    body: `税務課で、市税の口座振替依頼書の登録作業をRPAで自動化しました。金融機関から届く依頼書の内容を、担当者がExcelの一覧に起こし、それを見ながら基幹システムに1件ずつ入力していた作業です。

RPAは初めてでしたが、DX推進課の研修を受けてから、約2か月で作りました。

**作って分かったこと**
- 最初に「人がやっている手順」を画面キャプチャ付きで全部書き出すと、ロボットづくりが驚くほど楽になる
- エラー時にどこで止まったかが分かるよう、処理結果をExcelに1件ずつ記録させた
- ロボットの手順書を係の共有フォルダに置き、自分が異動しても直せるようにした`,
    tags: ['RPA', 'Excel', '業務改革'],
    caseDetails: {
      problem:
        '口座振替依頼書（年間約4,200件）の内容を基幹システムへ1件ずつ手入力しており、繁忙期には1日2〜3時間をこの作業に取られていた。入力漏れによる振替不能の問い合わせもあった。',
      solution:
        'Excelの一覧を読み込み、基幹システムの口座登録画面へ自動入力するRPAロボットを職員が自作。処理結果を一覧に書き戻し、エラーになった分だけ職員が確認する運用にした。',
      effect: '登録作業時間を年間約180時間削減。入力漏れがなくなり、振替不能に関する問い合わせも減少した。',
      hoursSavedPerYear: 180,
      tools: ['WinActor', 'Excel'],
    },
    daysAgo: 270,
    answers: [],
    comments: [
      {
        authorKey: 'staff02',
        hoursAfter: 3,
        body: '手順書を共有フォルダに置いてくれたおかげで、係の誰でもメンテできるようになりました。ありがとう！',
      },
      {
        authorKey: 'staff29',
        hoursAfter: 30,
        body: '会計課の口座関係の作業にも使えそうです。一度ロボットの動きを見せていただけますか。',
      },
    ],
    stamps: [
      { userKey: 'staff02', stamp: 'CHEER' },
      { userKey: 'staff09', stamp: 'CHEER' },
      { userKey: 'staff29', stamp: 'HELPFUL' },
      { userKey: 'dx-office', stamp: 'CHEER' },
    ],
  },
  {
    key: 'c-okuyami',
    kind: 'CASE',
    authorKey: 'staff08',
    title: 'おくやみワンストップ窓口を開設し、ご遺族の手続き時間を約3分の1に',
    body: `市民課に「おくやみ窓口」を開設して1年が経ったので、取組をまとめました。

ご家族を亡くされた方は、これまで市役所の中で平均7つの課を回り、同じ内容を何度も書いていただいていました。現在は予約制で、1か所の窓口で必要な手続きの案内と申請書の作成をまとめて行っています。

**工夫した点**
- 死亡届の情報から、必要な手続きを自動で判定する「手続き案内シート」を作成
- 関係する12課と、申請書の記入項目の共通化を1年かけて調整
- ご遺族の気持ちに配慮し、窓口は個室にして、説明は「お手続きのご案内」という言葉に統一

ご遺族からは「1回で終わって助かった」「何をすればいいか分かって安心した」という声を多くいただいています。`,
    tags: ['おくやみ', '窓口', 'BPR', 'サービスデザイン'],
    caseDetails: {
      problem: 'ご遺族が死亡後の手続きのために平均7課を回り、1回の来庁に平均約3時間かかっていた。各課で同じ住所・氏名を繰り返し記入していただく必要があった。',
      solution:
        '予約制のおくやみワンストップ窓口を開設。死亡届の情報をもとに必要な手続きを判定し、各課の申請書をまとめて作成して、関係課へは職員が回付する仕組みにした。関係12課と記入項目を共通化した。',
      effect: 'ご遺族の来庁時間を平均約3時間から約1時間に短縮。利用者アンケートでは満足度95%。各課の窓口での説明時間も減った。',
      tools: ['おくやみ窓口支援システム', 'Excel', '予約受付（LoGoフォーム）'],
    },
    daysAgo: 285,
    answers: [],
    comments: [
      {
        authorKey: 'staff13',
        hoursAfter: 6,
        body: '高齢介護課も関係課として参加しています。介護保険の資格喪失の手続きが窓口で済むようになり、電話での問い合わせがかなり減りました。',
      },
      {
        authorKey: 'manager',
        hoursAfter: 20,
        body: '林さんを中心に、1年かけて関係課と丁寧に調整してくれた成果です。書かない窓口の取組にもこの経験を生かしていきます。',
      },
    ],
    stamps: [
      { userKey: 'manager', stamp: 'CHEER' },
      { userKey: 'staff01', stamp: 'CHEER' },
      { userKey: 'staff13', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'HELPFUL' },
      { userKey: 'staff28', stamp: 'CHEER' },
    ],
  },
  {
    key: 'c-kosodate-online',
    kind: 'CASE',
    authorKey: 'staff15',
    title: '子育て関連の申請12手続きをオンライン化し、来庁不要に',
    body: `子育て支援課で、児童手当や一時預かりなど子育て関連の12手続きをオンライン化しました。

子育て中の方から「小さい子を連れて市役所に行くのが大変」という声を多くいただいていたのがきっかけです。マイナンバーカードでの本人確認が必要な手続きはぴったりサービス、それ以外はLoGoフォームと使い分けています。

**ポイント**
- 申請画面は、実際に子育て中の職員5人に試してもらい、つまずいた箇所を直した
- 「スマホで5分」を目標に、入力項目を紙の申請書から約4割減らした
- 受付データは毎朝まとめてダウンロードし、基幹システムへはRPAで登録`,
    tags: ['オンライン申請', '子育て', 'LoGoフォーム', 'マイナンバー'],
    caseDetails: {
      problem: '子育て関連の申請はすべて窓口または郵送で、乳幼児連れでの来庁が保護者の負担になっていた。窓口では記入の説明や不備の確認に時間がかかっていた。',
      solution:
        '12手続きをオンライン化（ぴったりサービス5手続き、LoGoフォーム7手続き）。子育て中の職員による試行で画面を改善し、入力項目を約4割削減。受付データの登録はRPAで自動化した。',
      effect: 'オンライン申請の利用率は約62%。窓口での受付・不備確認の時間を年間約260時間削減。申請不備による再提出も約半分に減少した。',
      hoursSavedPerYear: 260,
      tools: ['LoGoフォーム', 'ぴったりサービス（マイナポータル）', 'UiPath'],
    },
    daysAgo: 160,
    answers: [],
    comments: [
      {
        authorKey: 'staff18',
        hoursAfter: 4,
        body: '保育課でも入所申込のオンライン化を進めているところです。職員に試してもらう方法、ぜひ真似させてください。',
      },
      {
        authorKey: 'staff16',
        hoursAfter: 10,
        body: '給付係では、不備の電話がめっきり減りました。入力チェックのおかげだと思います。',
      },
      {
        authorKey: 'staff15',
        hoursAfter: 12,
        body: '保育課さん、試してもらうときのチェックシートをお送りしますね。どこでつまずいたかを書いてもらう簡単なものです。',
      },
    ],
    stamps: [
      { userKey: 'manager', stamp: 'CHEER' },
      { userKey: 'staff18', stamp: 'HELPFUL' },
      { userKey: 'staff16', stamp: 'CHEER' },
      { userKey: 'staff17', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-shokai-kintone',
    kind: 'CASE',
    authorKey: 'staff03',
    title: '庁内照会・調査の回答をkintoneで集約し、集計作業をほぼゼロに',
    body: `DX推進課で、各課への照会・調査（「〇〇に関する調査について（依頼）」のたぐい）の回答をkintoneで集める仕組みを作りました。

これまでは照会元がExcelの様式をメールで配り、各課から返ってきた約40ファイルを手作業でまとめていました。今は照会元がkintoneで回答フォームを作り、各課はそこに直接入力するだけです。

**横展開のために**
- よく使う照会（備品・研修受講・時間外見込みなど）はテンプレートにして、5分でフォームを作れるようにした
- 初めての課には、DX推進係が最初の1回だけ一緒に作る「伴走」をしている
- 回答状況が一覧で見えるので、督促メールも不要に`,
    tags: ['kintone', 'ローコード', '業務改革'],
    caseDetails: {
      problem:
        '庁内照会は年間約150件あり、照会元は各課から返ってくるExcelファイル（1件あたり約40ファイル）を手作業で集計していた。様式の崩れや回答漏れの督促にも時間がかかっていた。',
      solution:
        'kintoneに照会用のアプリテンプレートを用意し、照会元が回答フォームを作成、各課が直接入力する方式に変更。回答状況の一覧で未回答の課を自動表示するようにした。',
      effect: '照会1件あたりの集計作業が平均約6時間から約0.5時間に短縮され、全庁で年間約900時間の削減（試算）。これまでに23課が照会元として利用した。',
      hoursSavedPerYear: 900,
      tools: ['kintone', 'Excel'],
    },
    daysAgo: 190,
    answers: [],
    comments: [
      {
        authorKey: 'staff06',
        hoursAfter: 3,
        body: '職員課の研修受講調査で使わせてもらいました。今まで3日かかっていた集計が、回答期限の翌朝には終わっていました。',
      },
      {
        authorKey: 'staff10',
        hoursAfter: 26,
        body: '財政課の予算関係の照会でも使えないか、一度相談させてください。',
      },
      {
        authorKey: 'staff03',
        hoursAfter: 28,
        body: 'ぜひ！予算の照会は様式が複雑なので、最初に一緒に作りましょう。',
      },
    ],
    stamps: [
      { userKey: 'staff06', stamp: 'THANKS' },
      { userKey: 'staff10', stamp: 'HELPFUL' },
      { userKey: 'dx-chief', stamp: 'CHEER' },
      { userKey: 'staff27', stamp: 'HELPFUL' },
      { userKey: 'staff24', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-ninteichosa-tablet',
    kind: 'CASE',
    authorKey: 'staff12',
    title: '要介護認定の訪問調査にタブレットを導入し、調査票の清書をなくしました',
    body: `介護保険係で、要介護認定の訪問調査にタブレットを導入しました。

これまでは訪問先で紙の調査票に記入し、帰庁後に清書して認定支援システムに入力していました。調査員1人あたり1日1〜2時間が清書と入力に消えていたので、調査員の皆さんと一緒に見直しました。

**導入で気をつけたこと**
- タブレットには調査データを残さない設定にし、紛失時の対応手順も作った
- 最初の1か月は紙とタブレットを併用し、ベテランの調査員にも無理なく慣れてもらった
- 特記事項は音声入力も使えるようにしたところ、好評でした`,
    tags: ['ペーパーレス', 'BPR', 'セキュリティ'],
    caseDetails: {
      problem: '訪問調査（年間約3,600件）の調査票を紙に記入し、帰庁後に清書・システム入力しており、調査員の事務作業と時間外勤務が多かった。',
      solution:
        '調査票をタブレットで入力し、帰庁後に認定支援システムへ取り込む方式に変更。端末にはデータを残さない設定とし、紛失時の手順を整備。特記事項は音声入力にも対応した。',
      effect: '清書と入力の作業を年間約350時間削減。調査から審査会までの期間が平均5日短縮された。',
      hoursSavedPerYear: 350,
      tools: ['タブレット端末', '認定調査支援システム', '音声入力'],
    },
    daysAgo: 120,
    answers: [],
    comments: [
      {
        authorKey: 'manager-fukushi',
        hoursAfter: 8,
        body: '調査員の皆さんが前向きに取り組んでくれたことが何よりの成果です。審査会のペーパーレス化にもつなげていきましょう。',
      },
      {
        authorKey: 'staff14',
        hoursAfter: 30,
        body: '障がい支援区分の認定調査でも同じことができそうです。端末の設定について教えてください。',
      },
      {
        authorKey: 'staff12',
        hoursAfter: 32,
        body: '情報システム係と作った設定手順書がありますので、共有フォルダのリンクをお送りします。',
      },
    ],
    stamps: [
      { userKey: 'manager-fukushi', stamp: 'CHEER' },
      { userKey: 'staff11', stamp: 'CHEER' },
      { userKey: 'staff14', stamp: 'HELPFUL' },
      { userKey: 'staff04', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-kakanai-madoguchi',
    kind: 'CASE',
    authorKey: 'staff01',
    title: '転入届で「書かない窓口」を試行。記入時間が平均12分から3分に',
    body: `市民課で、転入届を対象に「書かない窓口」の試行を始めて3か月が経ちました。

住民の方は窓口でマイナンバーカードを提示し、職員の質問に答えるだけ。申請書は職員がシステムで作成して、最後に画面で内容を確認していただきます。

**やってみて分かったこと**
- 一番効いたのは、業務フローを書き出して「住民が同じ情報を5回書いていた」ことを課内で共有したこと
- 職員が聞き取る順番を統一したスクリプトを作ったら、新人でもベテランと同じ時間で対応できるようになった
- 繁忙期（3〜4月）の待ち時間も、前年より約20分短くなった

次は国民健康保険や児童手当など、転入に伴う手続きにも広げる予定です。`,
    tags: ['書かない窓口', '窓口', 'BPR', 'マイナンバー'],
    caseDetails: {
      problem:
        '転入届では住民が複数の申請書に同じ住所・氏名などを繰り返し記入しており、記入に平均12分かかっていた。記入方法の説明や不備の修正で窓口の待ち時間も長くなっていた。',
      solution:
        'マイナンバーカードの券面情報の読み取りと職員の聞き取りで申請書を作成する「書かない窓口」を転入届で試行。聞き取りの順番をスクリプト化し、住民は画面で内容を確認するだけにした。',
      effect: '住民の記入時間を平均12分から3分に短縮。繁忙期の平均待ち時間は約20分短縮。窓口職員の説明・修正対応を年間約300時間削減（試算）。',
      hoursSavedPerYear: 300,
      tools: ['書かない窓口システム', 'マイナンバーカード（券面読取）', 'タブレット端末'],
    },
    daysAgo: 75,
    answers: [],
    comments: [
      {
        authorKey: 'dx-chief',
        hoursAfter: 4,
        body: '「5回書いていた」の見える化は、BPRのお手本のような進め方だと思います。他課への横展開も一緒に進めさせてください。',
      },
      {
        authorKey: 'staff05',
        hoursAfter: 7,
        body: '4月に異動してきて一番驚いたのがこのスクリプトでした。窓口は初めてでしたが、初日から迷わず対応できました。',
      },
    ],
    stamps: [
      { userKey: 'manager', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'CHEER' },
      { userKey: 'staff05', stamp: 'THANKS' },
      { userKey: 'staff07', stamp: 'THANKS' },
      { userKey: 'staff08', stamp: 'CHEER' },
      { userKey: 'staff15', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-school-forms',
    kind: 'CASE',
    authorKey: 'staff22',
    title: '保護者からの欠席連絡をフォーム化し、朝の電話対応をなくしました（全22校）',
    body: `市内の小中学校22校で、保護者からの欠席・遅刻連絡を電話からフォームに切り替えました。

朝7時半〜8時半は欠席連絡の電話が集中し、教職員が授業準備をできない状態でした。GIGAスクール構想で整備したMicrosoft 365を使い、フォームの回答を担任のTeamsに自動で通知する仕組みを作りました。

**進め方**
- まずモデル校2校で2か月試行し、保護者アンケートで「便利」が9割を超えたのを確認してから全校展開
- フォームの項目は「欠席・遅刻・早退」「理由（体調不良・通院など選択式）」「連絡事項」だけに絞った
- 電話での連絡も引き続き受け付け、「フォームでなければダメ」にはしない`,
    tags: ['Microsoft365', 'Teams', 'オンライン申請'],
    caseDetails: {
      problem:
        '朝の時間帯に欠席連絡の電話が集中し（1校あたり1日平均15件）、教職員が対応に追われて授業準備の時間が削られていた。保護者からも「電話がつながらない」という声があった。',
      solution: 'Microsoft Formsで欠席連絡フォームを作成し、Power Automateで担任と学年のTeamsチャネルへ自動通知。モデル校2校での試行を経て全22校に展開した。',
      effect: '全校合計で朝の電話対応を年間約1,200時間削減（試算）。保護者アンケートでは92%が「便利になった」と回答した。',
      hoursSavedPerYear: 1200,
      tools: ['Microsoft Forms', 'Power Automate', 'Teams'],
    },
    daysAgo: 200,
    answers: [],
    comments: [
      {
        authorKey: 'staff24',
        hoursAfter: 20,
        body: '教育総務課にも校長会から「とても助かっている」という声が届いています。',
      },
      {
        authorKey: 'staff18',
        hoursAfter: 50,
        body: '公立保育所の欠席連絡にも使えそうです。保育課でも検討してみます。',
      },
    ],
    stamps: [
      { userKey: 'staff24', stamp: 'CHEER' },
      { userKey: 'staff23', stamp: 'CHEER' },
      { userKey: 'staff18', stamp: 'HELPFUL' },
      { userKey: 'dx-office', stamp: 'CHEER' },
    ],
  },
  {
    key: 'c-koho-teams',
    kind: 'CASE',
    authorKey: 'staff30',
    title: '広報紙の原稿のやり取りをTeamsに一本化し、校正の往復を半分に',
    body: `秘書広報課で、広報紙の原稿のやり取りをメールからTeamsに切り替えました。

これまでは各課からメールで原稿を受け取り、修正のたびに「最新版」がどれか分からなくなっていました。今は号ごとにTeamsのチャネルを作り、原稿はSharePoint上の1ファイルを全員で直接編集しています。

**ポイント**
- 各課の担当者には「原稿はファイルを添付せず、リンクで共有」だけをお願いした
- 修正はWordの「変更履歴」とコメントで行い、やり取りはそのファイルのスレッドに集約
- 締切のリマインドはTeamsの予約投稿で自動化`,
    tags: ['Teams', 'Microsoft365', 'ペーパーレス'],
    caseDetails: {
      problem: '広報紙（月1回発行）の原稿を各課とメールでやり取りしており、版の取り違えや校正の往復（1記事平均4回）が多く、締切前は時間外勤務が続いていた。',
      solution:
        '号ごとにTeamsのチャネルを作成し、原稿はSharePoint上のファイルを共同編集する方式に変更。修正は変更履歴とコメントで行い、締切のリマインドを自動化した。',
      effect: '校正の往復が1記事平均4回から2回に減り、編集作業を年間約150時間削減。版の取り違えによるミスはゼロになった。',
      hoursSavedPerYear: 150,
      tools: ['Teams', 'SharePoint', 'Word'],
    },
    daysAgo: 100,
    answers: [],
    comments: [
      {
        authorKey: 'staff25',
        hoursAfter: 5,
        body: 'ごみ減量推進課も毎月原稿を出していますが、最新版を探すストレスがなくなりました！',
      },
      {
        authorKey: 'staff15',
        hoursAfter: 9,
        body: '子育て支援課の「子育て情報誌」の編集でも真似できそうです。チャネルの作り方を教えていただけますか。',
      },
      {
        authorKey: 'staff30',
        hoursAfter: 11,
        body: 'もちろんです！号ごとのチャネルのテンプレートがあるので、それをお渡ししますね。',
      },
    ],
    stamps: [
      { userKey: 'staff25', stamp: 'THANKS' },
      { userKey: 'staff28', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-road-patrol',
    kind: 'CASE',
    authorKey: 'staff19',
    title: '道路パトロールの記録をスマホとkintoneで。写真の整理作業がなくなりました',
    body: `道路管理課で、道路パトロールの記録をスマートフォンとkintoneで行うようにしました。

以前はデジカメで撮った写真を帰庁後にPCへ取り込み、Excelの点検表に貼り付けて、地図に場所を手書きしていました。今はパトロール中にスマホで写真を撮って入力するだけで、位置情報も自動で記録されます。

DX推進係に相談しながら、プログラミングなしで約1か月で作りました。補修の進捗もkintone上で管理でき、「あの穴はもう直った？」という問い合わせにもすぐ答えられるようになりました。`,
    tags: ['kintone', 'ローコード', 'データ活用'],
    caseDetails: {
      problem:
        '道路パトロール（年間約240回）の記録を、帰庁後に写真の取り込み・点検表への貼り付け・地図への書き込みで作成しており、1回あたり約1時間半かかっていた。',
      solution: 'kintoneで点検記録アプリを作成し、スマートフォンから写真・位置情報・損傷の種類をその場で登録。補修の担当者と進捗もアプリで管理するようにした。',
      effect: '記録作成の時間を年間約300時間削減。損傷箇所を地図上で一覧でき、補修の優先順位付けや予算要求の資料にも使えるようになった。',
      hoursSavedPerYear: 300,
      tools: ['kintone', 'スマートフォン'],
    },
    daysAgo: 55,
    answers: [],
    comments: [
      {
        authorKey: 'staff03',
        hoursAfter: 3,
        body: '藤田さん、ほとんどご自身で作られたんですよ！公園や河川のパトロールにも使えるよう、テンプレート化を一緒に進めましょう。',
      },
      {
        authorKey: 'staff20',
        hoursAfter: 24,
        body: '補修の優先順位を決める会議が、地図を見ながら10分で終わるようになりました。',
      },
    ],
    stamps: [
      { userKey: 'staff20', stamp: 'CHEER' },
      { userKey: 'staff03', stamp: 'CHEER' },
      { userKey: 'staff21', stamp: 'HELPFUL' },
      { userKey: 'staff25', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-population-ebpm',
    kind: 'CASE',
    authorKey: 'staff27',
    title: '住民基本台帳のデータで地区別の将来人口推計を内製化し、施設再編の議論に活用',
    body: `企画政策課で、地区別の将来人口推計を職員の手で作れるようにしました。

これまでは5年ごとにコンサルタントに委託していましたが、推計の前提が分からず、公共施設の再編を検討する会議で「なぜこの数字なのか」に答えられないことがありました。

**取組のポイント**
- 統計担当と一緒に、コーホート要因法の計算をExcelとPower Queryで再現
- 住民基本台帳の年齢別人口（個人が特定されない集計値）を毎年4月時点で更新
- 地区別の結果をグラフにして、地域の説明会でも使える資料にした

数字の根拠を職員が説明できるようになったことが、何よりの成果だと感じています。`,
    tags: ['EBPM', 'データ活用', 'Excel'],
    caseDetails: {
      problem: '地区別の将来人口推計を5年ごとに外部委託しており、推計の前提を職員が説明できなかった。委託時期以外は最新のデータで見直すこともできなかった。',
      solution:
        'コーホート要因法による推計をExcelとPower Queryで再現し、住民基本台帳の集計値を毎年更新できる仕組みを構築。地区別の結果を可視化して施設再編の検討資料に活用した。',
      effect: '推計を毎年更新できるようになり、委託料（5年ごとに約180万円）が不要に。公共施設再編の地域説明会で、数字の根拠を職員が説明できるようになった。',
      tools: ['Excel', 'Power Query', '住民基本台帳（集計データ）'],
    },
    daysAgo: 145,
    answers: [],
    comments: [
      {
        authorKey: 'staff18',
        hoursAfter: 10,
        body: '保育所の定員の見直しにも、地区別の0〜5歳の推計があるととても助かります。',
      },
      {
        authorKey: 'staff27',
        hoursAfter: 14,
        body: '年齢別に出せるので、保育課向けの集計もお作りできます。必要な地区の区切りを教えてください。',
      },
    ],
    stamps: [
      { userKey: 'staff18', stamp: 'HELPFUL' },
      { userKey: 'staff10', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-cashless',
    kind: 'CASE',
    authorKey: 'staff29',
    title: '市民課・税務課の窓口にキャッシュレス決済を導入しました',
    body: `会計課で、市民課（証明書交付）と税務課（税証明・市税の納付）の窓口にキャッシュレス決済を導入しました。クレジットカード、電子マネー、QRコード決済に対応しています。

導入前は「現金の取扱いが減るだけ」と思っていましたが、実際には釣銭の準備や締め作業が大きく減り、窓口の職員からも好評です。

**準備で大変だったこと**
- 手数料の予算化と、会計規則上の収納の扱いの整理（指定納付受託者制度の確認）
- 日計表を「現金」「キャッシュレス」に分け、決済事業者からの入金と突合する手順を作った
- 窓口の職員向けに、返金・取消の操作マニュアルを作成

他の窓口（施設使用料、処理券の販売など）への拡大の相談もお待ちしています。`,
    tags: ['窓口', 'サービスデザイン', '業務改革'],
    caseDetails: {
      problem:
        '窓口での支払いが現金のみで、住民から「カードで払えないのか」という声が多かった。職員は毎日の釣銭準備・締め作業・銀行への入金に時間を取られていた。',
      solution: '市民課と税務課の窓口にキャッシュレス決済端末を導入。会計規則上の整理を行い、日計表と入金の突合手順、返金・取消のマニュアルを整備した。',
      effect: '窓口の支払いの約38%がキャッシュレスに。釣銭準備・締め作業などを年間約200時間削減。両替手数料も削減できた。',
      hoursSavedPerYear: 200,
      tools: ['キャッシュレス決済端末', 'Excel'],
    },
    daysAgo: 240,
    answers: [],
    comments: [
      {
        authorKey: 'staff01',
        hoursAfter: 30,
        body: '証明書の窓口で「カードで払えますか？」と聞かれることが本当に多かったので、ありがたいです。',
      },
      {
        authorKey: 'staff25',
        hoursAfter: 60,
        body: '粗大ごみ処理券の販売にも広げたいので、改めてご相談させてください。',
      },
    ],
    stamps: [
      { userKey: 'staff01', stamp: 'THANKS' },
      { userKey: 'manager', stamp: 'CHEER' },
      { userKey: 'staff10', stamp: 'CHEER' },
      { userKey: 'staff25', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'c-genai-minutes',
    kind: 'CASE',
    authorKey: 'dx-office',
    title: '生成AIの試行利用（会議録の要約・文案作成）の結果をまとめました',
    body: `DX推進課で、LGWAN環境で使える生成AIサービスを6か月間、15課・約120名で試行しました。その結果をご報告します。

**よく使われた用途（利用回数順）**
1. 会議の文字起こしからの要約・議事概要の作成
2. 通知文・案内文・チラシの文案づくり
3. Excel関数やマクロの書き方の相談
4. 法令・要綱の読み解きの補助（※必ず原文を確認）

**気をつけたいこと**
- 「それらしいが間違っている」回答は必ずあるので、出力の確認は職員の責任
- 個人情報・非公開情報は入力しない（ガイドラインを徹底）
- プロンプトの上手な人とそうでない人で効果の差が大きい → 研修とプロンプト集で底上げ

試行の結果を受けて、今月から全庁で利用できるようにしました。利用ガイドラインとプロンプト集は庁内ポータルにあります。`,
    tags: ['生成AI', 'セキュリティ', '研修'],
    caseDetails: {
      problem:
        '会議録の作成や定型的な文書作成に多くの時間がかかっていた。一方で、生成AIの利用には情報漏えいや誤情報のリスクがあり、ルールのないまま個人で使われることが懸念されていた。',
      solution:
        'LGWAN環境で使える生成AIサービスを15課・約120名で6か月試行。利用ガイドライン（入力禁止情報、出力確認、利用記録）を定め、研修とプロンプト集を整備した。',
      effect: '試行参加者のアンケートでは、会議録の作成時間が平均約半分に。試行期間中の削減時間は約300時間で、全庁展開後は年間約600時間の削減を見込む。',
      hoursSavedPerYear: 600,
      tools: ['生成AI（LGWAN-ASP）', '文字起こしツール', 'Microsoft365'],
    },
    daysAgo: 40,
    answers: [],
    comments: [
      {
        authorKey: 'staff28',
        hoursAfter: 12,
        body: 'プロンプト集、保健指導の案内文づくりにさっそく使っています。「やさしい日本語で」の例が特に役立ちました。',
      },
      {
        authorKey: 'staff20',
        hoursAfter: 30,
        body: '工事の住民説明会の記録づくりで使ってみたいです。現場で録音した音声でも使えますか？',
      },
      {
        authorKey: 'dx-office',
        hoursAfter: 33,
        body: '使えます。ただし屋外の録音は精度が落ちやすいので、ピンマイクの貸出もしています。DX推進課までどうぞ。',
      },
    ],
    stamps: [
      { userKey: 'dx-chief', stamp: 'CHEER' },
      { userKey: 'staff28', stamp: 'THANKS' },
      { userKey: 'staff30', stamp: 'HELPFUL' },
      { userKey: 'staff20', stamp: 'HELPFUL' },
      { userKey: 'staff27', stamp: 'HELPFUL' },
    ],
  },

  // ===== アイデア =====
  {
    key: 'i-yorozu-soudan',
    kind: 'IDEA',
    authorKey: 'staff07',
    title: '新規採用職員向けに「デジタルよろず相談会」を毎月開きませんか',
    body: `4月に採用された清水です。配属されて半年ほど経ちましたが、同期と話すと「Teamsの使い方」「共有フォルダの場所」「Excelのこの作業、もっと楽にできないか」など、**聞きたいけど忙しそうな先輩には聞きづらい**ことがたくさんあります。

そこで提案です。

- 月1回、昼休みか終業後に30分の「デジタルよろず相談会」を開く
- 相談役はDX推進課や各課のデジタルに詳しい職員にお願いする
- 相談内容はこのBansoに投稿して、他の人も後から見られるようにする

同期に聞いたら、10人以上が「参加したい」と言っていました。`,
    tags: ['研修', 'Teams', 'Excel'],
    daysAgo: 20,
    answers: [
      {
        authorKey: 'dx-office',
        hoursAfter: 3,
        body: `すばらしい提案をありがとうございます！DX推進課としてぜひ一緒にやりたいです。まずは来月、会議室を押さえて試しに1回開いてみましょう。相談役は各課のDX推進リーダーにも声をかけてみます。`,
        stamps: [
          { userKey: 'staff07', stamp: 'THANKS' },
          { userKey: 'staff23', stamp: 'CHEER' },
          { userKey: 'staff26', stamp: 'CHEER' },
        ],
      },
      {
        authorKey: 'staff06',
        hoursAfter: 8,
        body: `職員課です。新規採用職員のフォローアップ研修（1月）の一部として位置づけることもできそうです。研修扱いにすれば、勤務時間内に参加しやすくなると思います。`,
        comments: [
          {
            authorKey: 'staff07',
            hoursAfter: 2,
            body: '勤務時間内に参加できると、窓口の当番がある人も参加しやすいです。ぜひお願いします！',
          },
        ],
        stamps: [
          { userKey: 'staff07', stamp: 'HELPFUL' },
          { userKey: 'dx-office', stamp: 'HELPFUL' },
        ],
      },
    ],
    stamps: [
      { userKey: 'staff23', stamp: 'CHEER' },
      { userKey: 'staff26', stamp: 'CHEER' },
      { userKey: 'staff01', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'CHEER' },
      { userKey: 'staff03', stamp: 'CHEER' },
    ],
  },
  {
    key: 'i-macro-daicho',
    kind: 'IDEA',
    authorKey: 'staff13',
    title: 'RPAだけでなく、Excelマクロや Access の「業務ツール台帳」も作りませんか',
    body: `先日の「前任者のRPAが動かない」という質問を見て、高齢介護課でも同じことが起きそうだと思いました。課内には、歴代の担当者が作った**Excelマクロが少なくとも15本、Accessのデータベースが3つ**あり、作った人がすでに異動しているものもあります。

RPAロボット台帳のように、マクロやAccessも登録できる「業務ツール台帳」を全庁で作ってはどうでしょうか。

- ツール名、使っている業務、作成者、現在の担当者
- 元データの場所、動かす頻度
- 止まったときの影響（「止まると支払いが遅れる」など）

最低限これだけでも残しておけば、異動のたびに困ることが減ると思います。`,
    tags: ['業務改革', 'Excel', 'RPA'],
    daysAgo: 33,
    answers: [
      {
        authorKey: 'staff02',
        hoursAfter: 5,
        body: `大賛成です。特に「止まったときの影響」の欄は大事だと思います。税務課ではマクロが1本止まっただけで、納付書の発送が1日遅れかけたことがありました。`,
        stamps: [{ userKey: 'staff13', stamp: 'THANKS' }],
      },
      {
        authorKey: 'dx-chief',
        hoursAfter: 20,
        body: `DX推進課の藤井です。RPA台帳を拡張する形で、来年度の早い時期に全庁調査をしたいと思います。調査はkintoneの照会アプリを使えば各課の負担も小さくできます。項目案の作成にご協力いただけますか。`,
        comments: [
          {
            authorKey: 'staff13',
            hoursAfter: 4,
            body: 'はい、ぜひ協力させてください！課内のマクロの一覧を先に作っておきます。',
          },
        ],
        stamps: [
          { userKey: 'staff13', stamp: 'CHEER' },
          { userKey: 'staff09', stamp: 'HELPFUL' },
        ],
      },
    ],
    stamps: [
      { userKey: 'staff09', stamp: 'CHEER' },
      { userKey: 'staff17', stamp: 'CHEER' },
      { userKey: 'staff12', stamp: 'CHEER' },
      { userKey: 'staff02', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'i-youshiki-tanaoroshi',
    kind: 'IDEA',
    authorKey: 'staff17',
    title: '全庁の申請書様式の「記入項目」を棚卸しして、同じことを何度も書かせない',
    body: `押印の廃止は進みましたが、申請書には今も「住所・氏名・生年月日・電話番号」を毎回書いていただいています。給付係の様式を数えてみたら、**住民の方が書く項目の4割は、市がすでに持っている情報**でした。

提案です。

1. 全庁の申請書様式（約1,300種類）の記入項目を一覧にする
2. 「法令で本人の記入が必要なもの」「市が持っている情報で埋められるもの」「そもそも不要なもの」に分ける
3. 不要な項目は様式から削除、市が持っている情報は書かない窓口やオンライン申請で自動入力

まずは件数の多い上位50様式から始めるだけでも、効果が大きいと思います。`,
    tags: ['BPR', '業務改革', 'オンライン申請', '書かない窓口'],
    daysAgo: 210,
    answers: [
      {
        authorKey: 'staff08',
        hoursAfter: 10,
        body: `おくやみ窓口を作ったときに、関係12課の様式で同じような棚卸しをしました。共通の項目を揃えるだけでも、職員の作成時間がかなり減りました。そのときの一覧表をお渡しできます。`,
        stamps: [
          { userKey: 'staff17', stamp: 'THANKS' },
          { userKey: 'staff01', stamp: 'HELPFUL' },
        ],
      },
    ],
    comments: [
      {
        authorKey: 'manager',
        hoursAfter: 48,
        body: '市民課で準備中の書かない窓口とも方向性が同じですね。上位50様式のうち、市民課分はこちらで洗い出します。',
      },
    ],
    stamps: [
      { userKey: 'manager', stamp: 'CHEER' },
      { userKey: 'staff01', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'CHEER' },
      { userKey: 'staff15', stamp: 'HELPFUL' },
    ],
  },
  {
    key: 'i-kenshin-yoyaku',
    kind: 'IDEA',
    authorKey: 'staff28',
    title: 'がん検診の予約をオンライン化して、前日にリマインドを送りたい',
    body: `健康づくり課では、集団がん検診（年間約40回）の予約を電話で受けています。受付初日は朝から電話が鳴りっぱなしで、つながらない市民の方からお叱りを受けることもあります。また、予約した方の**約1割が当日無断キャンセル**で、キャンセル待ちの方にも回せていません。

- 予約をオンラインでも受け付ける（電話も残す）
- 前日にメールで「明日は検診日です」とリマインド
- キャンセルもオンラインでできるようにして、空いた枠をすぐに公開

予約システムの選び方や、同じような取組をしている課があれば教えてください。`,
    tags: ['オンライン申請', 'サービスデザイン'],
    daysAgo: 85,
    answers: [
      {
        authorKey: 'staff03',
        hoursAfter: 6,
        body: `LoGoフォームの「予約機能」で、日時ごとの定員管理とリマインドメールができます。追加費用もかからないので、まずは1回分の検診で試してみるのはいかがでしょう。無断キャンセル率が下がるか、前後で比べてみたいですね。`,
        comments: [
          {
            authorKey: 'staff28',
            hoursAfter: 3,
            body: '追加費用なしでできるんですね！次の乳がん検診で試してみたいです。',
          },
        ],
        stamps: [
          { userKey: 'staff28', stamp: 'THANKS' },
          { userKey: 'staff18', stamp: 'HELPFUL' },
        ],
      },
    ],
    stamps: [
      { userKey: 'staff11', stamp: 'CHEER' },
      { userKey: 'staff03', stamp: 'CHEER' },
      { userKey: 'staff30', stamp: 'CHEER' },
    ],
  },
  {
    key: 'i-gomi-opendata',
    kind: 'IDEA',
    authorKey: 'staff25',
    title: 'ごみ収集カレンダーと分別辞典をオープンデータにしませんか',
    body: `ごみ収集カレンダー（地区別・年間）と分別辞典（約1,200品目）は、今は毎年PDFで作ってホームページに載せています。

これを**CSVのオープンデータ**としても公開すれば、

- 地元の高校生や事業者が、ごみ出しアプリやチャットボットを作りやすくなる
- 市のホームページでも、PDFではなく検索できる形で表示できる
- 外国人住民向けに、多言語化してもらえる可能性もある

他市では、市民のボランティアがオープンデータを使ってアプリを作った例もあるそうです。データの形式など、アドバイスをいただけるとうれしいです。`,
    tags: ['データ活用', 'サービスデザイン'],
    daysAgo: 180,
    answers: [
      {
        authorKey: 'staff27',
        hoursAfter: 8,
        body: `企画政策課です。デジタル庁の「自治体標準オープンデータセット」に「ごみ分別辞典」の項目定義があるので、それに合わせるのがおすすめです。形式を揃えておくと、他市向けに作られたアプリをそのまま使ってもらえることがあります。公開の手続きもお手伝いします。`,
        comments: [
          {
            authorKey: 'staff25',
            hoursAfter: 2,
            body: '標準の項目定義があるんですね。まずは分別辞典から、その形式で作り直してみます。',
          },
        ],
        stamps: [
          { userKey: 'staff25', stamp: 'HELPFUL' },
          { userKey: 'staff21', stamp: 'HELPFUL' },
        ],
      },
    ],
    comments: [
      {
        authorKey: 'staff21',
        hoursAfter: 30,
        body: '都市計画課でもGISデータの公開を考えているので、オープンデータの手続きをご一緒できるとありがたいです。',
      },
    ],
    stamps: [
      { userKey: 'staff27', stamp: 'CHEER' },
      { userKey: 'staff03', stamp: 'CHEER' },
      { userKey: 'staff26', stamp: 'CHEER' },
    ],
  },
  {
    key: 'i-machijikan',
    kind: 'IDEA',
    authorKey: 'staff16',
    title: '子育て支援課の窓口の待ち人数を、スマホで見られるようにしたい',
    body: `子育て支援課の窓口は、月初めや年度初めに混み合い、小さなお子さん連れで1時間近く待っていただくこともあります。

市民課の窓口には番号発券機がありますが、子育て支援課にはありません。

- 発券機（またはタブレット受付）を置き、待ち人数をWebで公開する
- 「あと3人になったらお知らせ」をSMSやLINEで送る
- 庁舎内のキッズスペースや駐車場の車内で待っていただけるようにする

番号発券機のデータで、曜日・時間帯ごとの混雑状況も公開できれば、空いている時間に来ていただけるかもしれません。`,
    tags: ['窓口', '子育て', 'サービスデザイン'],
    daysAgo: 65,
    answers: [
      {
        authorKey: 'staff01',
        hoursAfter: 12,
        body: `市民課の発券機は、待ち人数をホームページに表示する機能があります（市民課で使っています）。同じシステムで子育て支援課の窓口も追加できるか、業者に確認してみますね。`,
        stamps: [
          { userKey: 'staff16', stamp: 'THANKS' },
          { userKey: 'staff15', stamp: 'HELPFUL' },
        ],
      },
    ],
    comments: [
      {
        authorKey: 'manager',
        hoursAfter: 26,
        body: '両課の課長として、ぜひ進めたいです。来年度の予算要求に間に合うよう、費用の見積もりを取りましょう。',
      },
      {
        authorKey: 'staff16',
        hoursAfter: 28,
        body: 'ありがとうございます！混雑する曜日・時間帯のデータを窓口の記録から集計しておきます。',
      },
    ],
    stamps: [
      { userKey: 'staff15', stamp: 'CHEER' },
      { userKey: 'staff17', stamp: 'CHEER' },
      { userKey: 'manager', stamp: 'CHEER' },
      { userKey: 'staff18', stamp: 'CHEER' },
    ],
  },
  {
    key: 'i-yosan-kintone',
    kind: 'IDEA',
    authorKey: 'staff10',
    title: '予算要求の説明資料を統一フォーマットにして、査定の準備時間を減らしたい',
    body: `財政課の井上です。毎年の予算編成では、各課から約600件の事業の説明資料がExcelで提出されます。課によって様式を独自に加工していることが多く、財政課で一覧表に転記し直すだけで**延べ2週間**ほどかかっています。

- 説明資料の入力をkintone（または統一のExcelテンプレート）にする
- 前年度の内容を引き継いで、変更点だけ入力してもらう
- 財政課は一覧で査定メモを書き込み、各課にもそのまま返す

各課の作成負担も減ると思うのですが、実際に予算要求の資料を作る立場から見て、いかがでしょうか。`,
    tags: ['kintone', 'ローコード', 'Excel', '業務改革'],
    daysAgo: 230,
    answers: [
      {
        authorKey: 'staff20',
        hoursAfter: 20,
        body: `道路管理課です。前年度の内容が引き継がれるのは、とても助かります。事業が多い課だと、毎年同じ説明を書き直すのに数日かかっているので。ただ、図や写真を添付できるようにしてもらえるとありがたいです。`,
        stamps: [{ userKey: 'staff10', stamp: 'THANKS' }],
      },
      {
        authorKey: 'staff03',
        hoursAfter: 26,
        body: `kintoneなら添付ファイル欄で図や写真も付けられます。庁内照会のアプリの仕組みを応用できそうなので、財政課と一緒に試作してみましょう。`,
        stamps: [
          { userKey: 'staff10', stamp: 'HELPFUL' },
          { userKey: 'staff20', stamp: 'HELPFUL' },
        ],
      },
    ],
    stamps: [
      { userKey: 'staff20', stamp: 'CHEER' },
      { userKey: 'staff24', stamp: 'CHEER' },
      { userKey: 'dx-chief', stamp: 'CHEER' },
    ],
  },
  {
    key: 'i-teams-school',
    kind: 'IDEA',
    authorKey: 'staff24',
    title: '学校と教育委員会の文書のやり取りを、逓送便からTeamsに切り替えたい',
    body: `教育委員会と市内22校の間では、今も毎日「逓送便」で紙の文書をやり取りしています。調査の依頼や回答も紙が多く、学校からは「締切の2日前に届いた」という声も聞こえてきます。

教職員も校務用にMicrosoft 365のアカウントを持っているので、

- 教育委員会から学校への通知・依頼は、Teamsの「学校連絡」チームに投稿
- 調査の回答はFormsやExcelの共同編集で
- 逓送便は、現物（備品・原本）が必要なものだけに

とすれば、学校も教育委員会も楽になると思います。`,
    tags: ['Teams', 'Microsoft365', 'ペーパーレス'],
    daysAgo: 125,
    answers: [
      {
        authorKey: 'staff22',
        hoursAfter: 4,
        body: `学校教育課です。欠席連絡のフォームで学校側もTeamsに慣れてきたので、今がいいタイミングだと思います。まずは教頭向けの連絡から切り替えてみませんか。`,
        comments: [
          {
            authorKey: 'staff24',
            hoursAfter: 3,
            body: '教頭向けから始めるのは良さそうですね。次の教頭会で説明させてください。',
          },
        ],
        stamps: [
          { userKey: 'staff24', stamp: 'THANKS' },
          { userKey: 'staff23', stamp: 'HELPFUL' },
        ],
      },
    ],
    stamps: [
      { userKey: 'staff22', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'CHEER' },
    ],
  },
  {
    key: 'i-journey-map',
    kind: 'IDEA',
    authorKey: 'staff06',
    title: '部署を越えて「転入してきた子育て世帯」の体験をジャーニーマップにしてみたい',
    body: `先月の研修でサービスデザイン思考を学びました。特に印象に残ったのは「**住民は、市役所の課の区切りを知らない**」という言葉です。

例えば、子どもがいる家族が転入すると、市民課・保険年金課・子育て支援課・保育課・学校教育課…と、いくつもの窓口を回ります。でも、それぞれの課は自分の手続きしか見えていません。

そこで、関係する課の職員が集まって、

1. 「転入してきた子育て世帯」の1日をジャーニーマップにする
2. 住民が困る・待つ・迷うポイントを付箋で出し合う
3. すぐにできる改善（案内の順番、案内文の統一など）を決める

という2時間のワークショップを開いてみたいです。参加してくださる課はありますか。`,
    tags: ['サービスデザイン', '子育て', '窓口', '研修'],
    daysAgo: 15,
    answers: [
      {
        authorKey: 'staff15',
        hoursAfter: 3,
        body: `子育て支援課、参加します！転入の方から「次はどこに行けばいいの？」と聞かれることが本当に多いので、住民目線で見直したいです。`,
        stamps: [{ userKey: 'staff06', stamp: 'THANKS' }],
      },
      {
        authorKey: 'staff01',
        hoursAfter: 5,
        body: `市民課窓口係も参加したいです。書かない窓口で作った転入届の業務フローを持っていきますね。`,
        stamps: [
          { userKey: 'staff06', stamp: 'THANKS' },
          { userKey: 'staff05', stamp: 'CHEER' },
        ],
      },
    ],
    comments: [
      {
        authorKey: 'dx-office',
        hoursAfter: 20,
        body: 'DX推進課でファシリテーションをお手伝いします。付箋と模造紙も用意しますよ。',
      },
    ],
    stamps: [
      { userKey: 'staff15', stamp: 'CHEER' },
      { userKey: 'staff18', stamp: 'CHEER' },
      { userKey: 'staff22', stamp: 'CHEER' },
      { userKey: 'dx-office', stamp: 'CHEER' },
      { userKey: 'manager', stamp: 'CHEER' },
    ],
  },
];

// ---------------------------------------------------------------------------
// かえで市の全体: the named characters and threads, then everyone and everything else
// ---------------------------------------------------------------------------

const city = buildDemoCity(demoDepartments, namedUsers);

/** Every demo person: the named characters first (their employee numbers never change). */
export const demoUsers: DemoUser[] = [...namedUsers, ...city.users];

/** Every demo post: the named threads and two 年度 of everyday activity. */
export const demoPosts: DemoPost[] = [...namedPosts, ...city.posts];

/** Who moved in the April 2026 transfer wave (staff05 and the generated colleagues). */
export const demoTransferred: readonly string[] = city.transferred;

/** The 庁内DXアワード of last 年度: which named case earned which award. */
export const demoAwards = { grand: 'c-okuyami', efficiency: 'c-kouza-rpa' } as const;

export { DEMO_REFERENCE_DATE, DEMO_TRANSFER_DATE, demoPostTime, demoStampTime } from './demo-city';

/** The DX office's work: 優良事例, まとめ and 横展開 (demo-practices.ts). */
export {
  DEMO_CURATOR,
  demoAdoptions,
  demoAdoptionStepTime,
  demoCollectionPostTime,
  demoCollections,
  demoCollectionTime,
  demoFeatured,
  type DemoAdoption,
  type DemoAdoptionStatus,
  type DemoAdoptionStep,
  type DemoCollection,
  type DemoFeatured,
} from './demo-practices';
