import { createContext, useContext } from 'react';
import type { ReactionTargetType } from '../../gql/graphql';

/**
 * True inside an idea's page. An idea's replies are answers in the data model, but people
 * discuss an idea rather than answer it, so everything said about them (prompts, toasts, menus,
 * 編集履歴, the live banner) calls them 「コメント」, never 「回答」. Provided by PostPage, so
 * components deep in the thread (moderation menus, the history modal) need no extra props.
 */
export const IdeaThreadContext = createContext(false);

export function useIdeaThread(): boolean {
  return useContext(IdeaThreadContext);
}

/** The target type whose wording a label uses: an answer on an idea is worded as a comment (the API target stays ANSWER). */
export function labelTargetType(targetType: ReactionTargetType, idea: boolean): ReactionTargetType {
  return idea && targetType === 'ANSWER' ? 'COMMENT' : targetType;
}
