import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { RevealAnonymousAuthorDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { growProps } from '../common/grow';

const REASON_MAX = 500;

/**
 * DX office / admins: name the asker of an anonymous question on purpose. A reason is
 * required and every reveal is written to the audit log; the name is shown only in this
 * dialog and never replaces 「匿名」 on the page.
 */
export function RevealAuthorButton({ postId }: { postId: string }) {
  const t = useT();
  const [opened, modal] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [reveal, { data, loading, error, reset }] = useMutation(RevealAnonymousAuthorDocument);
  const person = data?.revealAnonymousAuthor;

  const close = () => {
    modal.close();
    setReason('');
    setFieldError(null);
    reset();
  };
  const submit = async () => {
    const trimmed = reason.trim();
    if (!trimmed) return setFieldError(t('reveal.reasonRequired'));
    if (trimmed.length > REASON_MAX) return setFieldError(t('reveal.reasonTooLong', { max: REASON_MAX }));
    setFieldError(null);
    try {
      await reveal({ variables: { postId, reason: trimmed } });
    } catch {
      // shown below
    }
  };

  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconEye size={16} aria-hidden="true" />} onClick={modal.open}>
        {t('reveal.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('reveal.title')} centered>
        {person ? (
          <Stack gap="sm">
            <Alert color="orange" variant="light">
              <Text fw={600}>
                {person.displayName}
                {person.department ? `（${person.department.name}）` : ''}
              </Text>
              <Text size="sm">{t('reveal.audited')}</Text>
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('reveal.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="sm">
              <Text size="sm">{t('reveal.explain')}</Text>
              <Textarea
                label={t('reveal.reason')}
                placeholder={t('reveal.reasonPlaceholder')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError}
                {...growProps(2)}
                maxLength={REASON_MAX + 50}
                required
                data-autofocus
              />
              {error && (
                <Alert color="red" variant="light">
                  {errorMessage(error, t)}
                </Alert>
              )}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={close}>
                  {t('form.cancel')}
                </Button>
                <Button type="submit" color="orange" loading={loading}>
                  {t('reveal.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
