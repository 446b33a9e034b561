import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { PeopleDocument } from '../../gql/graphql';
import { useT } from '../../i18n';

/**
 * Choose a person. There is no user search query yet, so the list comes from `teamSkillRecords`
 * (the DX office and admins see everyone's record), sorted by name.
 */
export function PersonPicker({
  value,
  onChange,
  error,
  label,
  onBlur,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
  label?: string;
  onBlur?: () => void;
}) {
  const t = useT();
  const { data, loading, error: loadError } = useQuery(PeopleDocument, { fetchPolicy: 'cache-first' });
  const options = useMemo(
    () =>
      [...(data?.teamSkillRecords ?? [])]
        .map((r) => r.user)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'ja'))
        .map((u) => ({ value: u.id, label: u.department ? `${u.displayName}（${u.department.name}）` : u.displayName })),
    [data],
  );
  return (
    <Select
      label={label ?? t('admin.person')}
      placeholder={loading ? t('common.loading') : t('admin.personPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable
      aria-required
      nothingFoundMessage={t('admin.personNone')}
      error={error ?? (loadError ? t('admin.personLoadError') : undefined)}
      disabled={loading && !data}
      maw={420}
    />
  );
}
