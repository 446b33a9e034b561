import type { IdeaStatus } from '../../gql/graphql';

/** 提案 → 検討中 → 採用 / 見送り, in the order the control offers them. */
export const IDEA_STATUSES: IdeaStatus[] = ['PROPOSED', 'UNDER_REVIEW', 'ADOPTED', 'DECLINED'];
export const IDEA_NOTE_MAX = 500;

export const IDEA_STATUS_COLOR: Record<IdeaStatus, string> = {
  PROPOSED: 'gray',
  UNDER_REVIEW: 'yellow',
  ADOPTED: 'green',
  DECLINED: 'red',
};
