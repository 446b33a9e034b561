import { useQuery } from '@apollo/client/react';
import { AdminDepartmentsDocument } from '../../gql/graphql';

/** Every department, retired ones too (the screens decide what to offer). Cached for the session. */
export function useAdminDepartments() {
  const { data, loading, error, refetch } = useQuery(AdminDepartmentsDocument, { fetchPolicy: 'cache-and-network' });
  return { departments: data?.departments ?? [], loaded: !!data, loading, error, refetch };
}
