import { Button, Group, Modal, Stack } from '@mantine/core';
import { useT } from '../../i18n';
import { FormError } from './FormError';
import type { ReactNode } from 'react';

/**
 * Asks before an act that is hard to take back. Focus starts on 「キャンセル」, so Enter on an
 * unexpected dialog does nothing; Esc closes it. A refusal from the server shows inside.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel,
  color = 'red',
  loading,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  color?: string;
  loading?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md">
      <Stack gap="md">
        {children}
        <FormError message={error ?? null} />
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" onClick={onClose} data-autofocus>
            {cancelLabel ?? t('form.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
