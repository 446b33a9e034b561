/**
 * The default tag → skill mapping shipped with Banso (editable by the DX office).
 * Tag keys are normalised (NFKC, case-folded) like tags themselves.
 */
export const DEFAULT_TAG_SKILLS: { tag: string; skill: string; weight: number }[] = [
  { tag: 'RPA', skill: 'RPA_AI_OCR', weight: 1 },
  { tag: 'AI-OCR', skill: 'RPA_AI_OCR', weight: 1 },
  { tag: '生成AI', skill: 'RPA_AI_OCR', weight: 0.5 },
  { tag: 'セキュリティ', skill: 'SECURITY_BASIC', weight: 1 },
  { tag: 'マイナンバー', skill: 'MYNUMBER_BASIC', weight: 1 },
  { tag: 'kintone', skill: 'LOW_CODE', weight: 1 },
  { tag: 'ローコード', skill: 'LOW_CODE', weight: 1 },
  { tag: 'BPR', skill: 'BPR', weight: 1 },
  { tag: '業務改革', skill: 'BPR', weight: 1 },
  { tag: 'おくやみ', skill: 'BPR', weight: 0.5 },
  { tag: 'オンライン申請', skill: 'ONLINE_APPLICATION', weight: 1 },
  { tag: 'LoGoフォーム', skill: 'ONLINE_APPLICATION', weight: 1 },
  { tag: 'データ活用', skill: 'DATA_UTILIZATION', weight: 1 },
  { tag: 'EBPM', skill: 'DATA_UTILIZATION', weight: 1 },
  { tag: 'サービスデザイン', skill: 'SERVICE_DESIGN', weight: 1 },
  { tag: '書かない窓口', skill: 'SERVICE_DESIGN', weight: 0.5 },
  { tag: '書かない窓口', skill: 'BPR', weight: 0.5 },
  { tag: '子育て', skill: 'SERVICE_DESIGN', weight: 0.5 },
  { tag: 'Microsoft365', skill: 'MICROSOFT_365', weight: 1 },
  { tag: 'Teams', skill: 'MICROSOFT_365', weight: 1 },
  { tag: 'Excel', skill: 'MICROSOFT_365', weight: 1 },
  { tag: 'ペーパーレス', skill: 'MICROSOFT_365', weight: 0.5 },
  { tag: 'チャット', skill: 'CHAT_TOOLS', weight: 1 },
];

export type BadgeTier = 'BRONZE' | 'SILVER' | 'GOLD';
export type BadgeRule = 'COUNT' | 'STAMPS_ON_ONE_ANSWER' | 'ACCEPTED_IN_SKILL' | 'MANUAL';

export interface BadgeDefinition {
  code: string;
  name: string;
  description: string;
  tier: BadgeTier;
  rule: BadgeRule;
  params: Record<string, unknown>;
  repeatable: boolean;
}

/** The minimum catalogue from the issue, with Japanese names. Codes are stable API. */
export const DEFAULT_BADGES: BadgeDefinition[] = [
  {
    code: 'FIRST_QUESTION',
    name: 'はじめての質問',
    description: '初めて質問を投稿しました。聞くことから伴走が始まります。',
    tier: 'BRONZE',
    rule: 'COUNT',
    params: { kind: 'QUESTION_POSTED', min: 1 },
    repeatable: false,
  },
  {
    code: 'FIRST_ANSWER',
    name: 'はじめての回答',
    description: '初めて回答しました。',
    tier: 'BRONZE',
    rule: 'COUNT',
    params: { kind: 'ANSWER_POSTED', min: 1 },
    repeatable: false,
  },
  {
    code: 'FIRST_CASE',
    name: 'はじめての事例共有',
    description: '初めて事例を共有しました。横展開の第一歩です。',
    tier: 'BRONZE',
    rule: 'COUNT',
    params: { kind: 'CASE_POSTED', min: 1 },
    repeatable: false,
  },
  {
    code: 'FIRST_ACCEPTED_ANSWER',
    name: 'はじめてのベストアンサー',
    description: 'あなたの回答が初めてベストアンサーに選ばれました。',
    tier: 'BRONZE',
    rule: 'COUNT',
    params: { kind: 'ANSWER_ACCEPTED', min: 1 },
    repeatable: false,
  },
  {
    code: 'ACCEPTED_ANSWERS_10',
    name: '頼れる回答者',
    description: 'ベストアンサーに10回選ばれました。',
    tier: 'SILVER',
    rule: 'COUNT',
    params: { kind: 'ANSWER_ACCEPTED', min: 10 },
    repeatable: false,
  },
  {
    code: 'ACCEPTED_ANSWERS_50',
    name: '庁内の知恵袋',
    description: 'ベストアンサーに50回選ばれました。',
    tier: 'GOLD',
    rule: 'COUNT',
    params: { kind: 'ANSWER_ACCEPTED', min: 50 },
    repeatable: false,
  },
  {
    code: 'CHEERS_RECEIVED_10',
    name: '応援される人',
    description: '「応援」を10回受け取りました。',
    tier: 'BRONZE',
    rule: 'COUNT',
    params: { kind: 'STAMP_RECEIVED', stamp: 'CHEER', min: 10 },
    repeatable: false,
  },
  {
    code: 'CHEERS_RECEIVED_50',
    name: 'みんなの推進役',
    description: '「応援」を50回受け取りました。',
    tier: 'SILVER',
    rule: 'COUNT',
    params: { kind: 'STAMP_RECEIVED', stamp: 'CHEER', min: 50 },
    repeatable: false,
  },
  {
    code: 'CHEERS_GIVEN_50',
    name: '応援団',
    description: '仲間に「応援」を50回送りました。応援の文化をつくる人です。',
    tier: 'SILVER',
    rule: 'COUNT',
    params: { kind: 'STAMP_GIVEN', stamp: 'CHEER', min: 50 },
    repeatable: false,
  },
  {
    code: 'HELPFUL_ANSWER',
    name: '参考になる回答',
    description: '1つの回答に「参考になった」が5つ集まりました（回答ごとに獲得）。',
    tier: 'SILVER',
    rule: 'STAMPS_ON_ONE_ANSWER',
    params: { stamp: 'HELPFUL', min: 5 },
    repeatable: true,
  },
  {
    code: 'SKILL_ACCEPTED_5',
    name: 'スキルの実践者',
    description: '同じスキル分野の質問で、ベストアンサーに5回選ばれました（スキルごとに獲得）。',
    tier: 'GOLD',
    rule: 'ACCEPTED_IN_SKILL',
    params: { min: 5 },
    repeatable: true,
  },
  {
    code: 'FIRST_FEATURED',
    name: 'はじめての優良事例',
    description: '投稿がDX推進課に優良事例として選ばれました。',
    tier: 'SILVER',
    rule: 'COUNT',
    params: { kind: 'POST_FEATURED', min: 1 },
    repeatable: false,
  },
  {
    code: 'CASE_ADOPTED_1',
    name: '横展開のはじまり',
    description: '事例がほかの部署で導入されました（導入中・導入済み）。',
    tier: 'BRONZE',
    rule: 'COUNT',
    params: { kind: 'CASE_ADOPTED', min: 1 },
    repeatable: false,
  },
  {
    code: 'CASE_ADOPTED_3',
    name: '横展開の立役者',
    description: '事例がほかの部署で3回導入されました。横展開は市がいちばん大切にしている貢献です。',
    tier: 'GOLD',
    rule: 'COUNT',
    params: { kind: 'CASE_ADOPTED', min: 3 },
    repeatable: false,
  },
];
