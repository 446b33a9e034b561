/** The 「組織全体」 choice of the department selector (and of `?department=`). */
export const ORGANISATION = 'org';

/** A link to one department's statistics (from the team view and elsewhere). */
export const statsPathFor = (departmentId: string) => `/stats?department=${encodeURIComponent(departmentId)}`;
