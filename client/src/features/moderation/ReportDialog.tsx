import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ReportContentDocument, type ReportReason } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { growProps } from '../common/grow';
import { labelTargetType, useIdeaThread } from '../post/ideaThread';
import { isEarlierReport, MOD_LIMITS, REPORT_REASONS, validateReport, type ReportFormErrors, type TargetType } from './moderationModel';

/**
 * 「通報」: the four reasons (個人情報 / 不適切 / スパム / その他), a note (required for その他),
 * a toast when done; a refusal from the server (own content, the daily limit…) shows inside.
 */
export function ReportDialog({ opened, onClose, targetType, targetId }: { opened: boolean; onClose: () => void; targetType: TargetType; targetId: string }) {
  const t = useT();
  const idea = useIdeaThread();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ReportFormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [report, { loading }] = useMutation(ReportContentDocument);

  useEffect(() => {
    if (!opened) return;
    setReason(null);
    setNote('');
    setErrors({});
    setServerError(null);
  }, [opened]);

  const submit = async () => {
    const invalid = validateReport(reason, note, t);
    setErrors(invalid);
    if (invalid.reason || invalid.note || !reason) return;
    setServerError(null);
    const submittedAt = Date.now();
    try {
      const { data } = await report({ variables: { input: { targetType, targetId, reason, note: note.trim() || null } } });
      const earlier = data ? isEarlierReport(data.report.createdAt, submittedAt) : false;
      showNotice(t, { color: 'teal', icon: <IconFlag size={18} aria-hidden="true" />, message: t(earlier ? 'report.already' : 'report.done') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.note) setErrors({ note: fields.note });
      else setServerError(errorMessage(e, t));
    }
  };

  const noteRequired = reason === 'OTHER';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t(`report.title.${labelTargetType(targetType, idea)}`)}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t('report.lead')}
          </Text>
          <FormError message={serverError} />
          <Radio.Group
            label={t('report.reason')}
            value={reason}
            onChange={(v) => {
              setReason(v as ReportReason);
              setErrors((prev) => ({ ...prev, reason: undefined }));
            }}
            error={errors.reason}
            withAsterisk
          >
            <Stack gap="sm" mt="xs">
              {REPORT_REASONS.map((r, i) => (
                <Radio
                  key={r}
                  value={r}
                  label={t(`report.reason.${r}`)}
                  description={t(`report.reasonHint.${r}`)}
                  data-autofocus={i === 0 ? true : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t(noteRequired ? 'report.noteRequired' : 'report.note')}
            required={noteRequired}
            description={t('report.noteHelp', { max: MOD_LIMITS.reportNote.toLocaleString('ja-JP') })}
            placeholder={t('report.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            {...growProps(3, 8)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} leftSection={<IconFlag size={16} aria-hidden="true" />}>
              {t('report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
