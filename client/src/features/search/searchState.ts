import type { PostFilter, PostKind, PostStatus, SearchDateRange } from '../../gql/graphql';

const KINDS: PostKind[] = ['QUESTION', 'CASE', 'IDEA'];
const STATUSES: PostStatus[] = ['OPEN', 'RESOLVED', 'CLOSED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SearchState {
  q: string;
  kind: PostKind | null;
  status: PostStatus | null;
  tag: string | null;
  from: string | null;
  to: string | null;
}

/** The search page's state lives in the URL (?q=&kind=&status=&tag=&from=&to=), so results can be shared and bookmarked. */
/** Results per search page. */
export const SEARCH_PAGE_SIZE = 20;

export function parseSearchState(params: URLSearchParams): SearchState {
  const kind = params.get('kind');
  const status = params.get('status');
  const from = params.get('from');
  const to = params.get('to');
  return {
    q: params.get('q')?.trim() ?? '',
    kind: KINDS.includes(kind as PostKind) ? (kind as PostKind) : null,
    status: STATUSES.includes(status as PostStatus) ? (status as PostStatus) : null,
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
  if (state.tag) p.set('tag', state.tag);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  return `/search?${p.toString()}`;
}

export function toSearchVariables(state: SearchState): { filter: PostFilter | null; createdAt: SearchDateRange | null } {
  const filter: PostFilter = {};
  if (state.kind) filter.kind = state.kind;
  if (state.status) filter.status = state.status;
  if (state.tag) filter.tag = state.tag;
  const createdAt: SearchDateRange = {};
  if (state.from) createdAt.from = state.from;
  if (state.to) createdAt.to = state.to;
  return { filter: Object.keys(filter).length ? filter : null, createdAt: Object.keys(createdAt).length ? createdAt : null };
}

/** What to try when nothing was found: fewer words, no filters, the words without quotes. */
export function suggestions(state: SearchState, terms: { text: string; phrase: boolean }[]): { label: string; url: string }[] {
  const out: { label: string; url: string }[] = [];
  const hasFilters = !!(state.kind || state.status || state.tag || state.from || state.to);
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
