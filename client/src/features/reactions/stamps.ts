import type { Stamp } from '../../gql/graphql';

export const STAMPS: Stamp[] = ['CHEER', 'HELPFUL', 'THANKS'];

export interface StampCounts {
  cheer: number;
  helpful: number;
  thanks: number;
  viewerStamps: readonly Stamp[];
}

export const STAMP_FIELD = { CHEER: 'cheer', HELPFUL: 'helpful', THANKS: 'thanks' } as const satisfies Record<Stamp, keyof StampCounts>;

export function countOf(summary: StampCounts, stamp: Stamp): number {
  return summary[STAMP_FIELD[stamp]];
}

/** The summary after toggling one stamp (used for optimistic updates). */
export function toggledSummary<T extends StampCounts>(summary: T, stamp: Stamp, active: boolean): T {
  const field = STAMP_FIELD[stamp];
  const nextCount = Math.max(0, summary[field] + (active ? -1 : 1));
  const viewerStamps = active ? summary.viewerStamps.filter((s) => s !== stamp) : [...summary.viewerStamps, stamp];
  return { ...summary, [field]: nextCount, viewerStamps };
}
