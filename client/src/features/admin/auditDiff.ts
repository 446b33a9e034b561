import { LAYERS, ROLE_CATEGORIES } from './adminOptions';

/** One changed field of an audit row: 「権限: 職員 → 管理職」. */
export interface AuditDiffRow {
  key: string;
  label: string;
  /** null: the field had no value before (e.g. the account was created) */
  before: string | null;
  after: string | null;
}

/** Field names in the audit JSON, in words. Unknown keys are shown as they are. */
const FIELD_LABELS: Record<string, string> = {
  email: 'メールアドレス',
  name: '氏名',
  displayName: '氏名',
  role: '権限',
  roleCategory: '役割',
  layer: '階層',
  employeeId: '職員番号',
  active: '状態',
  departmentId: '所属',
  departmentIds: '管理範囲',
  effectiveDate: '発令日',
  code: 'コード',
  tier: 'ランク',
  fiscalYear: '年度',
  note: 'メモ',
  badge: 'バッジ',
  awardKey: '回・年度',
  citation: '表彰理由',
  evidence: '根拠',
  level: '区分',
  parentId: '上位の部署',
  retired: '廃止',
  oidcSubject: 'SSO の識別子',
  reason: '理由',
  title: 'タイトル',
  sessionsEnded: '終了したセッション',
  otherSessionsEnded: '終了したほかのセッション',
  via: '経路',
  issuer: 'IDプロバイダー',
  subject: 'SSO の識別子',
  deactivateMissing: 'ファイルにいない職員を利用停止',
  rows: '行数',
  created: '新規',
  updated: '更新',
  transferred: '異動',
  deactivated: '利用停止',
  unchanged: '変更なし',
  departmentsCreated: '新しい部署',
  fileName: 'ファイル名',
  file: 'ファイル名',
  encoding: '文字コード',
  ip: 'IPアドレス',
};

const ROLE_LABELS: Record<string, string> = { STAFF: '職員', MANAGER: '管理職', DX_OFFICE: 'DX推進課', ADMIN: '管理者' };
const LEVEL_LABELS: Record<string, string> = { BU: '部', KA: '課', KAKARI: '係' };
const ROLE_CATEGORY_NAMES = new Map(ROLE_CATEGORIES.map((r) => [r.code, r.name]));
const LAYER_NAMES = new Map(LAYERS.map((l) => [l.code, l.name]));
const VIA_LABELS: Record<string, string> = {
  'admin screen': '管理画面',
  'admin:create': 'コマンド（admin:create）',
  'staff:import': '職員データの取り込み',
  cli: 'コマンド',
};

export interface AuditFormatContext {
  /** The path of a department by id (falls back to 「部署 #id」). */
  departmentName?: (id: string) => string | undefined;
  /** USER, DEPARTMENT …: a person's name is 氏名, anything else's is 名称. */
  targetType?: string | null;
}

/** Parses the JSON of a before/after/detail column; anything else (or nothing) is null. */
export function parseAuditJson(raw: string | null | undefined): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function departmentLabel(id: unknown, ctx: AuditFormatContext): string {
  const key = String(id);
  return ctx.departmentName?.(key) ?? `部署 #${key}`;
}

/** A value in words: roles, levels, framework codes, departments and yes/no become Japanese. */
export function formatAuditValue(key: string, value: unknown, ctx: AuditFormatContext = {}): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (key) {
    case 'role':
      return ROLE_LABELS[String(value)] ?? String(value);
    case 'level':
      return LEVEL_LABELS[String(value)] ?? String(value);
    case 'roleCategory':
      return ROLE_CATEGORY_NAMES.get(String(value)) ?? String(value);
    case 'layer':
      return LAYER_NAMES.get(String(value)) ?? String(value);
    case 'active':
      return value ? '利用中' : '利用停止';
    case 'retired':
      return value ? '廃止' : '使用中';
    case 'departmentId':
    case 'parentId':
      return departmentLabel(value, ctx);
    case 'departmentIds':
      return Array.isArray(value) ? (value.length ? value.map((v) => departmentLabel(v, ctx)).join('、') : 'なし') : String(value);
    case 'via':
      return VIA_LABELS[String(value)] ?? String(value);
  }
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function auditFieldLabel(key: string, targetType?: string | null): string {
  if (key === 'name' && targetType && targetType !== 'USER') return '名称';
  if (key === 'code' && targetType === 'DEPARTMENT') return '部署コード';
  return FIELD_LABELS[key] ?? key;
}

/**
 * The fields an audit row changed, before → after, in words. The server writes only the
 * fields that changed; a field present on one side only was added (or removed).
 */
export function auditDiff(beforeRaw: string | null | undefined, afterRaw: string | null | undefined, ctx: AuditFormatContext = {}): AuditDiffRow[] {
  const before = parseAuditJson(beforeRaw) ?? {};
  const after = parseAuditJson(afterRaw) ?? {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys
    .map((key) => ({
      key,
      label: auditFieldLabel(key, ctx.targetType),
      before: key in before ? formatAuditValue(key, before[key], ctx) : null,
      after: key in after ? formatAuditValue(key, after[key], ctx) : null,
    }))
    .filter((r) => r.before !== r.after);
}

/** The detail column (reason, counts, SSO issuer …) as label/value pairs. */
export function auditDetail(raw: string | null | undefined, ctx: AuditFormatContext = {}): { key: string; label: string; value: string }[] {
  const detail = parseAuditJson(raw);
  if (!detail) return raw ? [{ key: 'detail', label: '補足', value: raw }] : [];
  return Object.entries(detail)
    .map(([key, v]) => ({ key, label: auditFieldLabel(key, ctx.targetType), value: formatAuditValue(key, v, ctx) }))
    .filter((r): r is { key: string; label: string; value: string } => r.value !== null);
}
