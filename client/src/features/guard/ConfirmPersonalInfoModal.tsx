import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { FindingsList } from './FindingsList';
import type { PersonalInfoFinding } from './personalInfo';

/**
 * Asked on submit when the text seems to hold personal information: sending needs the box
 * 「個人情報が含まれていないことを確認しました」 ticked (the request then says so and is audited).
 * Focus starts on 「戻って修正する」, so Enter does not send by accident.
 */
export function ConfirmPersonalInfoModal({
  opened,
  findings,
  loading,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  findings: readonly PersonalInfoFinding[];
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const [checked, setChecked] = useState(false);
  const close = () => {
    setChecked(false);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('guard.confirmTitle')} size="md">
      <Stack gap="md">
        <Text size="sm">{t('guard.confirmLead')}</Text>
        <FindingsList findings={findings} />
        <Text size="sm" c="dimmed">
          {t('guard.confirmHint')}
        </Text>
        <Checkbox label={t('guard.confirmCheckbox')} checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" onClick={close} data-autofocus>
            {t('guard.confirmBack')}
          </Button>
          <Button
            color="orange"
            disabled={!checked}
            loading={loading}
            onClick={() => {
              setChecked(false);
              onConfirm();
            }}
          >
            {t('guard.confirmSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
