import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { formatClock } from './DraftStatus';

/** 「下書きを復元しますか？」 with 復元する / 破棄する, above a form that has a saved draft. */
export function DraftRestorePrompt({ savedAt, onRestore, onDiscard, busy }: { savedAt: string; onRestore: () => void; onDiscard: () => void; busy?: boolean }) {
  const t = useT();
  const day = new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date(savedAt));
  return (
    <Alert color="blue" variant="light" icon={<IconHistory aria-hidden="true" />} title={t('drafts.restoreTitle')} data-testid="draft-restore">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('drafts.restoreLead', { time: `${day} ${formatClock(savedAt)}` })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={onRestore}>
            {t('drafts.restore')}
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard} loading={busy}>
            {t('drafts.restoreDiscard')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
