import { Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { DraftSaveStatus } from './useDraftAutosave';

export function formatClock(iso: string): string {
  return new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
}

/** The quiet 「下書き保存済み HH:MM」 beside the form's buttons. */
export function DraftStatus({ status, savedAt }: { status: DraftSaveStatus; savedAt: string | null }) {
  const t = useT();
  const text =
    status === 'saving' ? t('drafts.saving') : status === 'error' ? t('drafts.saveFailed') : savedAt ? t('drafts.savedAt', { time: formatClock(savedAt) }) : '';
  return (
    <Text size="xs" c={status === 'error' ? 'red.8' : 'dimmed'} role="status" aria-live="polite" data-testid="draft-status" miw={0}>
      {text}
    </Text>
  );
}
