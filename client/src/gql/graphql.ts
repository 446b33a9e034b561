/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AddCommentInput = {
  /** 個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります） */
  acknowledgeWarnings?: boolean | null | undefined;
  body: string;
  /** 二重送信防止キー（クライアントが生成）。同じキーの再送は最初の結果を返します。 */
  idempotencyKey?: string | null | undefined;
  targetId: string | number;
  targetType: ReactionTargetType;
};

export type AdoptionInput = {
  /** YYYY-MM-DD（導入済みで省略すると今日） */
  adoptedOn?: string | null | undefined;
  /** 省略時は自分の今の部署 */
  departmentId?: string | number | null | undefined;
  /** この導入について書いた自分の部署の事例 */
  followUpPostId?: string | number | null | undefined;
  /** この部署での年間削減時間（0〜100,000） */
  hoursSavedPerYear?: number | null | undefined;
  note?: string | null | undefined;
  postId: string | number;
  status: AdoptionStatus;
};

/** 検討中 / 導入中 / 導入済み / 見送り */
export type AdoptionStatus =
  | 'ADOPTED'
  | 'CONSIDERING'
  | 'DECLINED'
  | 'IN_PROGRESS';

export type AuditFilter = {
  /** 操作（例: ACCOUNT_CREATED）。省略時はすべて */
  actions?: Array<string> | null | undefined;
  /** 操作した人 */
  actorId?: string | number | null | undefined;
  /** この日から（JST, YYYY-MM-DD） */
  from?: string | null | undefined;
  targetId?: string | number | null | undefined;
  /** USER / DEPARTMENT / POST / ANSWER / COMMENT / IMPORT … */
  targetType?: string | null | undefined;
  /** この日まで（JST, YYYY-MM-DD, その日を含む） */
  to?: string | null | undefined;
};

export type BadgeTier =
  | 'BRONZE'
  | 'GOLD'
  | 'SILVER';

export type CaseDetailsInput = {
  effect: string;
  hoursSavedPerYear?: number | null | undefined;
  problem: string;
  solution: string;
  tools?: Array<string> | null | undefined;
};

/** DX人材認定 (moka-2023): アドバイザー / エキスパート / スペシャリスト */
export type CertificationTier =
  | 'ADVISOR'
  | 'EXPERT'
  | 'SPECIALIST';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ClosePostInput = {
  /** 重複のとき：元の質問 */
  duplicateOfId?: string | number | null | undefined;
  /** 投稿者へのひとこと（質問に表示されます） */
  note?: string | null | undefined;
  postId: string | number;
  reason: PostCloseReason;
};

export type CollectionInput = {
  description?: string | null | undefined;
  title: string;
};

export type CreateAnswerInput = {
  /** 個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります） */
  acknowledgeWarnings?: boolean | null | undefined;
  body: string;
  /** 二重送信防止キー（クライアントが生成）。同じキーの再送は最初の結果を返します。 */
  idempotencyKey?: string | null | undefined;
  postId: string | number;
};

export type CreateBadgeInput = {
  code: string;
  description: string;
  name: string;
  tier: BadgeTier;
};

export type CreateDepartmentInput = {
  /** 部署コード（人事システムのコード。省略時は自動） */
  code?: string | null | undefined;
  name: string;
  /** 親部署（省略時は部として作成） */
  parentId?: string | number | null | undefined;
};

export type CreatePostInput = {
  /** 個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります） */
  acknowledgeWarnings?: boolean | null | undefined;
  anonymous?: boolean | null | undefined;
  body: string;
  caseDetails?: CaseDetailsInput | null | undefined;
  /** この投稿の元になった下書き（投稿すると削除されます） */
  draftId?: string | number | null | undefined;
  /** 二重送信防止キー（クライアントが生成）。同じキーの再送は最初の結果を返します。 */
  idempotencyKey?: string | null | undefined;
  kind: PostKind;
  tags?: Array<string> | null | undefined;
  title: string;
};

export type CreateSkillInput = {
  code: string;
  name: string;
  summary?: string | null | undefined;
};

export type CreateUserInput = {
  /** 所属（今日から） */
  departmentId?: string | number | null | undefined;
  email: string;
  /** 職員番号（人事システムのキー） */
  employeeId?: string | null | undefined;
  /** 階層（fujisawa-2024 のコード） */
  layer?: string | null | undefined;
  name: string;
  /** 省略時は STAFF */
  role?: Role | null | undefined;
  /** スキルの枠組みの役割（hachioji-2023 のコード） */
  roleCategory?: string | null | undefined;
};

/** 部 / 課 / 係 */
export type DepartmentLevel =
  | 'BU'
  | 'KA'
  | 'KAKARI';

export type DraftCaseDetailsInput = {
  effect?: string | null | undefined;
  hoursSavedPerYear?: number | null | undefined;
  problem?: string | null | undefined;
  solution?: string | null | undefined;
  tools?: Array<string> | null | undefined;
};

/** 下書きの保存。id があればその下書きを更新します。回答の下書きは質問ごとに1件（postId で上書き） */
export type DraftInput = {
  anonymous?: boolean | null | undefined;
  body?: string | null | undefined;
  caseDetails?: DraftCaseDetailsInput | null | undefined;
  id?: string | number | null | undefined;
  kind: DraftKind;
  postId?: string | number | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

/** 下書きの種類: 質問 / 事例 / アイデア / 回答 */
export type DraftKind =
  | 'ANSWER'
  | 'CASE'
  | 'IDEA'
  | 'QUESTION';

/** すぐに / 1日1回まとめて / 週1回まとめて / 送らない */
export type EmailMode =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

/** フィードの表示：カード / 一覧（1〜2行） */
export type FeedDensity =
  | 'CARDS'
  | 'COMPACT';

/** 投稿 / タグ */
export type FollowTarget =
  | 'POST'
  | 'TAG';

export type GrantBadgeInput = {
  /** distinguishes repeated grants, e.g. 2026 */
  awardKey?: string | null | undefined;
  badgeCode: string;
  /** 表彰理由 */
  citation: string;
  userId: string | number;
};

export type GrantCertificationInput = {
  evidence?: Array<string> | null | undefined;
  /** defaults to the current 年度 */
  fiscalYear?: number | null | undefined;
  note: string;
  tier: CertificationTier;
  userId: string | number;
};

/** 提案 / 検討中 / 採用 / 見送り */
export type IdeaStatus =
  | 'ADOPTED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'UNDER_REVIEW';

export type ImportStaffInput = {
  /** CSV の本文（UTF-8。Shift_JIS のファイルは画面またはコマンドが変換してから送ります） */
  csv: string;
  /** ファイルにいない職員（職員番号のある人）を利用停止にする */
  deactivateMissing?: boolean;
  /** true: 変更内容の確認だけ（何も書き込みません） */
  dryRun?: boolean;
  /** 発令日 YYYY-MM-DD（異動・新規配属の開始日）。省略時は今日 */
  effectiveDate?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type ManagerScopeInput = {
  departmentIds: Array<string | number>;
  userId: string | number;
};

export type ModerationInput = {
  /** 理由（非表示では必須。投稿者に示されます） */
  reason?: string | null | undefined;
  targetId: string | number;
  targetType: ReactionTargetType;
};

export type NotificationKind =
  | 'ANSWER_ACCEPTED'
  | 'ANSWER_ON_MY_POST'
  | 'BADGE_AWARDED'
  | 'CASE_ADOPTED'
  | 'COMMENT_ON_MY_CONTENT'
  | 'CONTENT_HIDDEN'
  | 'CONTENT_RESTORED'
  | 'FOLLOWED_POST_ANSWER'
  | 'FOLLOWED_TAG_POST'
  | 'IDEA_STATUS_CHANGED'
  | 'MENTION'
  | 'OFFICIAL_ANSWER'
  | 'POST_CLOSED'
  | 'POST_FEATURED'
  | 'QUESTION_ROUTED_TO_ME'
  | 'REPORT_RESOLVED'
  | 'UNANSWERED_QUESTION'
  | 'UNANSWERED_SUGGESTION';

export type NotificationKindSettingInput = {
  email: boolean;
  kind: NotificationKind;
};

export type NotificationSettingsInput = {
  emailMode?: EmailMode | null | undefined;
  kinds?: Array<NotificationKindSettingInput> | null | undefined;
  routingRequests?: boolean | null | undefined;
};

export type PostActivityKind =
  | 'ANSWER'
  | 'COMMENT';

/** 重複 / 対象外 / 解決済み（他で） */
export type PostCloseReason =
  | 'DUPLICATE'
  | 'OFF_TOPIC'
  | 'RESOLVED_ELSEWHERE';

export type PostFilter = {
  authorId?: string | number | null | undefined;
  /** includes sub-departments */
  departmentId?: string | number | null | undefined;
  /** 優良事例だけ（true）／優良事例以外（false） */
  featured?: boolean | null | undefined;
  /** この状況のアイデアだけ */
  ideaStatus?: IdeaStatus | null | undefined;
  kind?: PostKind | null | undefined;
  order?: PostOrder | null | undefined;
  status?: PostStatus | null | undefined;
  tag?: string | null | undefined;
  /** 未回答の質問だけ（質問で回答 0 件） */
  unanswered?: boolean | null | undefined;
};

/** 質問 / 事例 / アイデア */
export type PostKind =
  | 'CASE'
  | 'IDEA'
  | 'QUESTION';

/** 新着順 / 最近の動き順 */
export type PostOrder =
  | 'ACTIVITY'
  | 'NEWEST';

export type PostStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

export type ProfileInput = {
  /** アイコン画像: POST /uploads で自分がアップロードした画像の id。null で外す */
  avatarUploadId?: string | number | null | undefined;
  /** 自己紹介（500文字以内） */
  bio?: string | null | undefined;
  /** 得意分野（自由なタグ、10個まで） */
  expertise?: Array<string> | null | undefined;
  /** 内線番号（数字とハイフン、20文字以内） */
  extension?: string | null | undefined;
};

export type ReactInput = {
  stamp: Stamp;
  targetId: string | number;
  targetType: ReactionTargetType;
};

export type ReactionTargetType =
  | 'ANSWER'
  | 'COMMENT'
  | 'POST';

/** 非表示にする / 問題なし */
export type ReportAction =
  | 'DISMISS'
  | 'HIDE';

export type ReportInput = {
  note?: string | null | undefined;
  reason: ReportReason;
  targetId: string | number;
  targetType: ReactionTargetType;
};

/** 個人情報 / 不適切 / スパム / その他 */
export type ReportReason =
  | 'INAPPROPRIATE'
  | 'OTHER'
  | 'PERSONAL_INFO'
  | 'SPAM';

/** 未対応 / 対応済み */
export type ReportStatus =
  | 'OPEN'
  | 'RESOLVED';

/** ◎ 原則必修 / ○ 該当業務の担当者 */
export type RequirementMark =
  | 'FOR_RELEVANT_STAFF'
  | 'REQUIRED';

/** 職員 / DX推進課 / 管理職 / 管理者 */
export type Role =
  | 'ADMIN'
  | 'DX_OFFICE'
  | 'MANAGER'
  | 'STAFF';

/** 投稿日の範囲（日本時間の日付、両端を含む） */
export type SearchDateRange = {
  /** YYYY-MM-DD */
  from?: string | null | undefined;
  /** YYYY-MM-DD */
  to?: string | null | undefined;
};

export type SkillSettingsInput = {
  ANSWER_ACCEPTED: number;
  ANSWER_POSTED: number;
  /** 省略時は今の値 */
  CASE_ADOPTED?: number | null | undefined;
  CASE_POSTED: number;
  COMMENT_POSTED: number;
  IDEA_POSTED: number;
  /** 省略時は今の値 */
  POST_FEATURED?: number | null | undefined;
  QUESTION_POSTED: number;
  STAMP_GIVEN: number;
  STAMP_RECEIVED: StampPointsInput;
  levelThresholds: Array<number>;
  stampDailyCap: number;
};

/** 応援 / 参考になった / ありがとう */
export type Stamp =
  | 'CHEER'
  | 'HELPFUL'
  | 'THANKS';

export type StampPointsInput = {
  CHEER: number;
  HELPFUL: number;
  THANKS: number;
};

/** 月 / 週（月曜始まり、JST） */
export type StatsGranularity =
  | 'MONTH'
  | 'WEEK';

export type StatsInput = {
  /** 部署（省略時は組織全体） */
  departmentId?: string | number | null | undefined;
  /** 年度（4月〜翌3月）。例: 2026 = 令和8年度 */
  fiscalYear: number;
  granularity?: StatsGranularity | null | undefined;
  /** 下の部署を含める */
  includeSubdepartments?: boolean | null | undefined;
};

export type TagSkillInput = {
  skillCode: string;
  tag: string;
  weight?: number | null | undefined;
};

export type TagUpdateInput = {
  /** 変わった理由（例：2027年4月の法改正） */
  changedNote?: string | null | undefined;
  description?: string | null | undefined;
  /** true: 今日「内容が変わった」と記録（このタグの古い内容が確認待ちに）／false: 記録を消す／省略: そのまま */
  markChanged?: boolean | null | undefined;
  name: string;
};

export type TransferInput = {
  departmentId: string | number;
  /** 発令日 YYYY-MM-DD（JST）。省略時は今日。この日から新しい所属。 */
  effectiveDate?: string | null | undefined;
  userId: string | number;
};

export type UpdateAnswerInput = {
  /** 個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります） */
  acknowledgeWarnings?: boolean | null | undefined;
  body: string;
  id: string | number;
};

export type UpdateDepartmentInput = {
  code?: string | null | undefined;
  id: string | number;
  /** 新しい名称（以前の名称は履歴に残り、過去の投稿には以前の名称が表示されます） */
  name?: string | null | undefined;
  /** 移動先の親部署。null で最上位（部）へ。省略で変更なし。 */
  parentId?: string | number | null | undefined;
  /** true: 廃止 / false: 再開 */
  retired?: boolean | null | undefined;
};

export type UpdatePostInput = {
  /** 個人情報の警告を確認したうえで送信する（確認したことが監査ログに残ります） */
  acknowledgeWarnings?: boolean | null | undefined;
  body?: string | null | undefined;
  caseDetails?: CaseDetailsInput | null | undefined;
  id: string | number;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateSkillInput = {
  id: string | number;
  /** omit to keep; null is BAD_USER_INPUT */
  name?: string | null | undefined;
  /** true retires, false restores; omit to keep; null is BAD_USER_INPUT */
  retired?: boolean | null | undefined;
  /** omit to keep; null or blank clears it */
  summary?: string | null | undefined;
};

export type UpdateUserInput = {
  email?: string | null | undefined;
  /** null で解除 */
  employeeId?: string | null | undefined;
  id: string | number;
  /** null で解除 */
  layer?: string | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
  /** null で解除 */
  roleCategory?: string | null | undefined;
};

export type UserFilter = {
  /** 省略時は利用中の人だけ。false（利用停止）と null 以外の指定は管理者のみ */
  active?: boolean | null | undefined;
  /** この部署（下の部署を含む）に今いる人 */
  departmentId?: string | number | null | undefined;
  /** 氏名・メールアドレス・職員番号の一部 */
  query?: string | null | undefined;
  role?: Role | null | undefined;
};

/** Microsoft Teams（ワークフローの Adaptive Card）/ Slack 互換 JSON（Mattermost, Rocket.Chat など）/ 汎用 JSON（HMAC 署名つき） */
export type WebhookFormat =
  | 'GENERIC'
  | 'SLACK'
  | 'TEAMS';

export type WebhookInput = {
  active?: boolean | null | undefined;
  format: WebhookFormat;
  kinds?: Array<PostKind> | null | undefined;
  name: string;
  /** 汎用 JSON の署名鍵（X-Banso-Signature: sha256=…）。省略時は変更しません */
  secret?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  url: string;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AdminDepartmentFieldsFragment = { id: string, code: string, name: string, level: DepartmentLevel, parentId: string | null, path: string, retired: boolean, formerNames: Array<{ name: string, until: string }> };

export type AdminDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDepartmentsQuery = { departments: Array<{ id: string, code: string, name: string, level: DepartmentLevel, parentId: string | null, path: string, retired: boolean, formerNames: Array<{ name: string, until: string }> }> };

export type AdminSkillFieldsFragment = { id: string, code: string, name: string, summary: string | null, framework: string, retired: boolean };

export type AdminSkillsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSkillsQuery = { skills: Array<{ id: string, code: string, name: string, summary: string | null, framework: string, retired: boolean }> };

export type AdminUserFieldsFragment = { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> };

export type AdminUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type AdminUsersQuery = { users: { edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { auditActions: Array<{ action: string, label: string }> };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, action: string, actionLabel: string, targetType: string | null, targetId: string | null, targetLabel: string | null, before: string | null, after: string | null, detail: string | null, ip: string | null, createdAt: string, actor: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateBadgeMutationVariables = Exact<{
  input: CreateBadgeInput;
}>;


export type CreateBadgeMutation = { createBadge: { id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean, repeatable: boolean, rule: string, holderCount: number } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string, code: string, name: string, level: DepartmentLevel, parentId: string | null, path: string, retired: boolean, formerNames: Array<{ name: string, until: string }> } };

export type CreateSkillMutationVariables = Exact<{
  input: CreateSkillInput;
}>;


export type CreateSkillMutation = { createSkill: { id: string, code: string, name: string, summary: string | null, framework: string, retired: boolean } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } };

export type GrantBadgeMutationVariables = Exact<{
  input: GrantBadgeInput;
}>;


export type GrantBadgeMutation = { grantBadge: { id: string } };

export type GrantCertificationMutationVariables = Exact<{
  input: GrantCertificationInput;
}>;


export type GrantCertificationMutation = { grantCertification: Array<{ tier: CertificationTier, fiscalYear: number }> };

export type ImportSkillFrameworkMutationVariables = Exact<{
  framework: string;
}>;


export type ImportSkillFrameworkMutation = { importSkillFramework: Array<{ id: string, code: string, name: string, summary: string | null, framework: string, retired: boolean }> };

export type ImportStaffMutationVariables = Exact<{
  input: ImportStaffInput;
}>;


export type ImportStaffMutation = { importStaff: { dryRun: boolean, ok: boolean, effectiveDate: string, rows: number, created: number, updated: number, transferred: number, deactivated: number, unchanged: number, departmentsCreated: number, warnings: Array<string>, changeCount: number, errors: Array<{ line: number, column: number | null, columnName: string | null, message: string }>, changes: Array<{ kind: string, line: number | null, employeeId: string | null, name: string, description: string }> } };

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { teamSkillRecords: Array<{ user: { id: string, displayName: string, department: { id: string, name: string } | null } }> };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } };

export type RemoveTagSkillMutationVariables = Exact<{
  tag: string;
  skillCode: string;
}>;


export type RemoveTagSkillMutation = { removeTagSkill: Array<{ tag: string, weight: number, skill: { id: string, code: string, name: string } }> };

export type ResetPasswordMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetPasswordMutation = { resetPassword: string };

export type RevokeBadgeAwardMutationVariables = Exact<{
  awardId: string | number;
}>;


export type RevokeBadgeAwardMutation = { revokeBadgeAward: boolean };

export type RevokeCertificationMutationVariables = Exact<{
  input: GrantCertificationInput;
}>;


export type RevokeCertificationMutation = { revokeCertification: Array<{ tier: CertificationTier, fiscalYear: number }> };

export type SetManagerScopeMutationVariables = Exact<{
  input: ManagerScopeInput;
}>;


export type SetManagerScopeMutation = { setManagerScope: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } };

export type SetTagSkillMutationVariables = Exact<{
  input: TagSkillInput;
}>;


export type SetTagSkillMutation = { setTagSkill: Array<{ tag: string, weight: number, skill: { id: string, code: string, name: string } }> };

export type SkillSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillSettingsQuery = { skillSettings: { ANSWER_ACCEPTED: number, ANSWER_POSTED: number, CASE_POSTED: number, COMMENT_POSTED: number, IDEA_POSTED: number, QUESTION_POSTED: number, STAMP_GIVEN: number, levelThresholds: Array<number>, stampDailyCap: number, STAMP_RECEIVED: { CHEER: number, HELPFUL: number, THANKS: number } } };

export type SkillSettingsFieldsFragment = { ANSWER_ACCEPTED: number, ANSWER_POSTED: number, CASE_POSTED: number, COMMENT_POSTED: number, IDEA_POSTED: number, QUESTION_POSTED: number, STAMP_GIVEN: number, levelThresholds: Array<number>, stampDailyCap: number, STAMP_RECEIVED: { CHEER: number, HELPFUL: number, THANKS: number } };

export type TagSkillMappingFieldsFragment = { tag: string, weight: number, skill: { id: string, code: string, name: string } };

export type TagSkillMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TagSkillMappingsQuery = { tagSkillMappings: Array<{ tag: string, weight: number, skill: { id: string, code: string, name: string } }>, skills: Array<{ id: string, code: string, name: string }> };

export type TransferUserMutationVariables = Exact<{
  input: TransferInput;
}>;


export type TransferUserMutation = { transferUser: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } };

export type UpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { id: string, code: string, name: string, level: DepartmentLevel, parentId: string | null, path: string, retired: boolean, formerNames: Array<{ name: string, until: string }> } };

export type UpdateSkillMutationVariables = Exact<{
  input: UpdateSkillInput;
}>;


export type UpdateSkillMutation = { updateSkill: { id: string, code: string, name: string, summary: string | null, framework: string, retired: boolean } };

export type UpdateSkillSettingsMutationVariables = Exact<{
  input: SkillSettingsInput;
}>;


export type UpdateSkillSettingsMutation = { updateSkillSettings: { ANSWER_ACCEPTED: number, ANSWER_POSTED: number, CASE_POSTED: number, COMMENT_POSTED: number, IDEA_POSTED: number, QUESTION_POSTED: number, STAMP_GIVEN: number, levelThresholds: Array<number>, stampDailyCap: number, STAMP_RECEIVED: { CHEER: number, HELPFUL: number, THANKS: number } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string, email: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, employeeId: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, department: { id: string, name: string, path: string } | null, managedDepartments: Array<{ id: string, name: string, path: string }> } };

export type DemoModeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoModeQuery = { demoMode: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { id: string, displayName: string, email: string | null, avatarUrl: string | null, permissions: Array<string>, mustChangePassword: boolean, department: { id: string, name: string, path: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string | null, avatarUrl: string | null, permissions: Array<string>, mustChangePassword: boolean, department: { id: string, name: string, path: string } | null } | null };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { localLogin: boolean, sso: boolean, ssoLabel: string | null } };

export type ViewerFieldsFragment = { id: string, displayName: string, email: string | null, avatarUrl: string | null, permissions: Array<string>, mustChangePassword: boolean, department: { id: string, name: string, path: string } | null };

export type BadgeAwardFieldsFragment = { id: string, awardedAt: string, reason: string, postId: string | null, badge: { id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean } };

export type BadgeCatalogueFieldsFragment = { id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean, repeatable: boolean, rule: string, holderCount: number };

export type BadgeHoldersQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
}>;


export type BadgeHoldersQuery = { badge: { id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean, repeatable: boolean, holderCount: number, holders: Array<{ id: string, awardedAt: string, reason: string, postId: string | null, user: { id: string, displayName: string, department: { id: string, name: string } | null }, grantedBy: { id: string, displayName: string } | null }> } | null };

export type BadgesQueryVariables = Exact<{ [key: string]: never; }>;


export type BadgesQuery = { badges: Array<{ id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean, repeatable: boolean, rule: string, holderCount: number }> };

export type MarkBadgesSeenMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkBadgesSeenMutation = { markBadgesSeen: number };

export type MyUnseenBadgesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnseenBadgesQuery = { myUnseenBadges: Array<{ id: string, awardedAt: string, reason: string, postId: string | null, badge: { id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean } }> };

export type BookmarkMutationVariables = Exact<{
  postId: string | number;
}>;


export type BookmarkMutation = { bookmark: boolean };

export type BookmarksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BookmarksQuery = { bookmarks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } } }> } };

export type UnbookmarkMutationVariables = Exact<{
  postId: string | number;
}>;


export type UnbookmarkMutation = { unbookmark: boolean };

export type DiscardDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardDraftMutation = { discardDraft: boolean };

export type DraftQueryVariables = Exact<{
  id?: string | number | null | undefined;
  postId?: string | number | null | undefined;
}>;


export type DraftQuery = { draft: { id: string, kind: DraftKind, title: string, body: string, tags: Array<string>, postId: string | null, postTitle: string | null, postKind: DraftKind | null, anonymous: boolean, createdAt: string, updatedAt: string, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null } | null };

export type DraftFieldsFragment = { id: string, kind: DraftKind, title: string, body: string, tags: Array<string>, postId: string | null, postTitle: string | null, postKind: DraftKind | null, anonymous: boolean, createdAt: string, updatedAt: string, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null };

export type DraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsQuery = { drafts: Array<{ id: string, kind: DraftKind, title: string, body: string, tags: Array<string>, postId: string | null, postTitle: string | null, postKind: DraftKind | null, anonymous: boolean, createdAt: string, updatedAt: string, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null }> };

export type SaveDraftMutationVariables = Exact<{
  input: DraftInput;
}>;


export type SaveDraftMutation = { saveDraft: { id: string, kind: DraftKind, title: string, body: string, tags: Array<string>, postId: string | null, postTitle: string | null, postKind: DraftKind | null, anonymous: boolean, createdAt: string, updatedAt: string, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { id: string, kind: PostKind, title: string, body: string, bodyHtml: string, status: PostStatus, anonymous: boolean, viewerCanRevealAuthor: boolean, answerCount: number, commentCount: number, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerIsAuthor: boolean, revisionCount: number, bookmarked: boolean, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, duplicateOfId: string | null, reviewNote: string | null, viewerFollows: boolean, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string, path: string } | null, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null, answers: Array<{ id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> }>, acceptedAnswer: { id: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }>, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }>, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }>, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type MarkdownPreviewQueryVariables = Exact<{
  body: string;
}>;


export type MarkdownPreviewQuery = { markdownPreview: string };

export type PostForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type PostForEditQuery = { post: { id: string, kind: PostKind, title: string, body: string, anonymous: boolean, viewerCanEdit: boolean, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null } | null };

export type TagSuggestionsQueryVariables = Exact<{
  prefix?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TagSuggestionsQuery = { tags: Array<{ id: string, name: string, postCount: number }> };

export type UpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type UpdatePostMutation = { updatePost: { id: string, kind: PostKind, title: string, body: string, bodyHtml: string, status: PostStatus, anonymous: boolean, viewerCanRevealAuthor: boolean, answerCount: number, commentCount: number, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerIsAuthor: boolean, revisionCount: number, bookmarked: boolean, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, duplicateOfId: string | null, reviewNote: string | null, viewerFollows: boolean, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string, path: string } | null, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null, answers: Array<{ id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> }>, acceptedAnswer: { id: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }>, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }>, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }>, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, code: string, name: string, level: DepartmentLevel, parentId: string | null, path: string }> };

export type FeedDensityQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedDensityQuery = { me: { id: string, feedDensity: FeedDensity | null } | null };

export type SetFeedDensityMutationVariables = Exact<{
  density: FeedDensity;
}>;


export type SetFeedDensityMutation = { setFeedDensity: FeedDensity };

export type FeedPostsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PostFilter | null | undefined;
}>;


export type FeedPostsQuery = { posts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PostCardFieldsFragment = { id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } };

export type AcknowledgeGuidelinesMutationVariables = Exact<{ [key: string]: never; }>;


export type AcknowledgeGuidelinesMutation = { acknowledgeGuidelines: { body: string, html: string, updatedAt: string | null, viewerHasSeen: boolean } };

export type GuardRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type GuardRulesQuery = { guardRules: { words: Array<string>, staffEmailDomains: Array<string>, wordsUpdatedAt: string | null } };

export type PostingGuidelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PostingGuidelinesQuery = { postingGuidelines: { body: string, html: string, updatedAt: string | null, viewerHasSeen: boolean } };

export type UpdateGuardWordsMutationVariables = Exact<{
  words: Array<string> | string;
}>;


export type UpdateGuardWordsMutation = { updateGuardWords: { words: Array<string>, staffEmailDomains: Array<string>, wordsUpdatedAt: string | null } };

export type UpdatePostingGuidelinesMutationVariables = Exact<{
  body: string;
}>;


export type UpdatePostingGuidelinesMutation = { updatePostingGuidelines: { body: string, html: string, updatedAt: string | null, viewerHasSeen: boolean } };

export type AnswerRevisionFieldsFragment = { id: string, number: number, editedAt: string, editorLabel: string, byAnonymousAsker: boolean, title: string | null, body: string, restoredFrom: number | null, editor: { id: string, displayName: string } | null };

export type AnswerRevisionsQueryVariables = Exact<{
  postId: string | number;
  first?: number | null | undefined;
}>;


export type AnswerRevisionsQuery = { post: { id: string, answers: Array<{ id: string, revisionCount: number, revisions: Array<{ id: string, number: number, editedAt: string, editorLabel: string, byAnonymousAsker: boolean, title: string | null, body: string, restoredFrom: number | null, editor: { id: string, displayName: string } | null }> }> } | null };

export type PostRevisionFieldsFragment = { id: string, number: number, editedAt: string, editorLabel: string, byAnonymousAsker: boolean, title: string | null, body: string, restoredFrom: number | null, editor: { id: string, displayName: string } | null };

export type PostRevisionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type PostRevisionsQuery = { post: { id: string, revisionCount: number, revisions: Array<{ id: string, number: number, editedAt: string, editorLabel: string, byAnonymousAsker: boolean, title: string | null, body: string, restoredFrom: number | null, editor: { id: string, displayName: string } | null }> } | null };

export type RollbackAnswerMutationVariables = Exact<{
  answerId: string | number;
  revisionId: string | number;
}>;


export type RollbackAnswerMutation = { rollbackAnswer: { id: string, body: string, bodyHtml: string, updatedAt: string, revisionCount: number } };

export type RollbackPostMutationVariables = Exact<{
  postId: string | number;
  revisionId: string | number;
}>;


export type RollbackPostMutation = { rollbackPost: { id: string, title: string, body: string, bodyHtml: string, updatedAt: string, revisionCount: number } };

export type PostIdeaFieldsFragment = { id: string, kind: PostKind, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }> };

export type SetIdeaStatusMutationVariables = Exact<{
  postId: string | number;
  status: IdeaStatus;
  note?: string | null | undefined;
}>;


export type SetIdeaStatusMutation = { setIdeaStatus: { id: string, kind: PostKind, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }> } };

export type LiveNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveNotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, createdAt: string, readAt: string | null, message: string, link: string, postId: string | null, answerId: string | null, commentId: string | null, actor: { id: string, displayName: string } | null } };

export type LivePostActivitySubscriptionVariables = Exact<{
  postId: string | number;
}>;


export type LivePostActivitySubscription = { postActivity: { postId: string, kind: PostActivityKind, answerId: string | null, commentId: string | null, at: string } };

export type MentionCandidatesQueryVariables = Exact<{
  query: string;
}>;


export type MentionCandidatesQuery = { users: { edges: Array<{ node: { id: string, displayName: string, mentionName: string | null, department: { id: string, name: string } | null } }> } };

export type AnswerModerationFieldsFragment = { id: string, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null };

export type ClosePostMutationVariables = Exact<{
  input: ClosePostInput;
}>;


export type ClosePostMutation = { closePost: { id: string, kind: PostKind, status: PostStatus, closedReason: PostCloseReason | null, duplicateOfId: string | null, outdated: boolean, reviewNote: string | null, reviewedAt: string | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type CommentModerationFieldsFragment = { id: string, hidden: boolean, hiddenReason: string | null };

export type ContentReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentReviewQueueQuery = { contentReviewMonths: number, contentReviewQueue: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, createdAt: string, updatedAt: string, closedReason: PostCloseReason | null, duplicateOfId: string | null, outdated: boolean, reviewNote: string | null, reviewedAt: string | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, author: { id: string, displayName: string } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, acceptedAnswer: { id: string } | null, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DuplicateOriginalQueryVariables = Exact<{
  id: string | number;
}>;


export type DuplicateOriginalQuery = { post: { id: string, kind: PostKind, title: string, status: PostStatus } | null };

export type HideContentMutationVariables = Exact<{
  input: ModerationInput;
}>;


export type HideContentMutation = { hideContent: boolean };

export type MarkOfficialAnswerMutationVariables = Exact<{
  answerId: string | number;
  note?: string | null | undefined;
}>;


export type MarkOfficialAnswerMutation = { markOfficialAnswer: { id: string, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null } };

export type MarkReviewedMutationVariables = Exact<{
  postId: string | number;
  outdated: boolean;
  note?: string | null | undefined;
}>;


export type MarkReviewedMutation = { markReviewed: { id: string, kind: PostKind, status: PostStatus, closedReason: PostCloseReason | null, duplicateOfId: string | null, outdated: boolean, reviewNote: string | null, reviewedAt: string | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type ModerationCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationCountsQuery = { moderationCounts: { openReports: number, hiddenContent: number } };

export type PostModerationFieldsFragment = { id: string, kind: PostKind, status: PostStatus, closedReason: PostCloseReason | null, duplicateOfId: string | null, outdated: boolean, reviewNote: string | null, reviewedAt: string | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null };

export type ReopenPostMutationVariables = Exact<{
  postId: string | number;
}>;


export type ReopenPostMutation = { reopenPost: { id: string, kind: PostKind, status: PostStatus, closedReason: PostCloseReason | null, duplicateOfId: string | null, outdated: boolean, reviewNote: string | null, reviewedAt: string | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type ReportContentMutationVariables = Exact<{
  input: ReportInput;
}>;


export type ReportContentMutation = { report: { id: string, status: ReportStatus, createdAt: string } };

export type ReportFieldsFragment = { id: string, targetType: ReactionTargetType, targetId: string, targetExcerpt: string, targetHidden: boolean, openReportsOnTarget: number, reason: ReportReason, note: string, status: ReportStatus, action: ReportAction | null, resolutionNote: string | null, createdAt: string, resolvedAt: string | null, post: { id: string, title: string } | null, reporter: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null };

export type ReportsQueryVariables = Exact<{
  status?: ReportStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportsQuery = { reports: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, targetType: ReactionTargetType, targetId: string, targetExcerpt: string, targetHidden: boolean, openReportsOnTarget: number, reason: ReportReason, note: string, status: ReportStatus, action: ReportAction | null, resolutionNote: string | null, createdAt: string, resolvedAt: string | null, post: { id: string, title: string } | null, reporter: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResolveReportMutationVariables = Exact<{
  id: string | number;
  action: ReportAction;
  note?: string | null | undefined;
}>;


export type ResolveReportMutation = { resolveReport: { id: string, targetType: ReactionTargetType, targetId: string, targetExcerpt: string, targetHidden: boolean, openReportsOnTarget: number, reason: ReportReason, note: string, status: ReportStatus, action: ReportAction | null, resolutionNote: string | null, createdAt: string, resolvedAt: string | null, post: { id: string, title: string } | null, reporter: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null } };

export type RestoreContentMutationVariables = Exact<{
  input: ModerationInput;
}>;


export type RestoreContentMutation = { restoreContent: boolean };

export type ReviewCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewCountQuery = { contentReviewMonths: number, contentReviewQueue: { totalCount: number } };

export type ReviewPostFieldsFragment = { id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, createdAt: string, updatedAt: string, closedReason: PostCloseReason | null, duplicateOfId: string | null, outdated: boolean, reviewNote: string | null, reviewedAt: string | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, author: { id: string, displayName: string } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, acceptedAnswer: { id: string } | null, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null };

export type UnmarkOfficialAnswerMutationVariables = Exact<{
  answerId: string | number;
}>;


export type UnmarkOfficialAnswerMutation = { unmarkOfficialAnswer: { id: string, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null } };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { emailMode: EmailMode, routingRequests: boolean, emailAvailable: boolean, kinds: Array<{ kind: NotificationKind, email: boolean }> } };

export type NotificationSettingsFieldsFragment = { emailMode: EmailMode, routingRequests: boolean, emailAvailable: boolean, kinds: Array<{ kind: NotificationKind, email: boolean }> };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { emailMode: EmailMode, routingRequests: boolean, emailAvailable: boolean, kinds: Array<{ kind: NotificationKind, email: boolean }> } };

export type FollowMutationVariables = Exact<{
  targetType: FollowTarget;
  targetId: string | number;
}>;


export type FollowMutation = { follow: boolean };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, createdAt: string, readAt: string | null, message: string, link: string, postId: string | null, postKind: PostKind | null, answerId: string | null, commentId: string | null, actor: { id: string, displayName: string } | null };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, createdAt: string, readAt: string | null, message: string, link: string, postId: string | null, postKind: PostKind | null, answerId: string | null, commentId: string | null, actor: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PostFollowFieldsFragment = { id: string, viewerFollows: boolean };

export type UnfollowMutationVariables = Exact<{
  targetType: FollowTarget;
  targetId: string | number;
}>;


export type UnfollowMutation = { unfollow: boolean };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type AcceptAnswerMutationVariables = Exact<{
  answerId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string, kind: PostKind, title: string, body: string, bodyHtml: string, status: PostStatus, anonymous: boolean, viewerCanRevealAuthor: boolean, answerCount: number, commentCount: number, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerIsAuthor: boolean, revisionCount: number, bookmarked: boolean, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, duplicateOfId: string | null, reviewNote: string | null, viewerFollows: boolean, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string, path: string } | null, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null, answers: Array<{ id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> }>, acceptedAnswer: { id: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }>, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }>, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }>, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null } };

export type AnswerFieldsFragment = { id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> };

export type CaseDetailsFieldsFragment = { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> };

export type CommentFieldsFragment = { id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null };

export type CreateAnswerMutationVariables = Exact<{
  input: CreateAnswerInput;
}>;


export type CreateAnswerMutation = { createAnswer: { id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> } };

export type DeleteAnswerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAnswerMutation = { deleteAnswer: boolean };

export type DeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: boolean };

export type DeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePostMutation = { deletePost: boolean };

export type PostDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PostDetailQuery = { post: { id: string, kind: PostKind, title: string, body: string, bodyHtml: string, status: PostStatus, anonymous: boolean, viewerCanRevealAuthor: boolean, answerCount: number, commentCount: number, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerIsAuthor: boolean, revisionCount: number, bookmarked: boolean, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, duplicateOfId: string | null, reviewNote: string | null, viewerFollows: boolean, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string, path: string } | null, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null, answers: Array<{ id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> }>, acceptedAnswer: { id: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }>, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }>, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }>, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } | null };

export type PostDetailFieldsFragment = { id: string, kind: PostKind, title: string, body: string, bodyHtml: string, status: PostStatus, anonymous: boolean, viewerCanRevealAuthor: boolean, answerCount: number, commentCount: number, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerIsAuthor: boolean, revisionCount: number, bookmarked: boolean, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, duplicateOfId: string | null, reviewNote: string | null, viewerFollows: boolean, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string, path: string } | null, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null, answers: Array<{ id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> }>, acceptedAnswer: { id: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }>, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }>, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }>, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null };

export type RevealAnonymousAuthorMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type RevealAnonymousAuthorMutation = { revealAnonymousAuthor: { id: string, displayName: string, department: { id: string, name: string } | null } };

export type UnacceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type UnacceptAnswerMutation = { unacceptAnswer: { id: string, kind: PostKind, title: string, body: string, bodyHtml: string, status: PostStatus, anonymous: boolean, viewerCanRevealAuthor: boolean, answerCount: number, commentCount: number, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerIsAuthor: boolean, revisionCount: number, bookmarked: boolean, ideaStatus: IdeaStatus | null, ideaStatusNote: string | null, ideaStatusChangedAt: string | null, viewerCanSetIdeaStatus: boolean, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, duplicateOfId: string | null, reviewNote: string | null, viewerFollows: boolean, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string, path: string } | null, tags: Array<{ id: string, name: string }>, caseDetails: { problem: string, solution: string, effect: string, hoursSavedPerYear: number | null, tools: Array<string> } | null, answers: Array<{ id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> }>, acceptedAnswer: { id: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }>, ideaStatusChanges: Array<{ id: string, status: IdeaStatus, previousStatus: IdeaStatus, note: string | null, changedAt: string, changedBy: { id: string, displayName: string } | null }>, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }>, reviewDue: { aged: boolean, changedTags: Array<string>, since: string } | null } };

export type UpdateAnswerMutationVariables = Exact<{
  input: UpdateAnswerInput;
}>;


export type UpdateAnswerMutation = { updateAnswer: { id: string, postId: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, accepted: boolean, acceptedAt: string | null, createdAt: string, updatedAt: string, revisionCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerIsAuthor: boolean, hidden: boolean, hiddenReason: string | null, official: boolean, officialNote: string | null, officialSection: string | null, officialAt: string | null, author: { id: string, displayName: string, active: boolean, avatarUrl: string | null } | null, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, comments: Array<{ id: string, body: string, bodyHtml: string, byAnonymousAsker: boolean, targetType: ReactionTargetType, targetId: string, createdAt: string, viewerCanDelete: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, displayName: string, active: boolean } | null }> } };

export type AddToCollectionMutationVariables = Exact<{
  collectionId: string | number;
  postId: string | number;
  position?: number | null | undefined;
}>;


export type AddToCollectionMutation = { addToCollection: { id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean, posts: Array<{ id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } }> } };

export type AdoptionFieldsFragment = { id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null };

export type CollectionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectionDetailQuery = { collection: { id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean, posts: Array<{ id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } }> } | null };

export type CollectionSummaryFieldsFragment = { id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean };

export type CollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CollectionsQuery = { collections: Array<{ id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean }> };

export type CreateCollectionMutationVariables = Exact<{
  input: CollectionInput;
}>;


export type CreateCollectionMutation = { createCollection: { id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean } };

export type DeleteCollectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCollectionMutation = { deleteCollection: boolean };

export type FeaturePostMutationVariables = Exact<{
  postId: string | number;
  note?: string | null | undefined;
}>;


export type FeaturePostMutation = { featurePost: { id: string, featured: boolean, featuredNote: string | null, featuredAt: string | null } };

export type ImpactSummaryQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type ImpactSummaryQuery = { impactSummary: { fiscalYear: number, fiscalYearLabel: string, totalHoursSaved: number, caseHoursSaved: number, adoptionHoursSaved: number, previousTotalHoursSaved: number, adoptionCount: number, adoptingDepartments: number, byDepartment: Array<{ label: string, hoursSaved: number, cases: number, adoptions: number, department: { id: string, name: string, path: string } | null }>, cases: Array<{ hoursSaved: number, caseHoursSaved: number, adoptionHoursSaved: number, adoptions: number, post: { id: string, title: string, department: { id: string, name: string } | null } }> } };

export type PostPracticesFieldsFragment = { id: string, featured: boolean, featuredNote: string | null, featuredAt: string | null, outdated: boolean, reviewedAt: string | null, closedReason: PostCloseReason | null, hidden: boolean, hiddenReason: string | null, viewerCanRecordAdoption: boolean, collections: Array<{ id: string, title: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }> };

export type RecordAdoptionMutationVariables = Exact<{
  input: AdoptionInput;
}>;


export type RecordAdoptionMutation = { recordAdoption: { id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, post: { id: string, adoptions: Array<{ id: string, status: AdoptionStatus, adoptedOn: string | null, hoursSavedPerYear: number | null, note: string, createdAt: string, updatedAt: string, viewerCanEdit: boolean, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null }> } | null, department: { id: string, name: string, path: string }, recordedBy: { id: string, displayName: string } | null, followUpPost: { id: string, title: string } | null } };

export type RemoveFromCollectionMutationVariables = Exact<{
  collectionId: string | number;
  postId: string | number;
}>;


export type RemoveFromCollectionMutation = { removeFromCollection: { id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean, posts: Array<{ id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } }> } };

export type UnfeaturePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type UnfeaturePostMutation = { unfeaturePost: { id: string, featured: boolean, featuredNote: string | null, featuredAt: string | null } };

export type UpdateCollectionMutationVariables = Exact<{
  id: string | number;
  input: CollectionInput;
}>;


export type UpdateCollectionMutation = { updateCollection: { id: string, title: string, description: string, postCount: number, createdAt: string, updatedAt: string, viewerCanEdit: boolean } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, displayName: string, extension: string | null, bio: string | null, expertise: Array<string>, avatarUrl: string | null } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, extension: string | null, bio: string | null, expertise: Array<string>, avatarUrl: string | null } };

export type ReactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type ReactMutation = { react: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } };

export type ReactionFieldsFragment = { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string };

export type UnreactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type UnreactMutation = { unreact: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } };

export type RoutePeopleSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type RoutePeopleSearchQuery = { users: { edges: Array<{ node: { id: string, displayName: string, active: boolean, department: { id: string, name: string } | null } }> } };

export type RouteQuestionMutationVariables = Exact<{
  postId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type RouteQuestionMutation = { routeQuestion: Array<{ id: string, displayName: string }> };

export type RouteSuggestionsQueryVariables = Exact<{
  tag: string;
  first?: number | null | undefined;
}>;


export type RouteSuggestionsQuery = { experts: Array<{ level: number, acceptedCount: number, skill: { id: string, name: string } | null, user: { id: string, displayName: string, active: boolean, department: { id: string, name: string } | null } }> };

export type CreateSearchSynonymGroupMutationVariables = Exact<{
  terms: Array<string> | string;
}>;


export type CreateSearchSynonymGroupMutation = { createSearchSynonymGroup: { id: string, terms: Array<string>, updatedAt: string } };

export type DeleteSearchSynonymGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSearchSynonymGroupMutation = { deleteSearchSynonymGroup: boolean };

export type RelatedPostsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelatedPostsQuery = { post: { id: string, relatedPosts: Array<{ id: string, title: string, kind: PostKind, status: PostStatus, answerCount: number, createdAt: string }> } | null };

export type SearchPostsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PostFilter | null | undefined;
  createdAt?: SearchDateRange | null | undefined;
}>;


export type SearchPostsQuery = { search: { totalCount: number, terms: Array<{ text: string, phrase: boolean, synonyms: Array<string> }>, edges: Array<{ cursor: string, snippet: string, titleHighlight: string, node: { id: string, title: string, kind: PostKind, status: PostStatus, ideaStatus: IdeaStatus | null, anonymous: boolean, answerCount: number, createdAt: string, author: { id: string, displayName: string } | null, tags: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchSynonymsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchSynonymsQuery = { searchSynonyms: Array<{ id: string, terms: Array<string>, updatedAt: string }> };

export type SimilarPostFieldsFragment = { id: string, title: string, kind: PostKind, status: PostStatus, answerCount: number, createdAt: string };

export type SimilarPostsQueryVariables = Exact<{
  title: string;
  first?: number | null | undefined;
}>;


export type SimilarPostsQuery = { similarPosts: Array<{ id: string, title: string, kind: PostKind, status: PostStatus, answerCount: number, createdAt: string }> };

export type UpdateSearchSynonymGroupMutationVariables = Exact<{
  id: string | number;
  terms: Array<string> | string;
}>;


export type UpdateSearchSynonymGroupMutation = { updateSearchSynonymGroup: { id: string, terms: Array<string>, updatedAt: string } };

export type ExpertsQueryVariables = Exact<{
  tag?: string | null | undefined;
  skillCode?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ExpertsQuery = { experts: Array<{ level: number, points: number, evidenceCount: number, acceptedCount: number, skill: { id: string, code: string, name: string } | null, user: { id: string, displayName: string, department: { id: string, name: string } | null } }> };

export type ProfileSkillsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileSkillsQuery = { user: { id: string, displayName: string, viewerCanSeeSkillRecord: boolean, skills: Array<{ points: number, level: number, evidenceCount: number, requirement: RequirementMark | null, skill: { id: string, code: string, name: string }, trend: Array<{ fiscalYear: number, points: number }> }> | null, certifications: Array<{ tier: CertificationTier, fiscalYear: number, grantedAt: string }>, badges: Array<{ id: string, awardedAt: string, reason: string, postId: string | null, badge: { id: string, code: string, name: string, tier: BadgeTier, description: string, manual: boolean } }> } | null };

export type SetSkillsPublicMutationVariables = Exact<{
  value: boolean;
}>;


export type SetSkillsPublicMutation = { setSkillsPublic: boolean };

export type SkillEntryFieldsFragment = { points: number, level: number, evidenceCount: number, requirement: RequirementMark | null, skill: { id: string, code: string, name: string }, trend: Array<{ fiscalYear: number, points: number }> };

export type SkillRecordQueryVariables = Exact<{
  userId: string | number;
}>;


export type SkillRecordQuery = { skillRecord: { skillsPublic: boolean, totalPoints: number, user: { id: string }, entries: Array<{ points: number, level: number, evidenceCount: number, requirement: RequirementMark | null, evidence: Array<{ kind: string, accepted: boolean, postId: string, answerId: string | null, title: string, at: string }>, skill: { id: string, code: string, name: string }, trend: Array<{ fiscalYear: number, points: number }> }>, roleGap: Array<{ mark: RequirementMark, skill: { id: string, code: string, name: string } }>, certifications: Array<{ tier: CertificationTier, fiscalYear: number, grantedAt: string, note: string | null, evidence: Array<string> | null }>, certificationHistory: Array<{ id: string, action: string, tier: CertificationTier, fiscalYear: number, note: string, at: string, evidence: Array<string>, actedBy: { id: string, displayName: string } | null }> } };

export type ContributionStatsQueryVariables = Exact<{
  input: StatsInput;
}>;


export type ContributionStatsQuery = { contributionStats: { fiscalYear: number, fiscalYearLabel: string, suppressed: boolean, suppressedReason: string, minGroupSize: number, groupSize: number, department: { id: string, name: string, path: string } | null, totals: { questions: number, cases: number, ideas: number, answers: number, acceptedAnswers: number, comments: number, stampsGiven: number, stampsReceived: number, adoptions: number, activeContributors: number } | null, previousTotals: { questions: number, cases: number, ideas: number, answers: number, acceptedAnswers: number, comments: number, stampsGiven: number, stampsReceived: number, adoptions: number, activeContributors: number } | null, series: Array<{ periodStart: string, questions: number, cases: number, ideas: number, answers: number, acceptedAnswers: number, comments: number, stampsGiven: number, activeContributors: number }>, byDepartment: Array<{ label: string, suppressed: boolean, department: { id: string, name: string, path: string } | null, totals: { questions: number, cases: number, ideas: number, answers: number, acceptedAnswers: number, comments: number, stampsGiven: number, stampsReceived: number, adoptions: number, activeContributors: number } | null }>, response: { questions: number, medianFirstAnswerHours: number | null, p90FirstAnswerHours: number | null, medianAcceptedHours: number | null, resolutionRate: number | null, unansweredOver3Days: number, unansweredOver7Days: number, unansweredOver30Days: number } | null, unanswered: Array<{ id: string, title: string, createdAt: string, ageDays: number }> } };

export type LeaderboardQueryVariables = Exact<{
  fiscalYear: number;
  first?: number | null | undefined;
}>;


export type LeaderboardQuery = { leaderboard: Array<{ rank: number, points: number, contributions: number, user: { id: string, displayName: string } }>, me: { id: string, leaderboardOptIn: boolean } | null };

export type SetLeaderboardOptInMutationVariables = Exact<{
  optIn: boolean;
}>;


export type SetLeaderboardOptInMutation = { setLeaderboardOptIn: { id: string, leaderboardOptIn: boolean } };

export type StatsFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsFiltersQuery = { me: { id: string, managedDepartments: Array<{ id: string, name: string, path: string }> } | null, departments: Array<{ id: string, name: string, path: string, parentId: string | null, level: DepartmentLevel, retired: boolean }> };

export type StatsTotalsFieldsFragment = { questions: number, cases: number, ideas: number, answers: number, acceptedAnswers: number, comments: number, stampsGiven: number, stampsReceived: number, adoptions: number, activeContributors: number };

export type MergeTagsMutationVariables = Exact<{
  from: string;
  into: string;
}>;


export type MergeTagsMutation = { mergeTags: { id: string, name: string, postCount: number } };

export type RenameTagMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type RenameTagMutation = { renameTag: { id: string, name: string, postCount: number } };

export type TagDetailFieldsFragment = { id: string, name: string, description: string | null, postCount: number, changedAt: string | null, changedNote: string | null, viewerCanEdit: boolean, topCases: Array<{ id: string, kind: PostKind, title: string, featured: boolean, createdAt: string, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } }> };

export type TagPageQueryVariables = Exact<{
  name: string;
}>;


export type TagPageQuery = { tag: { id: string, name: string, description: string | null, postCount: number, changedAt: string | null, changedNote: string | null, viewerCanEdit: boolean, topCases: Array<{ id: string, kind: PostKind, title: string, featured: boolean, createdAt: string, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } }> } | null };

export type UpdateTagMutationVariables = Exact<{
  input: TagUpdateInput;
}>;


export type UpdateTagMutation = { updateTag: { id: string, name: string, description: string | null, postCount: number, changedAt: string | null, changedNote: string | null, viewerCanEdit: boolean, topCases: Array<{ id: string, kind: PostKind, title: string, featured: boolean, createdAt: string, department: { id: string, name: string } | null, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } }> } };

export type TeamFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamFiltersQuery = { me: { id: string, managedDepartments: Array<{ id: string, name: string, path: string }> } | null, departments: Array<{ id: string, name: string, path: string, parentId: string | null, level: DepartmentLevel }> };

export type TeamSkillRecordsQueryVariables = Exact<{
  departmentId?: string | number | null | undefined;
}>;


export type TeamSkillRecordsQuery = { teamSkillRecords: Array<{ totalPoints: number, user: { id: string, displayName: string, roleCategoryName: string | null, department: { id: string, name: string, path: string } | null }, entries: Array<{ points: number, level: number, skill: { id: string, code: string, name: string } }>, roleGap: Array<{ skill: { id: string, code: string } }>, certifications: Array<{ tier: CertificationTier, fiscalYear: number }> }> };

export type UserProfileQueryVariables = Exact<{
  id: string | number;
  postsFirst?: number | null | undefined;
  postsAfter?: string | null | undefined;
  answersFirst?: number | null | undefined;
}>;


export type UserProfileQuery = { user: { id: string, displayName: string, active: boolean, email: string | null, extension: string | null, bio: string | null, expertise: Array<string>, avatarUrl: string | null, role: Role, roleCategory: string | null, roleCategoryName: string | null, layer: string | null, layerName: string | null, postCount: number, answerCount: number, acceptedAnswerCount: number, createdAt: string, department: { id: string, name: string, path: string } | null, assignments: Array<{ id: string, title: string | null, startDate: string, endDate: string | null, department: { id: string, name: string, path: string } }>, posts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: PostKind, title: string, excerpt: string, status: PostStatus, anonymous: boolean, featured: boolean, ideaStatus: IdeaStatus | null, bookmarked: boolean, answerCount: number, commentCount: number, createdAt: string, lastActivityAt: string, author: { id: string, displayName: string, active: boolean } | null, department: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, answers: Array<{ id: string, accepted: boolean, createdAt: string, reactions: { cheer: number, helpful: number, thanks: number, viewerStamps: Array<Stamp>, targetType: ReactionTargetType, targetId: string }, post: { id: string, title: string, kind: PostKind, status: PostStatus } | null }> } | null };

export type CreateWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { id: string, name: string, url: string, format: WebhookFormat, tags: Array<string>, kinds: Array<PostKind>, hasSecret: boolean, active: boolean, createdAt: string, lastDelivery: { status: string, httpStatus: number | null, error: string | null, at: string } | null } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: boolean };

export type TestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type TestWebhookMutation = { testWebhook: { ok: boolean, httpStatus: number | null, error: string | null } };

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: WebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, name: string, url: string, format: WebhookFormat, tags: Array<string>, kinds: Array<PostKind>, hasSecret: boolean, active: boolean, createdAt: string, lastDelivery: { status: string, httpStatus: number | null, error: string | null, at: string } | null } };

export type WebhookFieldsFragment = { id: string, name: string, url: string, format: WebhookFormat, tags: Array<string>, kinds: Array<PostKind>, hasSecret: boolean, active: boolean, createdAt: string, lastDelivery: { status: string, httpStatus: number | null, error: string | null, at: string } | null };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, name: string, url: string, format: WebhookFormat, tags: Array<string>, kinds: Array<PostKind>, hasSecret: boolean, active: boolean, createdAt: string, lastDelivery: { status: string, httpStatus: number | null, error: string | null, at: string } | null }> };

export { AdminDepartmentFieldsFragmentDoc } from './documents/AdminDepartmentFieldsFragmentDoc';
export { AdminSkillFieldsFragmentDoc } from './documents/AdminSkillFieldsFragmentDoc';
export { AdminUserFieldsFragmentDoc } from './documents/AdminUserFieldsFragmentDoc';
export { SkillSettingsFieldsFragmentDoc } from './documents/SkillSettingsFieldsFragmentDoc';
export { TagSkillMappingFieldsFragmentDoc } from './documents/TagSkillMappingFieldsFragmentDoc';
export { ViewerFieldsFragmentDoc } from './documents/ViewerFieldsFragmentDoc';
export { BadgeAwardFieldsFragmentDoc } from './documents/BadgeAwardFieldsFragmentDoc';
export { BadgeCatalogueFieldsFragmentDoc } from './documents/BadgeCatalogueFieldsFragmentDoc';
export { DraftFieldsFragmentDoc } from './documents/DraftFieldsFragmentDoc';
export { ReactionFieldsFragmentDoc } from './documents/ReactionFieldsFragmentDoc';
export { PostCardFieldsFragmentDoc } from './documents/PostCardFieldsFragmentDoc';
export { AnswerRevisionFieldsFragmentDoc } from './documents/AnswerRevisionFieldsFragmentDoc';
export { PostRevisionFieldsFragmentDoc } from './documents/PostRevisionFieldsFragmentDoc';
export { ReportFieldsFragmentDoc } from './documents/ReportFieldsFragmentDoc';
export { PostModerationFieldsFragmentDoc } from './documents/PostModerationFieldsFragmentDoc';
export { ReviewPostFieldsFragmentDoc } from './documents/ReviewPostFieldsFragmentDoc';
export { NotificationSettingsFieldsFragmentDoc } from './documents/NotificationSettingsFieldsFragmentDoc';
export { NotificationFieldsFragmentDoc } from './documents/NotificationFieldsFragmentDoc';
export { CaseDetailsFieldsFragmentDoc } from './documents/CaseDetailsFieldsFragmentDoc';
export { CommentModerationFieldsFragmentDoc } from './documents/CommentModerationFieldsFragmentDoc';
export { CommentFieldsFragmentDoc } from './documents/CommentFieldsFragmentDoc';
export { AnswerModerationFieldsFragmentDoc } from './documents/AnswerModerationFieldsFragmentDoc';
export { AnswerFieldsFragmentDoc } from './documents/AnswerFieldsFragmentDoc';
export { PostIdeaFieldsFragmentDoc } from './documents/PostIdeaFieldsFragmentDoc';
export { AdoptionFieldsFragmentDoc } from './documents/AdoptionFieldsFragmentDoc';
export { PostPracticesFieldsFragmentDoc } from './documents/PostPracticesFieldsFragmentDoc';
export { PostFollowFieldsFragmentDoc } from './documents/PostFollowFieldsFragmentDoc';
export { PostDetailFieldsFragmentDoc } from './documents/PostDetailFieldsFragmentDoc';
export { CollectionSummaryFieldsFragmentDoc } from './documents/CollectionSummaryFieldsFragmentDoc';
export { SimilarPostFieldsFragmentDoc } from './documents/SimilarPostFieldsFragmentDoc';
export { SkillEntryFieldsFragmentDoc } from './documents/SkillEntryFieldsFragmentDoc';
export { StatsTotalsFieldsFragmentDoc } from './documents/StatsTotalsFieldsFragmentDoc';
export { TagDetailFieldsFragmentDoc } from './documents/TagDetailFieldsFragmentDoc';
export { WebhookFieldsFragmentDoc } from './documents/WebhookFieldsFragmentDoc';
export { ChangePasswordDocument } from './documents/ChangePasswordDocument';
export { AdminDepartmentsDocument } from './documents/AdminDepartmentsDocument';
export { AdminSkillsDocument } from './documents/AdminSkillsDocument';
export { AdminUsersDocument } from './documents/AdminUsersDocument';
export { AuditActionsDocument } from './documents/AuditActionsDocument';
export { AuditLogDocument } from './documents/AuditLogDocument';
export { CreateBadgeDocument } from './documents/CreateBadgeDocument';
export { CreateDepartmentDocument } from './documents/CreateDepartmentDocument';
export { CreateSkillDocument } from './documents/CreateSkillDocument';
export { CreateUserDocument } from './documents/CreateUserDocument';
export { DeactivateUserDocument } from './documents/DeactivateUserDocument';
export { GrantBadgeDocument } from './documents/GrantBadgeDocument';
export { GrantCertificationDocument } from './documents/GrantCertificationDocument';
export { ImportSkillFrameworkDocument } from './documents/ImportSkillFrameworkDocument';
export { ImportStaffDocument } from './documents/ImportStaffDocument';
export { PeopleDocument } from './documents/PeopleDocument';
export { ReactivateUserDocument } from './documents/ReactivateUserDocument';
export { RemoveTagSkillDocument } from './documents/RemoveTagSkillDocument';
export { ResetPasswordDocument } from './documents/ResetPasswordDocument';
export { RevokeBadgeAwardDocument } from './documents/RevokeBadgeAwardDocument';
export { RevokeCertificationDocument } from './documents/RevokeCertificationDocument';
export { SetManagerScopeDocument } from './documents/SetManagerScopeDocument';
export { SetTagSkillDocument } from './documents/SetTagSkillDocument';
export { SkillSettingsDocument } from './documents/SkillSettingsDocument';
export { TagSkillMappingsDocument } from './documents/TagSkillMappingsDocument';
export { TransferUserDocument } from './documents/TransferUserDocument';
export { UpdateDepartmentDocument } from './documents/UpdateDepartmentDocument';
export { UpdateSkillDocument } from './documents/UpdateSkillDocument';
export { UpdateSkillSettingsDocument } from './documents/UpdateSkillSettingsDocument';
export { UpdateUserDocument } from './documents/UpdateUserDocument';
export { DemoModeDocument } from './documents/DemoModeDocument';
export { LoginDocument } from './documents/LoginDocument';
export { LogoutDocument } from './documents/LogoutDocument';
export { MeDocument } from './documents/MeDocument';
export { SignInOptionsDocument } from './documents/SignInOptionsDocument';
export { BadgeHoldersDocument } from './documents/BadgeHoldersDocument';
export { BadgesDocument } from './documents/BadgesDocument';
export { MarkBadgesSeenDocument } from './documents/MarkBadgesSeenDocument';
export { MyUnseenBadgesDocument } from './documents/MyUnseenBadgesDocument';
export { BookmarkDocument } from './documents/BookmarkDocument';
export { BookmarksDocument } from './documents/BookmarksDocument';
export { UnbookmarkDocument } from './documents/UnbookmarkDocument';
export { DiscardDraftDocument } from './documents/DiscardDraftDocument';
export { DraftDocument } from './documents/DraftDocument';
export { DraftsDocument } from './documents/DraftsDocument';
export { SaveDraftDocument } from './documents/SaveDraftDocument';
export { CreatePostDocument } from './documents/CreatePostDocument';
export { MarkdownPreviewDocument } from './documents/MarkdownPreviewDocument';
export { PostForEditDocument } from './documents/PostForEditDocument';
export { TagSuggestionsDocument } from './documents/TagSuggestionsDocument';
export { UpdatePostDocument } from './documents/UpdatePostDocument';
export { DepartmentsDocument } from './documents/DepartmentsDocument';
export { FeedDensityDocument } from './documents/FeedDensityDocument';
export { SetFeedDensityDocument } from './documents/SetFeedDensityDocument';
export { FeedPostsDocument } from './documents/FeedPostsDocument';
export { AcknowledgeGuidelinesDocument } from './documents/AcknowledgeGuidelinesDocument';
export { GuardRulesDocument } from './documents/GuardRulesDocument';
export { PostingGuidelinesDocument } from './documents/PostingGuidelinesDocument';
export { UpdateGuardWordsDocument } from './documents/UpdateGuardWordsDocument';
export { UpdatePostingGuidelinesDocument } from './documents/UpdatePostingGuidelinesDocument';
export { AnswerRevisionsDocument } from './documents/AnswerRevisionsDocument';
export { PostRevisionsDocument } from './documents/PostRevisionsDocument';
export { RollbackAnswerDocument } from './documents/RollbackAnswerDocument';
export { RollbackPostDocument } from './documents/RollbackPostDocument';
export { SetIdeaStatusDocument } from './documents/SetIdeaStatusDocument';
export { LiveNotificationAddedDocument } from './documents/LiveNotificationAddedDocument';
export { LivePostActivityDocument } from './documents/LivePostActivityDocument';
export { MentionCandidatesDocument } from './documents/MentionCandidatesDocument';
export { ClosePostDocument } from './documents/ClosePostDocument';
export { ContentReviewQueueDocument } from './documents/ContentReviewQueueDocument';
export { DuplicateOriginalDocument } from './documents/DuplicateOriginalDocument';
export { HideContentDocument } from './documents/HideContentDocument';
export { MarkOfficialAnswerDocument } from './documents/MarkOfficialAnswerDocument';
export { MarkReviewedDocument } from './documents/MarkReviewedDocument';
export { ModerationCountsDocument } from './documents/ModerationCountsDocument';
export { ReopenPostDocument } from './documents/ReopenPostDocument';
export { ReportContentDocument } from './documents/ReportContentDocument';
export { ReportsDocument } from './documents/ReportsDocument';
export { ResolveReportDocument } from './documents/ResolveReportDocument';
export { RestoreContentDocument } from './documents/RestoreContentDocument';
export { ReviewCountDocument } from './documents/ReviewCountDocument';
export { UnmarkOfficialAnswerDocument } from './documents/UnmarkOfficialAnswerDocument';
export { NotificationSettingsDocument } from './documents/NotificationSettingsDocument';
export { UpdateNotificationSettingsDocument } from './documents/UpdateNotificationSettingsDocument';
export { FollowDocument } from './documents/FollowDocument';
export { MarkNotificationsReadDocument } from './documents/MarkNotificationsReadDocument';
export { NotificationsDocument } from './documents/NotificationsDocument';
export { UnfollowDocument } from './documents/UnfollowDocument';
export { UnreadNotificationCountDocument } from './documents/UnreadNotificationCountDocument';
export { AcceptAnswerDocument } from './documents/AcceptAnswerDocument';
export { AddCommentDocument } from './documents/AddCommentDocument';
export { CreateAnswerDocument } from './documents/CreateAnswerDocument';
export { DeleteAnswerDocument } from './documents/DeleteAnswerDocument';
export { DeleteCommentDocument } from './documents/DeleteCommentDocument';
export { DeletePostDocument } from './documents/DeletePostDocument';
export { PostDetailDocument } from './documents/PostDetailDocument';
export { RevealAnonymousAuthorDocument } from './documents/RevealAnonymousAuthorDocument';
export { UnacceptAnswerDocument } from './documents/UnacceptAnswerDocument';
export { UpdateAnswerDocument } from './documents/UpdateAnswerDocument';
export { AddToCollectionDocument } from './documents/AddToCollectionDocument';
export { CollectionDetailDocument } from './documents/CollectionDetailDocument';
export { CollectionsDocument } from './documents/CollectionsDocument';
export { CreateCollectionDocument } from './documents/CreateCollectionDocument';
export { DeleteCollectionDocument } from './documents/DeleteCollectionDocument';
export { FeaturePostDocument } from './documents/FeaturePostDocument';
export { ImpactSummaryDocument } from './documents/ImpactSummaryDocument';
export { RecordAdoptionDocument } from './documents/RecordAdoptionDocument';
export { RemoveFromCollectionDocument } from './documents/RemoveFromCollectionDocument';
export { UnfeaturePostDocument } from './documents/UnfeaturePostDocument';
export { UpdateCollectionDocument } from './documents/UpdateCollectionDocument';
export { MyProfileDocument } from './documents/MyProfileDocument';
export { UpdateMyProfileDocument } from './documents/UpdateMyProfileDocument';
export { ReactDocument } from './documents/ReactDocument';
export { UnreactDocument } from './documents/UnreactDocument';
export { RoutePeopleSearchDocument } from './documents/RoutePeopleSearchDocument';
export { RouteQuestionDocument } from './documents/RouteQuestionDocument';
export { RouteSuggestionsDocument } from './documents/RouteSuggestionsDocument';
export { CreateSearchSynonymGroupDocument } from './documents/CreateSearchSynonymGroupDocument';
export { DeleteSearchSynonymGroupDocument } from './documents/DeleteSearchSynonymGroupDocument';
export { RelatedPostsDocument } from './documents/RelatedPostsDocument';
export { SearchPostsDocument } from './documents/SearchPostsDocument';
export { SearchSynonymsDocument } from './documents/SearchSynonymsDocument';
export { SimilarPostsDocument } from './documents/SimilarPostsDocument';
export { UpdateSearchSynonymGroupDocument } from './documents/UpdateSearchSynonymGroupDocument';
export { ExpertsDocument } from './documents/ExpertsDocument';
export { ProfileSkillsDocument } from './documents/ProfileSkillsDocument';
export { SetSkillsPublicDocument } from './documents/SetSkillsPublicDocument';
export { SkillRecordDocument } from './documents/SkillRecordDocument';
export { ContributionStatsDocument } from './documents/ContributionStatsDocument';
export { LeaderboardDocument } from './documents/LeaderboardDocument';
export { SetLeaderboardOptInDocument } from './documents/SetLeaderboardOptInDocument';
export { StatsFiltersDocument } from './documents/StatsFiltersDocument';
export { MergeTagsDocument } from './documents/MergeTagsDocument';
export { RenameTagDocument } from './documents/RenameTagDocument';
export { TagPageDocument } from './documents/TagPageDocument';
export { UpdateTagDocument } from './documents/UpdateTagDocument';
export { TeamFiltersDocument } from './documents/TeamFiltersDocument';
export { TeamSkillRecordsDocument } from './documents/TeamSkillRecordsDocument';
export { UserProfileDocument } from './documents/UserProfileDocument';
export { CreateWebhookDocument } from './documents/CreateWebhookDocument';
export { DeleteWebhookDocument } from './documents/DeleteWebhookDocument';
export { TestWebhookDocument } from './documents/TestWebhookDocument';
export { UpdateWebhookDocument } from './documents/UpdateWebhookDocument';
export { WebhooksDocument } from './documents/WebhooksDocument';