import { Inject, Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/app-error';
import { jstDayStartIso } from '../../core/time/jst';
import { pageSize, parseId } from '../../core/validation/normalize';
import { PostKind } from '../posts/content.enums';
import { PostFilter } from '../posts/dto/post.inputs';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { SearchDateRange } from './dto/search.args';
import { SearchIndexer } from './search-indexer';
import { parseSearchQuery, SEARCH_LIMITS, titleTerms } from './search-query';
import { SearchConnection } from './search.model';
import { SEARCH_BACKEND, SearchBackend, SearchFilters } from './search.port';
import { buildSnippet, highlight, matchRanges } from './snippet';
import { SynonymsService } from './synonyms.service';

function jstDayStart(date: string, field: string, days = 0): string {
  const iso = jstDayStartIso(date, days);
  if (!iso) throw badInput(`日付「${date}」が正しくありません。`, field);
  return iso;
}

/**
 * Search use cases: parse what was typed, add synonyms, resolve filters, ask the backend,
 * then map hits through PostsService.toPost (so anonymity rules are the feed's rules) and
 * cut highlighted snippets.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_BACKEND) private readonly backend: SearchBackend,
    private readonly indexer: SearchIndexer,
    private readonly posts: PostsService,
    private readonly synonyms: SynonymsService,
  ) {}

  /** The feed's criteria (kind, status, unanswered, featured, tag, department, author, an idea's status) plus the date range. */
  private filters(filter: PostFilter | null | undefined, createdAt: SearchDateRange | null | undefined): SearchFilters {
    const f: SearchFilters = this.posts.criteria(filter);
    // Only ideas have a status (提案 / 検討中 / 採用 / 見送り): asking for it means ideas, and
    // another kind with it could never match, so say so instead of answering with nothing.
    if (f.ideaStatus) {
      if (f.kind && f.kind !== PostKind.IDEA) {
        throw badInput('アイデアの状況で絞り込むときは、種類を「アイデア」にするか、種類の指定を外してください。', 'filter.ideaStatus');
      }
      f.kind = PostKind.IDEA;
    }
    if (createdAt?.from) f.createdFrom = jstDayStart(createdAt.from, 'createdAt.from');
    if (createdAt?.to) f.createdBefore = jstDayStart(createdAt.to, 'createdAt.to', 1);
    if (f.createdFrom && f.createdBefore && f.createdFrom >= f.createdBefore) {
      throw badInput('投稿日の範囲は、開始日を終了日より前にしてください。', 'createdAt');
    }
    return f;
  }

  async search(
    viewer: Viewer,
    query: string,
    first: number | null | undefined,
    after: string | null | undefined,
    filter: PostFilter | null | undefined,
    createdAt: SearchDateRange | null | undefined,
  ): Promise<SearchConnection> {
    const limit = pageSize(first);
    const terms = this.synonyms.expand(parseSearchQuery(query));
    const page = await this.backend.search({ terms, filters: this.filters(filter, createdAt), limit, after: after ?? null });
    const ids = page.hits.map((h) => h.id);
    const posts = this.posts.byIds(viewer, ids);
    const texts = this.indexer.fts.texts(ids);
    const needles = terms.flatMap((t) => t.alternatives);
    const edges = page.hits.flatMap((hit, i) => {
      const node = posts[i];
      // Deleted or hidden between indexing and now (Meilisearch lags the outbox): skip, never show.
      if (!node || node.hidden) return [];
      const text = texts.get(hit.id);
      return [
        {
          cursor: hit.cursor,
          node,
          snippet: buildSnippet([text?.body ?? '', text?.answers ?? '', node.tags.map((t) => `#${t.name}`).join(' ')], needles),
          titleHighlight: highlight(node.title, matchRanges(node.title, needles)),
        },
      ];
    });
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.hits.length ? page.hits[page.hits.length - 1].cursor : null },
      totalCount: page.totalCount,
      terms: terms.map((t) => ({ text: t.text, phrase: t.phrase, synonyms: t.alternatives.slice(1) })),
    };
  }

  /** Questions like the one being typed (ask form), best first. */
  async similar(viewer: Viewer, title: string, first: number | null | undefined, excludeId?: string | null): Promise<Post[]> {
    const limit = pageSize(first, 5);
    if (Array.from(title ?? '').length > SEARCH_LIMITS.titleChars * 2)
      throw badInput(`タイトルは${SEARCH_LIMITS.titleChars}文字以内で入力してください。`, 'title');
    const exclude = excludeId ? (parseId(excludeId) ?? undefined) : undefined;
    const ids = await this.backend.similar(title, limit, exclude, this.synonyms.expand(titleTerms(title)));
    return this.posts.byIds(viewer, ids).filter((p): p is Post => !!p && !p.hidden);
  }

  /** Posts related to a post: similar titles, the post itself left out. */
  related(viewer: Viewer, post: Post, first: number | null | undefined): Promise<Post[]> {
    return this.similar(viewer, post.title, first, post.id);
  }
}
