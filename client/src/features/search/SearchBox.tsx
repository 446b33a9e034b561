import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { parseSearchState, searchUrl } from './searchState';

/** The header search box: Enter opens the search page; on the search page it shows the current query. */
export function SearchBox({ onSearched }: { onSearched?: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname === '/search' ? parseSearchState(new URLSearchParams(location.search)).q : '';
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);

  return (
    <form
      role="search"
      aria-label={t('search.label')}
      onSubmit={(e) => {
        e.preventDefault();
        const q = value.trim();
        if (!q) return;
        const state = location.pathname === '/search' ? parseSearchState(new URLSearchParams(location.search)) : {};
        void navigate(searchUrl({ ...state, q }));
        onSearched?.();
      }}
    >
      <TextInput
        type="search"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        maxLength={200}
        w={{ base: '100%', md: 200, xl: 260 }}
      />
    </form>
  );
}
