import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n';
import type { HistoryTarget } from './HistoryModal';

// The history and its diff library load only when someone opens a history (their own chunk).
const HistoryModal = lazy(() => import('./HistoryModal').then((m) => ({ default: m.HistoryModal })));

/** 「編集済み」: shown once a post or an answer has more than one version; opens its 編集履歴. */
export function EditedLink({ target, revisionCount }: { target: HistoryTarget; revisionCount: number }) {
  const t = useT();
  const [opened, modal] = useDisclosure(false);
  if (revisionCount < 2) return null;
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        c="gray.8"
        size="compact-xs"
        px={4}
        leftSection={<IconHistory size={14} aria-hidden="true" />}
        onClick={modal.open}
        aria-label={t('history.editedLabel', { count: revisionCount })}
        aria-haspopup="dialog"
        data-testid={target.type === 'POST' ? 'post-history' : `answer-history-${target.answerId}`}
      >
        {t('history.edited')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <HistoryModal target={target} opened={opened} onClose={modal.close} />
        </Suspense>
      )}
    </>
  );
}
