import type { AdminDepartmentFieldsFragment, Role } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** The four access levels, in the order an administrator thinks of them (labels: `role.*`). */
export const ROLES: readonly Role[] = ['STAFF', 'MANAGER', 'DX_OFFICE', 'ADMIN'];

/**
 * The skill framework's role categories (八王子市 2023) and layers (藤沢市 2024), as the server's
 * `src/core/frameworks/*.json` names them (a client test compares the two). The server has no
 * query for them; the select boxes need only the codes and their names.
 */
export const ROLE_CATEGORIES: readonly { code: string; name: string }[] = [
  { code: 'DIGITAL_PRODUCER', name: 'デジタルプロデュース人財' },
  { code: 'DIGITAL_MANAGER', name: 'デジタルマネジメント人財' },
  { code: 'DIGITAL_LEADER', name: 'デジタル推進リーダー人財' },
  { code: 'DIGITAL_USER', name: 'デジタル利活用人財' },
  { code: 'DIGITAL_EXPERT', name: 'デジタルエキスパート人財' },
];

export const LAYERS: readonly { code: string; name: string }[] = [
  { code: 'EXECUTIVE', name: '理事者・部長級職員層' },
  { code: 'SECTION_CHIEF', name: '参事・課長級職員層' },
  { code: 'DEPUTY_CHIEF', name: '課長補佐級職員層' },
  { code: 'SENIOR_STAFF', name: '上級主査・主査級職員層' },
  { code: 'STAFF', name: '主任級・担当級職員層' },
];

export const LEVEL_LABEL: Record<AdminDepartmentFieldsFragment['level'], MessageKey> = {
  BU: 'admin.org.level.BU',
  KA: 'admin.org.level.KA',
  KAKARI: 'admin.org.level.KAKARI',
};

/** Today's calendar date in Japan (YYYY-MM-DD): effective dates are JST dates. */
export function todayJst(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export interface DepartmentNode {
  department: AdminDepartmentFieldsFragment;
  depth: number;
  children: DepartmentNode[];
}

/**
 * 部 → 課 → 係 as a tree, siblings in the server's order. Retired departments are left out unless
 * asked for, except as the parent of one still in use (so nothing hangs without its parent).
 */
export function departmentTree(departments: readonly AdminDepartmentFieldsFragment[], includeRetired: boolean): DepartmentNode[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const shown = new Set<string>();
  for (const d of departments) {
    if (!includeRetired && d.retired) continue;
    for (let cur: AdminDepartmentFieldsFragment | undefined = d; cur && !shown.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
      shown.add(cur.id);
    }
  }
  const byParent = new Map<string | null, AdminDepartmentFieldsFragment[]>();
  for (const d of departments) {
    if (!shown.has(d.id)) continue;
    const parent = d.parentId && byId.has(d.parentId) ? d.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), d]);
  }
  const build = (parent: string | null, depth: number): DepartmentNode[] =>
    (byParent.get(parent) ?? []).map((department) => ({ department, depth, children: build(department.id, depth + 1) }));
  return build(null, 0);
}

/** The tree flattened in display order (for select boxes). */
export function flattenTree(nodes: readonly DepartmentNode[]): DepartmentNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/**
 * Select options for departments: the input (and a multi-select's pills) shows the full path
 * (企画部 › デジタル推進課), the list shows the names indented so 部 → 課 → 係 reads as a tree.
 * Retired departments are never offered.
 */
export function departmentSelectData(departments: readonly AdminDepartmentFieldsFragment[], exclude: ReadonlySet<string> = new Set()) {
  return flattenTree(departmentTree(departments, false))
    .filter((n) => !n.department.retired && !exclude.has(n.department.id))
    .map((n) => ({ value: n.department.id, label: n.department.path, name: n.department.name, depth: n.depth }));
}

/** A department and everything under it (ids), e.g. to keep a move from creating a cycle. */
export function subtreeIds(departments: readonly AdminDepartmentFieldsFragment[], rootId: string): Set<string> {
  const out = new Set([rootId]);
  // Parents come before children in the server's order; loop until stable to be safe either way.
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId && out.has(d.parentId) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}

/** How many levels a department's subtree spans (1 for a department without children). */
export function subtreeHeight(departments: readonly AdminDepartmentFieldsFragment[], rootId: string): number {
  const children = departments.filter((d) => d.parentId === rootId);
  return 1 + Math.max(0, ...children.map((c) => subtreeHeight(departments, c.id)));
}

/** How deep a department sits (部 = 0). */
export function depthOf(departments: readonly AdminDepartmentFieldsFragment[], id: string | null): number {
  const byId = new Map(departments.map((d) => [d.id, d]));
  let depth = 0;
  for (let cur = id ? byId.get(id) : undefined; cur; cur = cur.parentId ? byId.get(cur.parentId) : undefined) depth++;
  return depth;
}

/** 部 → 課 → 係: three levels at most. */
export const MAX_DEPTH = 3;
