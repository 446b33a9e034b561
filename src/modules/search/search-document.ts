import { markdownToText } from '../../core/markdown/markdown';
import { PostKind, PostStatus } from '../posts/content.enums';
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
  departmentId: number | null;
  authorId: number | null;
  answerCount: number;
  /** ranking boost: resolved questions (an accepted answer) rank above open ones */
  boost: number;
  createdAt: string;
  updatedAt: string;
}

export const RESOLVED_BOOST = 3;

/** Loads the index documents of live posts; ids of deleted or missing posts are simply absent. */
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
      departmentId: r.anonymous ? null : r.department_id,
      authorId: r.anonymous ? null : r.author_id,
      answerCount: live.length,
      boost: r.status === PostStatus.RESOLVED ? RESOLVED_BOOST : 0,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}
