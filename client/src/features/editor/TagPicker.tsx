import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { TagSuggestionsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { TagsField } from './TagsField';
import { TAGS_MAX } from './validation';

interface TagPickerProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | null;
}

/** 「タグ」 input with autocomplete from the `tags(prefix)` query (most used first). */
export function TagPicker({ value, onChange, error }: TagPickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [prefix] = useDebouncedValue(search.trim(), 200);
  const { data } = useQuery(TagSuggestionsDocument, {
    variables: { prefix: prefix || null, first: 10 },
    fetchPolicy: 'cache-first',
  });
  const suggestions = (data?.tags ?? []).map((tag) => tag.name);

  return (
    <TagsField
      label={t('form.tags')}
      description={t('form.tagsDescription', { max: TAGS_MAX })}
      placeholder={value.length < TAGS_MAX ? t('form.tagsPlaceholder') : undefined}
      data={suggestions}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      maxTags={TAGS_MAX}
      error={error}
    />
  );
}
