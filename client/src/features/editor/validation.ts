import type { PostKind } from '../../gql/graphql';
import type { TFunction } from '../../i18n';

export const TITLE_MAX = 150;
export const BODY_MAX = 20000;
export const TAGS_MAX = 5;

export interface PostFormValues {
  title: string;
  body: string;
  tags: string[];
  anonymous: boolean;
  problem: string;
  solution: string;
  effect: string;
  hoursSavedPerYear: number | string;
  tools: string[];
}

export const emptyPostFormValues: PostFormValues = {
  title: '',
  body: '',
  tags: [],
  anonymous: false,
  problem: '',
  solution: '',
  effect: '',
  hoursSavedPerYear: '',
  tools: [],
};

/** Client-side validation with Japanese (localised) messages. Returns field → message. */
export function validatePostForm(values: PostFormValues, kind: PostKind, t: TFunction): Partial<Record<keyof PostFormValues, string>> {
  const errors: Partial<Record<keyof PostFormValues, string>> = {};
  const title = values.title.trim();
  if (!title) errors.title = t('form.titleRequired');
  else if (title.length > TITLE_MAX) errors.title = t('form.titleTooLong', { max: TITLE_MAX });
  const body = values.body.trim();
  if (!body) errors.body = t('form.bodyRequired');
  else if (body.length > BODY_MAX) errors.body = t('form.bodyTooLong', { max: BODY_MAX });
  if (values.tags.length > TAGS_MAX) errors.tags = t('form.tagsMax', { max: TAGS_MAX });
  if (kind === 'CASE') {
    if (!values.problem.trim()) errors.problem = t('form.problemRequired');
    if (!values.solution.trim()) errors.solution = t('form.solutionRequired');
    if (!values.effect.trim()) errors.effect = t('form.effectRequired');
    const hours = values.hoursSavedPerYear;
    if (hours !== '' && (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0)) {
      errors.hoursSavedPerYear = t('form.hoursInvalid');
    }
  }
  return errors;
}
