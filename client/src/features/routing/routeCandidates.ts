import type { RoutePeopleSearchQuery, RouteSuggestionsQuery } from '../../gql/graphql';

/** At most this many people per question (the server's limit, counting those asked before). */
export const ROUTE_MAX = 3;

export interface RouteCandidate {
  id: string;
  displayName: string;
  department: string | null;
  /** The question's tags this person is known for (suggestions only). */
  tags: string[];
  /** Their best matching skill and level, e.g. 「RPA Lv.3」 (suggestions only). */
  skill: string | null;
  acceptedCount: number;
}

type Expert = RouteSuggestionsQuery['experts'][number];
type Person = RoutePeopleSearchQuery['users']['edges'][number]['node'];

/**
 * The experts for each of the question's tags as one list: one entry per person (their tags
 * merged, their best level kept), the viewer, the asker and deactivated people left out; those
 * known for more of the tags first, otherwise in the order the expert finder gave.
 */
export function mergeSuggestions(
  byTag: readonly { tag: string; experts: readonly Expert[] }[],
  exclude: readonly (string | null | undefined)[],
): RouteCandidate[] {
  const skip = new Set(exclude.filter((x): x is string => !!x));
  const out = new Map<string, RouteCandidate & { level: number }>();
  for (const { tag, experts } of byTag) {
    for (const e of experts) {
      const u = e.user;
      if (skip.has(u.id) || !u.active) continue;
      const prev = out.get(u.id);
      const skill = e.skill ? `${e.skill.name} Lv.${e.level}` : null;
      if (!prev) {
        out.set(u.id, {
          id: u.id,
          displayName: u.displayName,
          department: u.department?.name ?? null,
          tags: [tag],
          skill,
          level: e.level,
          acceptedCount: e.acceptedCount,
        });
      } else {
        if (!prev.tags.includes(tag)) prev.tags.push(tag);
        if (e.level > prev.level) Object.assign(prev, { level: e.level, skill });
        prev.acceptedCount = Math.max(prev.acceptedCount, e.acceptedCount);
      }
    }
  }
  // Known for more of the question's tags first; otherwise as the expert finder ranked them.
  return [...out.values()].sort((a, b) => b.tags.length - a.tags.length).map(({ level: _level, ...c }) => c);
}

/** People found by name, the viewer, the asker and deactivated people left out. */
export function searchCandidates(people: readonly Person[], exclude: readonly (string | null | undefined)[]): RouteCandidate[] {
  const skip = new Set(exclude.filter((x): x is string => !!x));
  return people
    .filter((u) => u.active && !skip.has(u.id))
    .map((u) => ({ id: u.id, displayName: u.displayName, department: u.department?.name ?? null, tags: [], skill: null, acceptedCount: 0 }));
}
