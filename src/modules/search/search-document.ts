import { markdownToText } from '../../core/markdown/markdown';
import { PostKind, PostStatus } from '../posts/content.enums';
import type { DbService } from '../../core/database/db.service';
import type { PostRow } from '../posts/posts.repository';

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

type Row = Pick<
  PostRow,
  | 'id'
  | 'kind'
  | 'title'
  | 'body'
  | 'status'
  | 'anonymous'
  | 'author_id'
  | 'department_id'
  | 'case_problem'
  | 'case_solution'
  | 'case_effect'
  | 'case_tools'
  | 'created_at'
  | 'updated_at'
> & { tags: string | null };

/** Loads the index documents of live posts; ids of deleted or missing posts are simply absent. */
export function loadSearchDocuments(db: DbService, ids: readonly number[]): SearchDocument[] {
  if (ids.length === 0) return [];
  const ph = ids.map(() => '?').join(',');
  const rows = db.all<Row>(
    `SELECT p.id, p.kind, p.title, p.body, p.status, p.anonymous, p.author_id, p.department_id, p.case_problem, p.case_solution,
            p.case_effect, p.case_tools, p.created_at, p.updated_at,
            (SELECT json_group_array(t.label) FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tags
       FROM post p WHERE p.id IN (${ph}) AND p.deleted_at IS NULL`,
    [...ids],
  );
  const answers = new Map<number, string[]>();
  for (const a of db.all<{ post_id: number; body: string }>(
    `SELECT post_id, body FROM answer WHERE post_id IN (${ph}) AND deleted_at IS NULL ORDER BY post_id, created_at, id`,
    [...ids],
  )) {
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
