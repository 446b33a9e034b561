import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { AppError, badInput } from '../../core/errors/app-error';
import { layerName, roleCategoryName } from '../../core/frameworks';
import { administersAccounts, requireCapability } from '../../core/policy/capabilities';
import { jstDate } from '../../core/time/jst';
import { normalizeEmail, normalizeEmployeeId, normalizeName, parseImportRole, parseLayer, parseRoleCategory, ROLE_LABELS } from '../accounts/account-fields';
import { AccountsService } from '../accounts/accounts.service';
import { AuditService } from '../audit/audit.service';
import { OrganisationService, requireDate } from '../organisation/organisation.service';
import { AssignmentEntity } from '../users/assignment.entity';
import { RoleEnum } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { ColumnKey, COLUMN_LABEL, CsvProblem, parseStaffCsv, StaffRow } from './staff-csv';
import { StaffImportRepository } from './staff-import.repository';

export interface ImportOptions {
  csv: string;
  dryRun: boolean;
  effectiveDate?: string | null;
  deactivateMissing?: boolean;
  /** What the audit row says about the file (name, encoding), when known. */
  source?: Record<string, string>;
  /** Called as lines are applied (the command line draws a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportChangeRow {
  kind: 'CREATE' | 'UPDATE' | 'TRANSFER' | 'DEACTIVATE' | 'REACTIVATE' | 'DEPARTMENT';
  line: number | null;
  employeeId: string | null;
  name: string;
  description: string;
}

export interface ImportOutcome {
  dryRun: boolean;
  ok: boolean;
  effectiveDate: string;
  rows: number;
  created: number;
  updated: number;
  transferred: number;
  deactivated: number;
  unchanged: number;
  departmentsCreated: number;
  errors: CsvProblem[];
  warnings: string[];
  changes: ImportChangeRow[];
  changeCount: number;
}

const MAX_CHANGES_LISTED = 2000;

interface ValidRow {
  line: number;
  employeeId: string;
  name: string;
  email: string;
  path: string[];
  roleCategory: string | null | undefined;
  layer: string | null | undefined;
  access: RoleEnum | null | undefined;
}

/** Thrown inside the transaction to undo a dry run (or a file with errors) after computing its outcome. */
class Rollback extends Error {}

/** Lets other requests in between steps of a long import (never inside the transaction). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Which column a service's `field` refers to. */
const FIELD_COLUMN: Record<string, ColumnKey> = {
  email: 'email',
  name: 'name',
  employeeId: 'employeeId',
  roleCategory: 'roleCategory',
  layer: 'layer',
  role: 'access',
  departmentId: 'department',
  effectiveDate: 'department',
  parentId: 'department',
};

/**
 * The HR file (人事給与システムの職員データ) → accounts, departments and transfers. The
 * employee number is the key (e-mails change). The whole file is one transaction: a dry run
 * performs every change and rolls back, so the preview is exactly what applying does; any
 * error in any line applies nothing. Re-importing the same file changes nothing.
 */
@Injectable()
export class StaffImportService {
  constructor(
    private readonly db: DbService,
    private readonly repo: StaffImportRepository,
    private readonly accounts: AccountsService,
    private readonly org: OrganisationService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * ADMIN through GraphQL; the CLI passes no viewer (actor: the command line). Parsing,
   * checking and finding the unchanged lines run in short steps that let other requests in;
   * only the lines that change anything go through the one transaction.
   */
  async run(viewer: Viewer | null, opts: ImportOptions, at = new Date()): Promise<ImportOutcome> {
    if (viewer) requireCapability(viewer, 'admin.organisation');
    const effectiveDate = opts.effectiveDate ? requireDate(opts.effectiveDate) : jstDate(at);
    const parsed = parseStaffCsv(opts.csv);
    const outcome: ImportOutcome = {
      dryRun: opts.dryRun,
      ok: false,
      effectiveDate,
      rows: parsed.rows.length,
      created: 0,
      updated: 0,
      transferred: 0,
      deactivated: 0,
      unchanged: 0,
      departmentsCreated: 0,
      errors: [...parsed.problems],
      warnings: [],
      changes: [],
      changeCount: 0,
    };
    if (outcome.errors.length) return outcome;
    const problem = (line: number, key: ColumnKey | null, message: string) => {
      const column = key ? (parsed.columns[key] ?? null) : null;
      outcome.errors.push({
        line,
        column,
        columnName: key ? COLUMN_LABEL[key] : null,
        message: `${line}行目${key ? ` ${COLUMN_LABEL[key]}` : ''}: ${message}`,
      });
    };
    await breathe();
    const valid = await this.validate(parsed.rows, parsed.columns, problem);
    if (outcome.errors.length) return outcome;
    const { changing, unchangedIds } = await this.unchangedLines(valid, effectiveDate);
    outcome.unchanged = unchangedIds.length;

    const actorId = viewer?.id ?? null;
    const change = (c: ImportChangeRow) => {
      outcome.changeCount++;
      if (outcome.changes.length < MAX_CHANGES_LISTED) outcome.changes.push(c);
    };
    try {
      this.db.tx(() => {
        this.apply(actorId, changing, new Set(unchangedIds), effectiveDate, !!opts.deactivateMissing, at, outcome, change, problem, opts.onProgress);
        outcome.ok = outcome.errors.length === 0;
        if (outcome.ok && !opts.dryRun) {
          this.audit.record(actorId, 'STAFF_IMPORTED', 'IMPORT', null, {
            ...opts.source,
            effectiveDate,
            deactivateMissing: !!opts.deactivateMissing,
            rows: outcome.rows,
            created: outcome.created,
            updated: outcome.updated,
            transferred: outcome.transferred,
            deactivated: outcome.deactivated,
            unchanged: outcome.unchanged,
            departmentsCreated: outcome.departmentsCreated,
          });
        }
        if (!outcome.ok || opts.dryRun) throw new Rollback();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    } finally {
      // Departments may have been created (and rolled back): read them again.
      this.users.invalidateDepartments();
    }
    return outcome;
  }

  /** Current (not retired) departments by `parentId|name`, how a file's 部/課/係 path is resolved. */
  private departmentIndex(): Map<string, number> {
    return new Map(this.repo.activeDepartments().map((d) => [`${d.parent_id ?? 0}|${d.name}`, d.id]));
  }

  /**
   * Lines that would change nothing (same person, same fields, active, already in that
   * department on the effective date with nothing later on record), found from three reads
   * instead of a dozen statements per line. They skip the transaction; everything else goes
   * through the services there, which check again.
   */
  private async unchangedLines(rows: ValidRow[], effectiveDate: string): Promise<{ changing: ValidRow[]; unchangedIds: number[] }> {
    const people = new Map(this.repo.peopleWithEmployeeId().map((p) => [p.employee_id!, p]));
    const assignments = new Map<number, Pick<AssignmentEntity, 'department_id' | 'start_date' | 'end_date'>[]>();
    for (const a of this.repo.assignmentsInForceFrom(effectiveDate)) {
      const list = assignments.get(a.user_id) ?? [];
      list.push(a);
      assignments.set(a.user_id, list);
    }
    const index = this.departmentIndex();
    const departmentOf = (path: string[]): number | null => {
      let parent: number | null = null;
      for (const name of path) {
        const id = index.get(`${parent ?? 0}|${name}`);
        if (!id) return null;
        parent = id;
      }
      return parent;
    };
    const changing: ValidRow[] = [];
    const unchangedIds: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (i % 500 === 499) await breathe();
      const r = rows[i];
      const p = people.get(r.employeeId);
      const dep = departmentOf(r.path);
      const list = p ? (assignments.get(p.id) ?? []) : [];
      const same =
        !!p &&
        !p.disabled &&
        dep !== null &&
        p.email === r.email &&
        p.display_name === r.name &&
        (r.roleCategory === undefined || p.role_category === r.roleCategory) &&
        (r.layer === undefined || p.layer === r.layer) &&
        (!r.access || r.access === p.role) && // data comparison (did the role change?), not an authorisation rule
        !list.some((a) => a.start_date > effectiveDate) &&
        list.some((a) => a.department_id === dep && a.start_date <= effectiveDate && (a.end_date === null || a.end_date > effectiveDate));
      if (same) unchangedIds.push(p.id);
      else changing.push(r);
    }
    return { changing, unchangedIds };
  }

  private async validate(
    rows: StaffRow[],
    columns: Partial<Record<ColumnKey, number>>,
    problem: (line: number, key: ColumnKey | null, message: string) => void,
  ): Promise<ValidRow[]> {
    const seenEmployee = new Map<string, number>();
    const seenEmail = new Map<string, number>();
    const out: ValidRow[] = [];
    for (const r of rows) {
      if (out.length % 500 === 499) await breathe();
      const v = r.values;
      const field = <T>(key: ColumnKey, f: () => T): T | undefined => {
        try {
          return f();
        } catch (e) {
          if (e instanceof AppError) problem(r.line, key, e.message);
          else throw e;
          return undefined;
        }
      };
      const employeeId = field('employeeId', () => normalizeEmployeeId(v.employeeId));
      if (employeeId === null) problem(r.line, 'employeeId', '職員番号が空です。');
      const name = field('name', () => normalizeName(v.name));
      const email = field('email', () => normalizeEmail(v.email));
      const path = field('department', () => {
        const parts = (v.department ?? '')
          .normalize('NFKC')
          .split('/')
          .map((p) => p.normalize('NFC').trim());
        if (parts.some((p) => p === ''))
          throw badInput('所属は「企画部/デジタル推進課/DX推進係」のように「/」で区切って書いてください（空の部分があります）。');
        if (parts.length > 3) throw badInput('所属は 部/課/係 の3階層までです。');
        if (parts.some((p) => [...p].length > 60)) throw badInput('部署名は60文字以内にしてください。');
        return parts;
      });
      // A blank optional cell leaves the value as it is (the HR file does not clear what an admin set).
      const roleCategory = columns.roleCategory ? (field('roleCategory', () => parseRoleCategory(v.roleCategory)) ?? undefined) : undefined;
      const layer = columns.layer ? (field('layer', () => parseLayer(v.layer)) ?? undefined) : undefined;
      const access = columns.access ? field('access', () => parseImportRole(v.access)) : undefined;
      if (employeeId) {
        const prev = seenEmployee.get(employeeId);
        if (prev) problem(r.line, 'employeeId', `職員番号 ${employeeId} が${prev}行目にもあります。`);
        else seenEmployee.set(employeeId, r.line);
      }
      if (email) {
        const prev = seenEmail.get(email);
        if (prev) problem(r.line, 'email', `メールアドレス ${email} が${prev}行目にもあります。`);
        else seenEmail.set(email, r.line);
      }
      if (employeeId && name && email && path) out.push({ line: r.line, employeeId, name, email, path, roleCategory, layer, access });
    }
    return out;
  }

  private apply(
    actorId: number | null,
    rows: ValidRow[],
    inFile: Set<number>,
    effectiveDate: string,
    deactivateMissing: boolean,
    at: Date,
    outcome: ImportOutcome,
    change: (c: ImportChangeRow) => void,
    problem: (line: number, key: ColumnKey | null, message: string) => void,
    onProgress?: (done: number, total: number) => void,
  ): void {
    const detail = { via: 'staff:import' };
    // Departments by (parent, name), current ones only; created on first use.
    const index = this.departmentIndex();
    const created = new Set<string>();
    const ensurePath = (parts: string[], line: number): number => {
      let parent: number | null = null;
      for (let i = 0; i < parts.length; i++) {
        const key = `${parent ?? 0}|${parts[i]}`;
        let id = index.get(key);
        if (!id) {
          id = this.org.createDepartmentInTx(actorId, { name: parts[i], parentId: parent }, at);
          index.set(key, id);
          const path = parts.slice(0, i + 1).join('/');
          if (!created.has(path)) {
            created.add(path);
            outcome.departmentsCreated++;
            change({ kind: 'DEPARTMENT', line, employeeId: null, name: path, description: `新しい部署「${path}」を作成` });
          }
        }
        parent = id;
      }
      return parent!;
    };
    let done = 0;
    for (const r of rows) {
      if (onProgress && done++ % 100 === 0) onProgress(done - 1, rows.length);
      const guard = (key: ColumnKey | null, f: () => void) => {
        try {
          f();
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const field = (e.extensions as { field?: string }).field;
          problem(r.line, key ?? (field ? (FIELD_COLUMN[field] ?? null) : null), e.message);
        }
      };
      guard('department', () => {
        const departmentId = ensurePath(r.path, r.line);
        let person = this.repo.findByEmployeeId(r.employeeId);
        if (!person) {
          const byEmail = this.repo.findByEmail(r.email);
          if (byEmail && byEmail.employee_id && byEmail.employee_id !== r.employeeId) {
            problem(r.line, 'email', `メールアドレス ${r.email} は別の職員番号（${byEmail.employee_id}）の職員が使っています。`);
            return;
          }
          person = byEmail;
        }
        const pathText = r.path.join('/');
        if (!person) {
          const id = this.accounts.createUserInTx(
            actorId,
            { email: r.email, name: r.name, role: r.access ?? RoleEnum.STAFF, roleCategory: r.roleCategory, layer: r.layer, employeeId: r.employeeId },
            at,
            detail,
          );
          this.org.transferInTx(actorId, id, departmentId, effectiveDate, at, detail);
          inFile.add(id);
          outcome.created++;
          change({
            kind: 'CREATE',
            line: r.line,
            employeeId: r.employeeId,
            name: r.name,
            description: `新規: ${r.email}、${pathText}${r.access ? `、${ROLE_LABELS[r.access]}` : ''}`,
          });
          return;
        }
        inFile.add(person.id);
        let touched = false;
        const before = { name: person.display_name, email: person.email };
        if (person.disabled) {
          this.accounts.reactivateInTx(actorId, person.id, at, detail);
          touched = true;
          change({ kind: 'REACTIVATE', line: r.line, employeeId: r.employeeId, name: r.name, description: '利用を再開' });
        }
        const keepRole = administersAccounts(person.role) && !!r.access && !administersAccounts(r.access);
        if (keepRole) outcome.warnings.push(`${r.line}行目 ${r.name}: 管理者の権限は取り込みでは変更しません。`);
        const changedFields = this.accounts.updateUserInTx(
          actorId,
          {
            id: person.id,
            email: r.email,
            name: r.name,
            role: keepRole ? undefined : (r.access ?? undefined),
            roleCategory: r.roleCategory,
            layer: r.layer,
            employeeId: r.employeeId,
          },
          at,
          detail,
        );
        if (changedFields) {
          touched = true;
          const what: string[] = [];
          if (before.name !== r.name) what.push(`氏名 ${before.name} → ${r.name}`);
          if (before.email !== r.email) what.push(`メール ${before.email} → ${r.email}`);
          if (!person.employee_id) what.push(`職員番号 ${r.employeeId} を設定`);
          if (r.access && !keepRole && person.role !== r.access)
            what.push(`権限 ${ROLE_LABELS[person.role as RoleEnum] ?? person.role} → ${ROLE_LABELS[r.access]}`);
          if (r.roleCategory !== undefined && person.role_category !== r.roleCategory) {
            what.push(`役割 ${roleCategoryName(person.role_category) ?? '未設定'} → ${roleCategoryName(r.roleCategory) ?? '未設定'}`);
          }
          if (r.layer !== undefined && person.layer !== r.layer) what.push(`階層 ${layerName(person.layer) ?? '未設定'} → ${layerName(r.layer) ?? '未設定'}`);
          change({ kind: 'UPDATE', line: r.line, employeeId: r.employeeId, name: r.name, description: what.join('、') });
        }
        if (touched) outcome.updated++;
        const moved = this.org.transferInTx(actorId, person.id, departmentId, effectiveDate, at, detail);
        if (moved.changed) {
          outcome.transferred++;
          const from = moved.fromDepartmentId ? (this.repo.departmentPath(moved.fromDepartmentId) ?? '（不明）') : '（所属なし）';
          change({
            kind: 'TRANSFER',
            line: r.line,
            employeeId: r.employeeId,
            name: r.name,
            description: `異動: ${from} → ${pathText}（${effectiveDate}から）`,
          });
        }
        if (!touched && !moved.changed) outcome.unchanged++;
      });
    }
    onProgress?.(rows.length, rows.length);
    if (deactivateMissing) {
      for (const p of this.repo.activeWithEmployeeId()) {
        if (inFile.has(p.id)) continue;
        if (administersAccounts(p.role) || p.id === actorId) {
          outcome.warnings.push(`${p.display_name}（${p.employee_id}）はファイルにいませんが、管理者のため利用停止にしません。`);
          continue;
        }
        this.accounts.deactivateInTx(actorId, p.id, at, detail);
        outcome.deactivated++;
        change({ kind: 'DEACTIVATE', line: null, employeeId: p.employee_id, name: p.display_name, description: '利用停止（ファイルにいません）' });
      }
    }
  }
}
