import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../gql/graphql';

export const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

/** The signed-in user (only inside RequireAuth). */
export function useViewer(): ViewerFieldsFragment | null {
  return useContext(ViewerContext);
}
