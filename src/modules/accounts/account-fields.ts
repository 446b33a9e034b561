import { badInput } from '../../core/errors/app-error';
import { frameworks, LAYER_CODES, ROLE_CATEGORY_CODES } from '../../core/frameworks';
import { LIMITS } from '../../core/validation/limits';
import { requireSingleLine } from '../../core/validation/normalize';
import { RoleEnum } from '../users/user.model';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMPLOYEE_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** The account fields an admin screen and the staff import both check the same way (Japanese messages). */
export function normalizeEmail(raw: string | null | undefined, field = 'email'): string {
  const email = (raw ?? '').normalize('NFKC').trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > LIMITS.email) throw badInput('メールアドレスの形式が正しくありません。', field);
  return email;
}

export function normalizeName(raw: string | null | undefined, field = 'name'): string {
  return requireSingleLine(raw, '氏名', 100, field);
}

/** 職員番号: half-width letters, digits, - and _, up to 32 (full-width digits from Excel are folded). */
export function normalizeEmployeeId(raw: string | null | undefined, field = 'employeeId'): string | null {
  const v = (raw ?? '').normalize('NFKC').trim();
  if (v === '') return null;
  if (!EMPLOYEE_ID.test(v)) throw badInput('職員番号は半角英数字と - _ で32文字以内にしてください。', field);
  return v;
}

const roleCategoryByName = new Map<string, string>();
for (const r of frameworks.hachioji.roles) {
  roleCategoryByName.set(r.code.toLowerCase(), r.code);
  roleCategoryByName.set(r.name, r.code);
  roleCategoryByName.set(r.name.replace(/人財$/, ''), r.code);
}
const layerByName = new Map<string, string>();
for (const l of frameworks.fujisawa.layers) {
  layerByName.set(l.code.toLowerCase(), l.code);
  layerByName.set(l.name, l.code);
  layerByName.set(l.name.replace(/職員層$/, ''), l.code);
}

/** A role category of the skill framework (八王子市 2023): its code or its Japanese name; null when blank. */
export function parseRoleCategory(raw: string | null | undefined, field = 'roleCategory'): string | null {
  const v = (raw ?? '').normalize('NFKC').trim();
  if (v === '') return null;
  const code = roleCategoryByName.get(v) ?? roleCategoryByName.get(v.toLowerCase());
  if (!code) throw badInput(`役割「${v}」はスキルの枠組みにありません（${frameworks.hachioji.roles.map((r) => r.name).join('・')}）。`, field);
  return code;
}

/** A layer of the skill framework (藤沢市 2024): its code or its Japanese name; null when blank. */
export function parseLayer(raw: string | null | undefined, field = 'layer'): string | null {
  const v = (raw ?? '').normalize('NFKC').trim();
  if (v === '') return null;
  const code = layerByName.get(v) ?? layerByName.get(v.toLowerCase());
  if (!code) throw badInput(`階層「${v}」はスキルの枠組みにありません（${frameworks.fujisawa.layers.map((l) => l.name).join('・')}）。`, field);
  return code;
}

export const ROLE_LABELS: Record<RoleEnum, string> = {
  STAFF: '職員',
  MANAGER: '管理職',
  DX_OFFICE: 'DX推進課',
  ADMIN: '管理者',
};

/** The import's optional 権限 column: 職員 / 管理職 / DX推進課 (or the English names). Never 管理者. */
export function parseImportRole(raw: string | null | undefined, field = 'access'): RoleEnum | null {
  const v = (raw ?? '').normalize('NFKC').trim();
  if (v === '') return null;
  const upper = v.toUpperCase();
  for (const [role, label] of Object.entries(ROLE_LABELS) as [RoleEnum, string][]) {
    if (v === label || upper === role) {
      if (role === RoleEnum.ADMIN) throw badInput('管理者の権限は取り込みでは付与できません（管理画面で設定してください）。', field);
      return role;
    }
  }
  throw badInput(`権限「${v}」は 職員・管理職・DX推進課 のいずれかにしてください。`, field);
}

export { LAYER_CODES, ROLE_CATEGORY_CODES };
