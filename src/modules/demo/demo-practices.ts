/**
 * What the DX office of かえで市 has done with the demo's posts: the best practices it
 * featured (優良事例), its two collections (まとめ), and the roll-out (横展開) of cases to other
 * departments over 令和7年度 and 令和8年度, with the hours they saved.
 *
 * The seeder writes all of it through PracticesService, dated in the demo's past. Days are
 * JST days at the reference date (DEMO_REFERENCE_DATE): a seed run on another day moves them
 * by the same number of days as the posts (`demoDayTime`). Who records an adoption belongs to
 * the adopting department (or a 係 below it) on that day and still today (the service checks
 * the current department), or is the DX office naming the department.
 *
 * Invariants are checked in demo-data.spec.ts; the impact figures in demo-seed.e2e-spec.ts.
 */
import { DEMO_REFERENCE_NOW, demoPostTime } from './demo-city';

export type DemoAdoptionStatus = 'CONSIDERING' | 'IN_PROGRESS' | 'ADOPTED' | 'DECLINED';

/** The DX office person who features posts and curates the collections. */
export const DEMO_CURATOR = 'dx-office';

export interface DemoFeatured {
  postKey: string;
  /** 優良事例のひとこと (≤ 200 characters) */
  note: string;
  /** hours after the post was written */
  hoursAfter: number;
}

export interface DemoCollectionPost {
  postKey: string;
  /** JST day it was added (default: when the collection was created) */
  on?: string;
  /** 1-based position it was added at (default: the end) */
  position?: number;
}

export interface DemoCollection {
  key: string;
  title: string;
  /** one paragraph (≤ 1000 characters) */
  description: string;
  /** JST day the collection was created, with the posts that have no `on` */
  on: string;
  /** in the order they were added */
  posts: DemoCollectionPost[];
}

export interface DemoAdoptionStep {
  /** JST day of the record (導入済み: also the adoption date) */
  on: string;
  /** who recorded it */
  byKey: string;
  status: DemoAdoptionStatus;
  hoursSavedPerYear?: number;
  note: string;
  /** a case the adopting department wrote about it (posted before this step) */
  followUpPostKey?: string;
}

export interface DemoAdoption {
  postKey: string;
  /** the adopting department */
  departmentCode: string;
  /** oldest first; the last one is the adoption's current state */
  steps: DemoAdoptionStep[];
}

const DAY = 86_400_000;

/**
 * When something dated `day` (JST, at the reference date) happens in a seed run at `now`: that
 * many days before the seed day, during office hours, at a fixed minute per `salt`.
 */
export function demoDayTime(day: string, salt: string, now: Date): number {
  const daysAgo = Math.round((DEMO_REFERENCE_NOW.getTime() - Date.parse(`${day}T00:00:00+09:00`)) / DAY);
  return demoPostTime({ key: salt, daysAgo }, now);
}

/** When a step of an adoption is recorded in a seed run at `now`. */
export function demoAdoptionStepTime(a: DemoAdoption, index: number, now: Date): number {
  return demoDayTime(a.steps[index].on, `${a.postKey}@${a.departmentCode}#${index}`, now);
}

/** When a collection is created (its first posts follow a minute apart) in a seed run at `now`. */
export function demoCollectionTime(c: DemoCollection, now: Date): number {
  return demoDayTime(c.on, `collection:${c.key}`, now);
}

/** When a post is added to a collection in a seed run at `now`. */
export function demoCollectionPostTime(c: DemoCollection, index: number, now: Date): number {
  const p = c.posts[index];
  return p.on ? demoDayTime(p.on, `collection:${c.key}:${p.postKey}`, now) : demoCollectionTime(c, now) + (index + 1) * 60_000;
}

// ---------------------------------------------------------------------------
// 優良事例（DX推進課が選んだ投稿）
// ---------------------------------------------------------------------------

export const demoFeatured: DemoFeatured[] = [
  {
    // the DX office asked in a comment (「優良事例に登録させてください」) and the author agreed
    postKey: 'c-kyuyo-aiocr',
    hoursAfter: 13,
    note: 'AI-OCRとRPAを組み合わせた全庁の代表事例です。「読み取り結果は人が確認する」前提で業務フローから組み直したことが、精度の壁を越えるポイントでした。',
  },
  {
    postKey: 'c-okuyami',
    hoursAfter: 170,
    note: '庁内DXアワード大賞の取組。関係12課と1年かけて記入項目をそろえ、ご遺族が何度も書かずに済む窓口を実現しました。市民目線のBPRのお手本です。',
  },
  {
    postKey: 'c-shokai-kintone',
    hoursAfter: 72,
    note: '照会のたびに約40ファイルを手で集計していた作業を、テンプレートと「伴走」で全庁に広げました。照会を出す課は、まずこの事例をご覧ください。',
  },
  {
    postKey: 'c-school-forms',
    hoursAfter: 120,
    note: 'モデル校での試行から全22校へ。電話も残して「フォームでなければダメ」にしない進め方は、住民向けの手続きのオンライン化にもそのまま使えます。',
  },
  {
    postKey: 'c-kakanai-madoguchi',
    hoursAfter: 46,
    note: '「住民が同じ情報を5回書いていた」ことの見える化から始めた書かない窓口の試行です。聞き取りスクリプトは、ほかの窓口でもそのまま使えます。',
  },
  {
    postKey: 'q-robot-maintenance',
    hoursAfter: 50,
    note: '異動でロボットが止まったときの直し方と、RPAロボット台帳への登録までが一度に分かるスレッドです。RPAを使っている課は必読です。',
  },
];

// ---------------------------------------------------------------------------
// まとめ
// ---------------------------------------------------------------------------

export const demoCollections: DemoCollection[] = [
  {
    key: 'kakanai-pack',
    title: '書かない窓口 導入パック',
    description:
      '窓口で住民に同じことを何度も書かせないための事例とQ&Aを、導入を検討する順に並べました。まず市民課の転入届の試行で全体像をつかみ、署名の扱いなどの実務の論点、関係課と記入項目をそろえたおくやみ窓口、申請書様式の棚卸しのアイデア、来庁しなくて済む手続きへの広げ方へと読み進めてください。導入の相談はDX推進課まで。',
    on: '2026-10-08',
    posts: [
      { postKey: 'c-kakanai-madoguchi' },
      { postKey: 'c-okuyami' },
      { postKey: 'i-youshiki-tanaoroshi' },
      { postKey: 'g-tenshutsu-online' },
      // the signature question got its answers in November: second, right after the trial
      { postKey: 'q-kakanai-signature', on: '2026-11-24', position: 2 },
    ],
  },
  {
    key: 'rpa-genai-first',
    title: 'はじめてのRPA・生成AI',
    description:
      'RPAや生成AIをこれから使ってみる課のために、最初に読んでほしい投稿を順番に並べました。作る価値があるかの見積もり方、初めてのロボットを2か月で作った税務課の事例、異動でロボットが止まったときの備え、生成AIの全庁試行の結果、そして住民向けの文書で生成AIを使うときの注意点の順です。研修の予習にもどうぞ。',
    on: '2026-10-27',
    posts: [
      { postKey: 'g-kogaku-kansho-rpa' },
      { postKey: 'c-kouza-rpa' },
      { postKey: 'q-robot-maintenance' },
      { postKey: 'c-genai-minutes' },
      { postKey: 'q-genai-guideline', on: '2026-11-12' },
    ],
  },
];

// ---------------------------------------------------------------------------
// 横展開（ほかの部署での導入）
// ---------------------------------------------------------------------------

export const demoAdoptions: DemoAdoption[] = [
  // ===== 令和7年度に導入済み =====
  {
    postKey: 'g-room-booking',
    departmentCode: 'kyoiku-somu-ka',
    steps: [
      {
        on: '2025-07-08',
        byKey: 'staff160',
        status: 'CONSIDERING',
        note: '教育委員会の会議室（3室）も紙の台帳で予約しています。人事係に設定の手順を教えていただき、切り替えを検討中です。',
      },
      {
        on: '2025-09-01',
        byKey: 'staff160',
        status: 'ADOPTED',
        hoursSavedPerYear: 30,
        note: '教育委員会の会議室3室をOutlookの会議室予約に切り替えました。予約の電話と台帳への転記がなくなりました。',
      },
    ],
  },
  {
    postKey: 'g-rinyushoku-logo',
    departmentCode: 'chiiki-hokatsu-kakari',
    steps: [
      {
        on: '2025-08-20',
        byKey: 'staff098',
        status: 'ADOPTED',
        hoursSavedPerYear: 40,
        note: '介護予防教室（年24回）の申込をLoGoフォームにしました。健康づくり課のフォームを複製して、2日で公開できました。電話受付がほぼなくなりました。',
      },
    ],
  },
  {
    postKey: 'g-doro-senyo-online',
    departmentCode: 'toshi-keikaku-ka',
    steps: [
      {
        on: '2025-10-15',
        byKey: 'staff155',
        status: 'CONSIDERING',
        note: '屋外広告物の許可の更新申請（年約400件）にも使えないか検討しています。',
      },
      {
        on: '2026-01-20',
        byKey: 'staff155',
        status: 'ADOPTED',
        hoursSavedPerYear: 80,
        note: '屋外広告物の許可の更新申請をLoGoフォームで受け付け、許可書はPDFで返すようにしました。事業者向けの案内文は道路管理課のものを使わせていただきました。',
      },
    ],
  },
  {
    postKey: 'g-shuno-rpa-case',
    departmentCode: 'kaigo-hoken-kakari',
    steps: [
      {
        on: '2025-12-10',
        byKey: 'staff094',
        status: 'IN_PROGRESS',
        note: '介護保険料の口座振替の不能分の照合にも、収納係のロボットを流用できそうです。収納係に教わりながら作っています。',
      },
      {
        on: '2026-02-16',
        byKey: 'staff094',
        status: 'ADOPTED',
        hoursSavedPerYear: 60,
        note: '介護保険料の振替不能分の照合をロボットにしました。督促状の誤送付はゼロになり、月末の確認作業も半日から1時間になりました。',
      },
    ],
  },

  // ===== 令和8年度 =====
  // 税務課の口座振替のロボット（加藤さん）は3つの部署に広がった: 横展開の立役者
  {
    postKey: 'c-kouza-rpa',
    departmentCode: 'kaikei-ka',
    steps: [
      {
        on: '2026-04-14',
        byKey: 'staff29',
        status: 'IN_PROGRESS',
        note: '支払先の口座の登録（年約1,500件）にも使えそうなので、税務課のロボットを複製して作り始めました。',
      },
      {
        on: '2026-06-10',
        byKey: 'staff29',
        status: 'ADOPTED',
        hoursSavedPerYear: 60,
        note: '支払先口座の登録をロボットにしました。手入力がなくなり、口座の誤登録による支払いの戻りもなくなりました。',
      },
    ],
  },
  {
    postKey: 'c-kouza-rpa',
    departmentCode: 'kokuho-kakari',
    steps: [
      {
        on: '2026-05-12',
        byKey: 'staff087',
        status: 'CONSIDERING',
        note: '4月に収納係から異動してきました。税務課の口座振替のロボットのログイン・照会の部品が、資格確認書の発送準備にも使えそうです。',
      },
      {
        on: '2026-06-08',
        byKey: 'staff087',
        status: 'IN_PROGRESS',
        note: 'ロボットを作り始めました。ログインと照会の部分は税務課のものをそのまま再利用しています。',
      },
      {
        on: '2026-07-10',
        byKey: 'staff087',
        status: 'ADOPTED',
        // the hours are in the follow-up case itself (counted once, as that case's figure)
        note: '7月の資格確認書の一斉更新で本番稼働しました。詳しくは国保係の事例にまとめました（削減時間は事例のほうに記載しています）。',
        followUpPostKey: 'g-kakuninsho-rpa',
      },
    ],
  },
  {
    postKey: 'c-kouza-rpa',
    departmentCode: 'kyufu-kakari',
    steps: [
      {
        on: '2026-09-09',
        byKey: 'staff17',
        status: 'IN_PROGRESS',
        hoursSavedPerYear: 40,
        note: '児童手当の口座変更届（年約900件）の登録にも使えるよう、税務課のロボットを改修しています。年明けの稼働を目指しています。',
      },
    ],
  },
  {
    postKey: 'c-shokai-kintone',
    departmentCode: 'shokuin-ka',
    steps: [
      {
        on: '2026-06-05',
        byKey: 'staff06',
        status: 'ADOPTED',
        hoursSavedPerYear: 40,
        note: '研修受講調査と時間外勤務の見込み調査を、kintoneの照会に切り替えました。集計が3日から半日になりました。',
      },
    ],
  },
  {
    postKey: 'c-shokai-kintone',
    departmentCode: 'zaisei-ka',
    steps: [
      {
        on: '2026-06-22',
        byKey: 'staff10',
        status: 'CONSIDERING',
        note: '予算関係の照会（年約10件）で使えないか、DX推進係と相談を始めました。様式が複雑なので、最初の1件は一緒に作っていただく予定です。',
      },
      {
        on: '2026-11-10',
        byKey: 'staff10',
        status: 'IN_PROGRESS',
        hoursSavedPerYear: 120,
        note: '来年度当初予算の事業別の照会をkintoneで試行中です。各課の回答状況が一覧で見えるので、督促の電話が要らなくなりました。',
      },
    ],
  },
  {
    postKey: 'c-shokai-kintone',
    departmentCode: 'gakko-kyoiku-ka',
    steps: [
      {
        on: '2026-07-02',
        byKey: 'staff167',
        status: 'DECLINED',
        note: '学校向けの照会は教員がTeamsから回答するため、Microsoft Formsで行うことにしました。集計の考え方は参考にさせていただきます。',
      },
    ],
  },
  {
    postKey: 'c-school-forms',
    departmentCode: 'hoiku-ka',
    steps: [
      {
        on: '2026-06-03',
        byKey: 'staff18',
        status: 'CONSIDERING',
        note: '公立保育所（5園）の欠席連絡に使えないか、園長会で相談しています。',
      },
      {
        on: '2026-09-01',
        byKey: 'staff18',
        status: 'ADOPTED',
        hoursSavedPerYear: 150,
        note: '公立保育所5園で欠席連絡をフォームに切り替えました。朝の電話が1園あたり1日約8件減り、保育士が登園の受け入れに集中できるようになりました。',
      },
    ],
  },
  {
    postKey: 'c-kosodate-online',
    departmentCode: 'hoiku-ka',
    steps: [
      {
        on: '2026-07-01',
        byKey: 'staff18',
        status: 'IN_PROGRESS',
        note: '保育所の入所申込のオンライン化に、子育て支援課の「職員に試してもらう」チェックシートを使っています。10月の一斉申込から受け付ける予定です。',
      },
      {
        on: '2026-10-15',
        byKey: 'staff18',
        status: 'ADOPTED',
        hoursSavedPerYear: 120,
        note: '10月の一斉申込からオンライン受付を始めました。申込の約55%がオンラインで、窓口での記入の説明と不備の確認が大きく減りました。',
      },
    ],
  },
  {
    postKey: 'c-koho-teams',
    departmentCode: 'kosodate-shien-ka',
    steps: [
      {
        on: '2026-10-05',
        byKey: 'staff15',
        status: 'ADOPTED',
        hoursSavedPerYear: 30,
        note: '「子育て情報誌」（年4回）の編集をTeamsのチャネルに移しました。秘書広報課のテンプレートのおかげで、原稿の版の取り違えがなくなりました。',
      },
    ],
  },
  {
    postKey: 'c-ninteichosa-tablet',
    departmentCode: 'shogai-fukushi-ka',
    steps: [
      {
        on: '2026-08-20',
        byKey: 'staff14',
        status: 'IN_PROGRESS',
        hoursSavedPerYear: 60,
        note: '障がい支援区分の認定調査（年約500件）でタブレットの試行を始めました。端末の設定は介護保険係の手順書をそのまま使っています。',
      },
    ],
  },
  {
    postKey: 'c-cashless',
    departmentCode: 'gomi-genryo-ka',
    steps: [
      {
        on: '2026-08-05',
        byKey: 'staff25',
        status: 'IN_PROGRESS',
        hoursSavedPerYear: 25,
        note: '粗大ごみ処理券を販売している本庁舎の窓口に、キャッシュレス決済の端末を置く準備を進めています。会計上の扱いは会計課に確認済みです。',
      },
    ],
  },
  {
    postKey: 'c-kyuyo-aiocr',
    departmentCode: 'shisanzei-kakari',
    steps: [
      {
        on: '2026-05-20',
        byKey: 'staff063',
        status: 'CONSIDERING',
        note: '償却資産の申告書（年約2,000件）にも使えないか、帳票のサンプルで読み取りを試しています。',
      },
      {
        on: '2026-07-15',
        byKey: 'staff063',
        status: 'DECLINED',
        note: '申告書の様式が事業者ごとに違い、読み取りの精度が6割ほどにとどまったため見送りました。まずは電子申告（eLTAX）の利用の呼びかけを優先します。',
      },
    ],
  },
  {
    postKey: 'c-kyuyo-aiocr',
    departmentCode: 'kaigo-hoken-kakari',
    steps: [
      {
        on: '2026-09-25',
        byKey: 'staff11',
        status: 'CONSIDERING',
        note: '主治医意見書（手書き）の入力にAI-OCRを使えないか検討しています。読み取りの精度を確かめるため、帳票のサンプルを市民税係に見ていただいています。',
      },
    ],
  },
  {
    postKey: 'c-kakanai-madoguchi',
    departmentCode: 'kokuho-kakari',
    steps: [
      {
        // the DX office records it for the department after their first meeting
        on: '2026-10-20',
        byKey: 'dx-chief',
        status: 'CONSIDERING',
        note: '国保係と打合せ。転入に伴う国民健康保険の加入手続きで、窓口係の聞き取りスクリプトを使う方向で検討を始めました（DX推進課が記録）。',
      },
    ],
  },
  {
    postKey: 'c-kakanai-madoguchi',
    departmentCode: 'kyufu-kakari',
    steps: [
      {
        on: '2026-11-04',
        byKey: 'staff124',
        status: 'CONSIDERING',
        note: '転入のときの児童手当の認定請求を「書かない窓口」の流れに組み込めないか、窓口係と打合せを始めました。',
      },
    ],
  },
];
