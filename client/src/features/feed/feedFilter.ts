import type { IdeaStatus, PostFilter, PostKind, PostOrder } from '../../gql/graphql';

export type FeedTab = 'new' | 'unanswered' | 'resolved';
export const FEED_TABS: FeedTab[] = ['new', 'unanswered', 'resolved'];
const KINDS: PostKind[] = ['QUESTION', 'CASE', 'IDEA'];
const ORDERS: PostOrder[] = ['NEWEST', 'ACTIVITY'];
const IDEA_STATUSES: IdeaStatus[] = ['PROPOSED', 'UNDER_REVIEW', 'ADOPTED', 'DECLINED'];

export interface FeedState {
  tab: FeedTab;
  kind: PostKind | null;
  tag: string | null;
  departmentId: string | null;
  order: PostOrder;
  /** 優良事例だけ (?featured=1) */
  featured: boolean;
  /** アイデアの状況 (?idea=ADOPTED): ideas only */
  ideaStatus: IdeaStatus | null;
}

/** Read the feed state from the URL (?tab=&kind=&tag=&dept=&order=&featured=1). */
/** Posts per feed page. */
export const FEED_PAGE_SIZE = 20;

export function parseFeedState(params: URLSearchParams): FeedState {
  const tab = params.get('tab');
  const kind = params.get('kind');
  const order = params.get('order');
  return {
    tab: FEED_TABS.includes(tab as FeedTab) ? (tab as FeedTab) : 'new',
    kind: KINDS.includes(kind as PostKind) ? (kind as PostKind) : null,
    tag: params.get('tag')?.trim() || null,
    departmentId: params.get('dept') || null,
    order: ORDERS.includes(order as PostOrder) ? (order as PostOrder) : 'NEWEST',
    featured: params.get('featured') === '1',
    ideaStatus: IDEA_STATUSES.includes(params.get('idea') as IdeaStatus) ? (params.get('idea') as IdeaStatus) : null,
  };
}

/**
 * The GraphQL filter for a feed state. 新着 = order only; 未回答 = unanswered: true;
 * 解決済み = status: RESOLVED. Kind, tag, department, order and 優良事例 apply to every tab.
 */
export function toPostFilter(state: FeedState): PostFilter {
  const filter: PostFilter = { order: state.order };
  if (state.tab === 'unanswered') filter.unanswered = true;
  if (state.tab === 'resolved') filter.status = 'RESOLVED';
  if (state.kind) filter.kind = state.kind;
  if (state.tag) filter.tag = state.tag;
  if (state.departmentId) filter.departmentId = state.departmentId;
  if (state.featured) filter.featured = true;
  // An idea's status means ideas.
  if (state.ideaStatus) {
    filter.ideaStatus = state.ideaStatus;
    filter.kind = 'IDEA';
  }
  return filter;
}
