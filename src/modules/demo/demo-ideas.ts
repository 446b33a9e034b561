/**
 * Demo: what became of some ideas (#13). Each step is set by the DX office some days after the
 * idea was posted (never after the seed day), in the order listed, so the history reads
 * 提案 → 検討中 → 採用 / 見送り like the city's real decisions.
 */
export type DemoIdeaStatus = 'UNDER_REVIEW' | 'ADOPTED' | 'DECLINED';

export interface DemoIdeaStep {
  status: DemoIdeaStatus;
  /** days after the idea was posted */
  daysAfter: number;
  note: string;
  byKey: string;
}

export interface DemoIdea {
  postKey: string;
  steps: DemoIdeaStep[];
}

export const demoIdeas: DemoIdea[] = [
  {
    postKey: 'g-dx-leader-idea',
    steps: [
      { status: 'UNDER_REVIEW', daysAfter: 3, note: '職員課と、リーダーの役割と負担の目安を相談しています。', byKey: 'dx-chief' },
      { status: 'ADOPTED', daysAfter: 40, note: '令和7年度から各課に1人ずつDX推進リーダーを置きました。', byKey: 'dx-chief' },
    ],
  },
  {
    postKey: 'g-conveni-koufu',
    steps: [{ status: 'ADOPTED', daysAfter: 21, note: '市民課と広報紙・SNSでの周知を始めました。窓口でも案内チラシを配っています。', byKey: 'dx-office' }],
  },
  {
    postKey: 'g-kyoryo-drone',
    steps: [
      { status: 'UNDER_REVIEW', daysAfter: 5, note: '道路維持課と点検委託の仕様を確認しています。', byKey: 'dx-office' },
      { status: 'DECLINED', daysAfter: 30, note: '今年度は委託の仕様変更が間に合わないため見送ります。来年度の契約更新で再検討します。', byKey: 'dx-office' },
    ],
  },
  {
    postKey: 'i-gomi-opendata',
    steps: [
      { status: 'UNDER_REVIEW', daysAfter: 7, note: '環境政策課とデータの形式を相談しています。', byKey: 'dx-office' },
      { status: 'ADOPTED', daysAfter: 60, note: 'オープンデータカタログで公開しました（CSV・毎年4月更新）。', byKey: 'dx-office' },
    ],
  },
  {
    postKey: 'i-teams-school',
    steps: [{ status: 'UNDER_REVIEW', daysAfter: 10, note: '教育総務課と、まず3校で試行する案を検討中です。', byKey: 'dx-office' }],
  },
  {
    postKey: 'i-kenshin-yoyaku',
    steps: [{ status: 'UNDER_REVIEW', daysAfter: 14, note: '健康づくり課で予約システムの見積を取っています。', byKey: 'dx-chief' }],
  },
  {
    postKey: 'g-shicho-tegami',
    steps: [{ status: 'DECLINED', daysAfter: 20, note: '個人情報を外す手順が固まるまで見送ります。手順ができたら再提案してください。', byKey: 'dx-chief' }],
  },
  {
    postKey: 'i-macro-daicho',
    steps: [{ status: 'UNDER_REVIEW', daysAfter: 4, note: '情報政策課と、RPA台帳に項目を足す形で検討しています。', byKey: 'dx-office' }],
  },
];
