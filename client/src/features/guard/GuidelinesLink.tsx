import { Anchor } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';

/** 「投稿ガイドライン」, opened in a new tab so that the text being written stays. */
export function GuidelinesLink({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const t = useT();
  return (
    <Anchor component={Link} to="/guidelines" target="_blank" rel="noopener" size={size} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <IconBook2 size={size === 'xs' ? 14 : 16} aria-hidden="true" />
      {t('guidelines.link')}
    </Anchor>
  );
}
