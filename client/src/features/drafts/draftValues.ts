import type { DraftFieldsFragment, PostKind } from '../../gql/graphql';
import type { PostFormValues } from '../editor/validation';
import type { DraftContent } from './useDraftAutosave';

/** A post form's values as a draft (the case fields only for a case, anonymity only for a question). */
export function draftFromPostValues(kind: PostKind, v: PostFormValues): DraftContent {
  const hours = typeof v.hoursSavedPerYear === 'number' && Number.isFinite(v.hoursSavedPerYear) ? v.hoursSavedPerYear : null;
  return {
    kind,
    title: v.title,
    body: v.body,
    tags: v.tags,
    ...(kind === 'QUESTION' ? { anonymous: v.anonymous } : {}),
    ...(kind === 'CASE' ? { caseDetails: { problem: v.problem, solution: v.solution, effect: v.effect, hoursSavedPerYear: hours, tools: v.tools } } : {}),
  };
}

/** A saved draft back into the post form. */
export function postValuesFromDraft(d: DraftFieldsFragment): Partial<PostFormValues> {
  return {
    title: d.title,
    body: d.body,
    tags: d.tags,
    anonymous: d.anonymous,
    problem: d.caseDetails?.problem ?? '',
    solution: d.caseDetails?.solution ?? '',
    effect: d.caseDetails?.effect ?? '',
    hoursSavedPerYear: d.caseDetails?.hoursSavedPerYear ?? '',
    tools: d.caseDetails?.tools ?? [],
  };
}

/** The texts of a post form the guard reads. */
export function postTexts(v: Partial<PostFormValues>): string[] {
  return [v.title ?? '', v.body ?? '', v.problem ?? '', v.solution ?? '', v.effect ?? ''];
}
