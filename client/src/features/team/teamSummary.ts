import { highestTierOf } from '../skills/certTiers';
import type { CertificationTier } from '../../gql/graphql';

interface RecordLike {
  totalPoints: number;
  entries: readonly { points: number; level: number; skill: { code: string; name: string } }[];
  roleGap: readonly unknown[];
  certifications: readonly { tier: CertificationTier; fiscalYear: number }[];
}

/** A member row of the manager view: strongest skills first (up to `top`), gap count and highest tier. */
export function summarizeRecord<T extends RecordLike>(record: T, top = 3) {
  const topSkills = [...record.entries]
    .filter((e) => e.points > 0)
    .sort((a, b) => b.points - a.points || b.level - a.level)
    .slice(0, top);
  return {
    topSkills,
    gapCount: record.roleGap.length,
    certification: highestTierOf(record.certifications),
  };
}

/** Departments a viewer may filter by: everything for DX office/admin, the managed subtrees for managers. */
export function departmentOptions<D extends { id: string; parentId?: string | null }>(departments: readonly D[], managedIds: readonly string[] | null): D[] {
  if (managedIds === null) return [...departments];
  const allowed = new Set(managedIds);
  // Parents come before children, so one pass finds every descendant.
  for (const d of departments) if (d.parentId && allowed.has(d.parentId)) allowed.add(d.id);
  return departments.filter((d) => allowed.has(d.id));
}

const collator = new Intl.Collator('ja', { numeric: true });

/**
 * Members in a fixed, neutral order: by department (in the organisation's order, parents before
 * children), then by name. Never by points: the team view is a skill record, not a ranking.
 */
export function sortMembers<R extends { user: { displayName: string; department?: { id: string } | null } }>(
  records: readonly R[],
  departmentOrder: readonly string[],
): R[] {
  const index = new Map(departmentOrder.map((id, i) => [id, i]));
  const rank = (r: R) => (r.user.department ? (index.get(r.user.department.id) ?? departmentOrder.length) : departmentOrder.length + 1);
  return [...records].sort((a, b) => rank(a) - rank(b) || collator.compare(a.user.displayName, b.user.displayName));
}
