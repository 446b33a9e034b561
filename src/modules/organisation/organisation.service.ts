import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { AppError, badInput, ErrorCode, notFound } from '../../core/errors/app-error';
import { requireCapability, seesTeamThroughScope } from '../../core/policy/capabilities';
import { jstDate } from '../../core/time/jst';
import { optionalSingleLine, requireJstDate, requireSingleLine } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { DepartmentEntity } from '../users/department.entity';
import { DepartmentLevel } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { OrganisationRepository } from './organisation.repository';

const LEVELS: DepartmentLevel[] = [DepartmentLevel.BU, DepartmentLevel.KA, DepartmentLevel.KAKARI];
const LEVEL_NAME: Record<DepartmentLevel, string> = { BU: '部', KA: '課', KAKARI: '係' };
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;

/** The effective date of a transfer or an import (`YYYY-MM-DD`, JST). */
export const requireDate = (raw: string | null | undefined, field = 'effectiveDate'): string => requireJstDate(raw, field);

export interface TransferOutcome {
  changed: boolean;
  fromDepartmentId: number | null;
}

/**
 * The organisation (ADMIN): departments as 部 → 課 → 係, their renames (earlier names kept),
 * moves and retirements; transfers with an effective date (the old assignment ends on that
 * date, exclusive, and the new one starts on it, so the ledger keeps attributing earlier
 * contributions to the old department); and which departments a MANAGER sees. Every act writes
 * its audit row in the same transaction. Nothing is deleted.
 *
 * The `…InTx` methods run inside a caller's transaction (the staff import applies a whole file
 * in one); they neither check capabilities nor open a transaction.
 */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly db: DbService,
    private readonly repo: OrganisationRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  private depthOf(id: number | null, rows: Map<number, DepartmentEntity>): number {
    let depth = 0;
    for (let cur = id ? rows.get(id) : undefined; cur; cur = cur.parent_id ? rows.get(cur.parent_id) : undefined) depth++;
    return depth;
  }

  private rowsById(): Map<number, DepartmentEntity> {
    return new Map(this.repo.allDepartments().map((d) => [d.id, d]));
  }

  private requireUniqueAmongSiblings(name: string, parentId: number | null, exceptId: number | null, rows: Map<number, DepartmentEntity>): void {
    for (const d of rows.values()) {
      if (d.id !== exceptId && d.parent_id === parentId && !d.retired_at && d.name === name) {
        throw new AppError(ErrorCode.CONFLICT, `同じ名前の部署「${name}」が同じ階層にすでにあります。`, { field: 'name' });
      }
    }
  }

  createDepartment(viewer: Viewer, input: { name: string; parentId?: number | null; code?: string | null }, at = new Date()) {
    requireCapability(viewer, 'admin.organisation');
    const id = this.db.tx(() => this.createDepartmentInTx(viewer.id, input, at));
    this.users.invalidateDepartments();
    return this.users.department(id)!;
  }

  createDepartmentInTx(actorId: number | null, input: { name: string; parentId?: number | null; code?: string | null }, at = new Date()): number {
    const name = requireSingleLine(input.name, '部署名', 60, 'name');
    if (name.includes('/')) throw badInput('部署名に「/」は使えません（取り込みファイルで階層の区切りに使います）。', 'name');
    const rows = this.rowsById();
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = rows.get(parentId);
      if (!parent) throw notFound('親部署');
      if (parent.retired_at) throw badInput('廃止された部署の下には作れません。', 'parentId');
    }
    const depth = this.depthOf(parentId, rows);
    if (depth >= LEVELS.length) throw badInput('部署は 部 → 課 → 係 の3階層までです。係の下には作れません。', 'parentId');
    this.requireUniqueAmongSiblings(name, parentId, null, rows);
    let code = optionalSingleLine(input.code, '部署コード', 40, 'code');
    if (code && !CODE.test(code)) throw badInput('部署コードは英数字と - _ . で40文字以内にしてください。', 'code');
    if (code && this.repo.departmentByCode(code)) throw new AppError(ErrorCode.CONFLICT, `部署コード「${code}」はすでに使われています。`, { field: 'code' });
    code ??= `D${String(Math.max(0, ...rows.keys()) + 1).padStart(4, '0')}`;
    while (this.repo.departmentByCode(code)) code = `${code}x`;
    const level = LEVELS[depth];
    const id = this.repo.insertDepartment({
      code,
      name,
      level,
      parent_id: parentId,
      sort_order: this.repo.nextSortOrder(parentId),
      created_at: at.toISOString(),
    });
    this.audit.record(actorId, 'DEPARTMENT_CREATED', 'DEPARTMENT', id, undefined, { after: { code, name, level, parentId } });
    return id;
  }

  /**
   * Rename (the old name is kept and still shown on content from before), move under another
   * parent (levels follow the depth; at most 部 → 課 → 係), change the code, retire or bring back.
   */
  updateDepartment(
    viewer: Viewer,
    input: { id: number; name?: string | null; parentId?: number | null; code?: string | null; retired?: boolean | null },
    at = new Date(),
  ) {
    requireCapability(viewer, 'admin.organisation');
    this.db.tx(() => {
      const rows = this.rowsById();
      const d = rows.get(input.id);
      if (!d) throw notFound('部署');
      const before = { code: d.code, name: d.name, level: d.level, parentId: d.parent_id, retired: !!d.retired_at };
      const next = { ...d };
      if (input.name !== undefined) {
        next.name = requireSingleLine(input.name, '部署名', 60, 'name');
        if (next.name.includes('/')) throw badInput('部署名に「/」は使えません。', 'name');
      }
      if (input.code !== undefined && input.code !== null && input.code !== d.code) {
        const code = requireSingleLine(input.code, '部署コード', 40, 'code');
        if (!CODE.test(code)) throw badInput('部署コードは英数字と - _ . で40文字以内にしてください。', 'code');
        if (this.repo.departmentByCode(code)) throw new AppError(ErrorCode.CONFLICT, `部署コード「${code}」はすでに使われています。`, { field: 'code' });
        next.code = code;
      }
      if (input.parentId !== undefined && input.parentId !== d.parent_id) {
        const parentId = input.parentId;
        if (parentId !== null) {
          const parent = rows.get(parentId);
          if (!parent) throw notFound('親部署');
          if (parent.retired_at) throw badInput('廃止された部署の下には移せません。', 'parentId');
          for (let cur: DepartmentEntity | undefined = parent; cur; cur = cur.parent_id ? rows.get(cur.parent_id) : undefined) {
            if (cur.id === d.id) throw badInput('部署を自分の下の部署に移すことはできません。', 'parentId');
          }
        }
        next.parent_id = parentId;
      }
      if (input.retired !== undefined && input.retired !== null && input.retired !== !!d.retired_at) {
        if (input.retired) {
          const subtree = this.users.departmentSubtree(d.id);
          const members = this.repo.countActiveMembers(subtree, jstDate(at));
          if (members > 0) throw badInput(`この部署（下の部署を含む）には現在${members}人が所属しています。先に異動してから廃止してください。`, 'retired');
          const liveChildren = [...rows.values()].filter((c) => c.parent_id === d.id && !c.retired_at);
          if (liveChildren.length) throw badInput(`下の部署（${liveChildren.map((c) => c.name).join('、')}）を先に廃止してください。`, 'retired');
          next.retired_at = at.toISOString();
        } else {
          if (next.parent_id && rows.get(next.parent_id)?.retired_at) throw badInput('親部署が廃止されています。先に親部署を戻してください。', 'retired');
          next.retired_at = null;
        }
      }
      if (next.name !== d.name || next.parent_id !== d.parent_id) this.requireUniqueAmongSiblings(next.name, next.parent_id, d.id, rows);
      // Levels follow the depth; the moved subtree must still fit in 部 → 課 → 係.
      const newDepth = this.depthOf(next.parent_id, rows);
      const subtreeDepth = (id: number): number => 1 + Math.max(0, ...[...rows.values()].filter((c) => c.parent_id === id).map((c) => subtreeDepth(c.id)));
      if (newDepth + subtreeDepth(d.id) > LEVELS.length) throw badInput('移動すると 部 → 課 → 係 の3階層を超えます。', 'parentId');
      next.level = LEVELS[newDepth];
      if (next.name !== d.name) this.repo.insertFormerName(d.id, d.name, at.toISOString());
      this.repo.updateDepartment(d.id, next);
      if (next.parent_id !== d.parent_id) {
        const relevel = (id: number, depth: number) => {
          for (const c of [...rows.values()].filter((x) => x.parent_id === id)) {
            this.repo.updateDepartment(c.id, { ...c, level: LEVELS[depth] });
            relevel(c.id, depth + 1);
          }
        };
        relevel(d.id, newDepth + 1);
      }
      const after = { code: next.code, name: next.name, level: next.level, parentId: next.parent_id, retired: !!next.retired_at };
      const changed = (Object.keys(before) as (keyof typeof before)[]).filter((k) => before[k] !== after[k]);
      if (changed.length) {
        this.audit.record(viewer.id, 'DEPARTMENT_UPDATED', 'DEPARTMENT', d.id, undefined, {
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        });
      }
    });
    this.users.invalidateDepartments();
    return this.users.department(input.id)!;
  }

  /** ADMIN: moves a person to a department from a JST date (today when absent). */
  transferUser(viewer: Viewer, input: { userId: number; departmentId: number; effectiveDate?: string | null }, at = new Date()) {
    requireCapability(viewer, 'admin.organisation');
    const effectiveDate = input.effectiveDate ? requireDate(input.effectiveDate) : jstDate(at);
    this.db.tx(() => this.transferInTx(viewer.id, input.userId, input.departmentId, effectiveDate, at));
    return this.users.findById(input.userId)!;
  }

  /**
   * The assignment in force on `effectiveDate` ends that day (exclusive end) and the new one
   * starts on it; an assignment that itself starts that day is corrected instead. Refused when
   * an assignment already starts after that date (a later transfer is on record).
   */
  transferInTx(actorId: number | null, userId: number, departmentId: number, effectiveDate: string, at = new Date(), detail?: object): TransferOutcome {
    const user = this.users.findById(userId);
    if (!user) throw notFound('職員');
    const dep = this.repo.departmentById(departmentId);
    if (!dep) throw notFound('部署');
    if (dep.retired_at) throw badInput(`「${dep.name}」は廃止された部署です。`, 'departmentId');
    const list = this.repo.assignmentsOf(userId);
    const later = list.find((a) => a.start_date > effectiveDate);
    if (later) throw badInput(`${later.start_date} からの所属がすでに登録されています。それより前の日付の異動はできません。`, 'effectiveDate');
    const cur = list.find((a) => a.start_date <= effectiveDate && (a.end_date === null || a.end_date > effectiveDate));
    if (cur && cur.department_id === departmentId) return { changed: false, fromDepartmentId: departmentId };
    if (cur && cur.start_date === effectiveDate) {
      this.repo.setAssignmentDepartment(cur.id, departmentId);
    } else {
      if (cur) this.repo.endAssignment(cur.id, effectiveDate);
      this.repo.insertAssignment({
        user_id: userId,
        department_id: departmentId,
        title: null,
        start_date: effectiveDate,
        end_date: cur?.end_date ?? null,
        created_at: at.toISOString(),
      });
    }
    this.audit.record(actorId, 'USER_TRANSFERRED', 'USER', userId, detail, {
      before: { departmentId: cur?.department_id ?? null },
      after: { departmentId, effectiveDate },
    });
    return { changed: true, fromDepartmentId: cur?.department_id ?? null };
  }

  /** ADMIN: which departments (each with everything below it) a MANAGER sees. */
  setManagerScope(viewer: Viewer, input: { userId: number; departmentIds: number[] }) {
    requireCapability(viewer, 'admin.organisation');
    this.db.tx(() => {
      const user = this.users.findById(input.userId);
      if (!user) throw notFound('職員');
      if (!seesTeamThroughScope(user.role))
        throw badInput('管理範囲を設定できるのは管理職（MANAGER）のアカウントだけです。先に権限を「管理職」にしてください。', 'userId');
      const ids = [...new Set(input.departmentIds)].sort((a, b) => a - b);
      if (ids.length > 50) throw badInput('管理範囲は50部署までです。', 'departmentIds');
      for (const id of ids) {
        const d = this.repo.departmentById(id);
        if (!d) throw notFound('部署');
        if (d.retired_at) throw badInput(`「${d.name}」は廃止された部署です。`, 'departmentIds');
      }
      const before = this.repo.managerScope(input.userId);
      if (before.join(',') === ids.join(',')) return;
      this.repo.replaceManagerScope(input.userId, ids);
      this.audit.record(viewer.id, 'MANAGER_SCOPE_SET', 'USER', input.userId, undefined, { before: { departmentIds: before }, after: { departmentIds: ids } });
    });
    return this.users.findById(input.userId)!;
  }

  levelName(level: DepartmentLevel): string {
    return LEVEL_NAME[level];
  }
}
