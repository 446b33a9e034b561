import { markdownToText } from '../../core/markdown/markdown';
import { IdeaStatus, PostKind, PostStatus } from '../posts/content.enums';
import type { SearchRepository } from './search.repository';

/**
 * What the search index knows about a post: the text people search (as written, plain
 * text), and the fields filters and ranking need. An anonymous post carries no author and
 * no department, so no filter or index can ever tie it to a person.
 */
export interface SearchDocument {
  id: number;
  title: string;
  /** body as plain text, then the case fields (課題 / 取組内容 / 効果 / ツール) */
  body: string;
  tags: string[];
  /** the live answers' text */
  answers: string;
  kind: PostKind;
  status: PostStatus;
  /** an idea's status (PROPOSED until someone sets one); null for the other kinds */
  ideaStatus: IdeaStatus | null;
  departmentId: number | null;
  authorId: number | null;
  answerCount: number;
  /** 優良事例 (featured by the DX office): the `featured` filter */
  featured: boolean;
  /** ranking boost, see {@link rankingBoost} */
  boost: number;
  createdAt: string;
  updatedAt: string;
}

/** A resolved question (an accepted answer) ranks above an open one. */
export const RESOLVED_BOOST = 3;
/** 優良事例: the DX office's pick ranks above an equal match. */
export const FEATURED_BOOST = 4;
/** The post has a live (not deleted, not hidden) 公式見解 (official answer). */
export const OFFICIAL_BOOST = 2;
/** 古い情報 (marked outdated in the content review): ranks below an equal match; the boost may go negative. */
export const OUTDATED_PENALTY = 4;

/**
 * The ranking boost of a post: an integer, possibly negative (search_doc.boost is an INTEGER,
 * Meilisearch sorts `boost:desc` numerically). It is added to a match's text score in FTS5
 * (TERM_SCORE: title 12 / tag 6 / text 2 per term) and is a tie-breaker after the textual rules
 * in Meilisearch. The positive boosts together (3 + 4 + 2 = 9) stay below the title–text gap
 * (12 − 2), so a boosted body match never outranks a plain title match: they decide between
 * posts that match equally well.
 */
export function rankingBoost(p: { resolved: boolean; featured: boolean; official: boolean; outdated: boolean }): number {
  return (p.resolved ? RESOLVED_BOOST : 0) + (p.featured ? FEATURED_BOOST : 0) + (p.official ? OFFICIAL_BOOST : 0) - (p.outdated ? OUTDATED_PENALTY : 0);
}

/**
 * Loads the index documents of live posts; ids of deleted, hidden or missing posts are simply
 * absent (so the indexer removes them). Hidden answers are left out of the text and the count.
 */
export function loadSearchDocuments(repo: SearchRepository, ids: readonly number[]): SearchDocument[] {
  if (ids.length === 0) return [];
  const rows = repo.documentRows(ids);
  const answers = new Map<number, string[]>();
  for (const a of repo.liveAnswerBodies(ids)) {
    const list = answers.get(a.post_id) ?? [];
    list.push(markdownToText(a.body));
    answers.set(a.post_id, list);
  }
  return rows.map((r) => {
    const caseText = [r.case_problem, r.case_solution, r.case_effect, ...(r.case_tools ? (JSON.parse(r.case_tools) as string[]) : [])]
      .filter((s): s is string => !!s)
      .join('\n');
    const live = answers.get(r.id) ?? [];
    return {
      id: r.id,
      title: r.title,
      body: [markdownToText(r.body), caseText].filter(Boolean).join('\n'),
      tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
      answers: live.join('\n'),
      kind: r.kind,
      status: r.status,
      ideaStatus: r.kind === PostKind.IDEA ? ((r.idea_status as IdeaStatus | null) ?? IdeaStatus.PROPOSED) : null,
      departmentId: r.anonymous ? null : r.department_id,
      authorId: r.anonymous ? null : r.author_id,
      answerCount: live.length,
      featured: r.featured_at !== null,
      boost: rankingBoost({
        resolved: r.status === PostStatus.RESOLVED,
        featured: r.featured_at !== null,
        official: r.has_official === 1,
        outdated: r.outdated === 1,
      }),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}
