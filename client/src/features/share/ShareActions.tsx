import { ActionIcon, Button } from '@mantine/core';
import { IconLink, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { showNotice } from '../admin/notice';
import { Tip } from '../common/Tip';

/** Can this post be printed (「印刷用表示」)? Cases and resolved questions: what staff attach to 起案 or 会議資料. */
export function printable(post: { kind: string; status: string }): boolean {
  return post.kind === 'CASE' || post.kind === 'IDEA' || post.status === 'RESOLVED';
}

/** 「リンクをコピー」 (the post's address, without any #anchor) and, where it makes sense, 「印刷用表示」. */
export function ShareActions({ post }: { post: { id: string; kind: string; status: string } }) {
  const t = useT();
  const url = `${window.location.origin}/posts/${post.id}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      showNotice(t, { color: 'teal', message: t('share.copied') });
    } catch {
      showNotice(t, { color: 'yellow', message: t('share.copyFailed', { url }), autoClose: 10_000 });
    }
  };
  return (
    <>
      <Tip label={t('share.copyLink')}>
        <ActionIcon variant="default" size={30} aria-label={t('share.copyLink')} onClick={() => void copy()} data-print="hide">
          <IconLink size={16} aria-hidden="true" />
        </ActionIcon>
      </Tip>
      {printable(post) && (
        <Button component={Link} to={`/posts/${post.id}/print`} variant="default" size="xs" leftSection={<IconPrinter size={16} aria-hidden="true" />}>
          {t('share.print')}
        </Button>
      )}
    </>
  );
}
