import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { SearchInput } from '../common/Field';
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
      <SearchInput
        className="header-search"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        icon={<IconSearch size={16} aria-hidden="true" />}
        maxLength={200}
      />
    </form>
  );
}
