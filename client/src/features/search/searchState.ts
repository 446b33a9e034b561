import { IDEA_STATUSES } from '../ideas/ideaStatus';
import type { IdeaStatus, PostFilter, PostKind, PostStatus, SearchDateRange } from '../../gql/graphql';

const KINDS: PostKind[] = ['QUESTION', 'CASE', 'IDEA'];
const STATUSES: PostStatus[] = ['OPEN', 'RESOLVED', 'CLOSED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SearchState {
  q: string;
  kind: PostKind | null;
  status: PostStatus | null;
  /** アイデアの状況 (?idea=ADOPTED, as in the feed): ideas only, so it comes with kind IDEA */
  ideaStatus: IdeaStatus | null;
  tag: string | null;
  from: string | null;
  to: string | null;
}

/** The search page's state lives in the URL (?q=&kind=&status=&idea=&tag=&from=&to=), so results can be shared and bookmarked. */
/** Results per search page. */
export const SEARCH_PAGE_SIZE = 20;

export function parseSearchState(params: URLSearchParams): SearchState {
  const kindParam = params.get('kind');
  const status = params.get('status');
  const idea = params.get('idea');
  const from = params.get('from');
  const to = params.get('to');
  let kind = KINDS.includes(kindParam as PostKind) ? (kindParam as PostKind) : null;
  let ideaStatus = IDEA_STATUSES.includes(idea as IdeaStatus) ? (idea as IdeaStatus) : null;
  // An idea's status means ideas (the API refuses it with another kind): a link with only
  // ?idea= shows ideas, and another kind drops it.
  if (ideaStatus && !kind) kind = 'IDEA';
  if (kind !== 'IDEA') ideaStatus = null;
  return {
    q: params.get('q')?.trim() ?? '',
    kind,
    status: STATUSES.includes(status as PostStatus) ? (status as PostStatus) : null,
    ideaStatus,
    tag: params.get('tag')?.trim() || null,
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
  };
}

export function searchUrl(state: Partial<SearchState>): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.kind) p.set('kind', state.kind);
  if (state.status) p.set('status', state.status);
  // Ideas only: switching to another kind drops it.
  if (state.ideaStatus && (!state.kind || state.kind === 'IDEA')) p.set('idea', state.ideaStatus);
  if (state.tag) p.set('tag', state.tag);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  return `/search?${p.toString()}`;
}

export function toSearchVariables(state: SearchState): { filter: PostFilter | null; createdAt: SearchDateRange | null } {
  const filter: PostFilter = {};
  if (state.kind) filter.kind = state.kind;
  if (state.status) filter.status = state.status;
  if (state.ideaStatus) {
    filter.ideaStatus = state.ideaStatus;
    filter.kind = 'IDEA';
  }
  if (state.tag) filter.tag = state.tag;
  const createdAt: SearchDateRange = {};
  if (state.from) createdAt.from = state.from;
  if (state.to) createdAt.to = state.to;
  return { filter: Object.keys(filter).length ? filter : null, createdAt: Object.keys(createdAt).length ? createdAt : null };
}

/** What to try when nothing was found: fewer words, no filters, the words without quotes. */
export function suggestions(state: SearchState, terms: { text: string; phrase: boolean }[]): { label: string; url: string }[] {
  const out: { label: string; url: string }[] = [];
  const hasFilters = !!(state.kind || state.status || state.ideaStatus || state.tag || state.from || state.to);
  if (hasFilters) out.push({ label: state.q, url: searchUrl({ q: state.q }) });
  if (terms.some((t) => t.phrase)) {
    const q = terms.map((t) => t.text).join(' ');
    out.push({ label: q, url: searchUrl({ ...state, q }) });
  }
  if (terms.length > 1) {
    for (const t of terms) out.push({ label: t.text, url: searchUrl({ ...state, q: t.text }) });
  }
  return out.filter((s, i) => out.findIndex((o) => o.url === s.url) === i).slice(0, 5);
}
