import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, ThemeIcon } from '@mantine/core';
import { IconRosetteDiscountCheck, IconUser } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MarkOfficialAnswerDocument, UnmarkOfficialAnswerDocument, type AnswerModerationFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { useViewer } from '../auth/ViewerContext';
import { growProps } from '../common/grow';
import { Tip } from '../common/Tip';
import { useIdeaThread } from '../post/ideaThread';
import { MOD_LIMITS, tooLong } from './moderationModel';

type OfficialFields = Pick<AnswerModerationFieldsFragment, 'id' | 'official' | 'officialNote' | 'officialSection' | 'officialAt'>;

/** 「公式見解」 above an official answer: the issuing section, the date and the note. */
export function OfficialAnswerNote({ answer }: { answer: OfficialFields }) {
  const t = useT();
  const { locale } = useLocale();
  if (!answer.official) return null;
  const section = answer.officialSection ?? t('official.sectionFallback');
  return (
    <Paper
      p="sm"
      radius="md"
      bg="indigo.0"
      style={{ border: '1px solid var(--mantine-color-indigo-3)' }}
      role="note"
      aria-label={t('official.badge')}
      data-official-answer={answer.id}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="indigo" variant="light" radius="xl" size={34} aria-hidden="true">
          <IconRosetteDiscountCheck size={20} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Badge color="indigo" variant="filled" size="md">
              {t('official.badge')}
            </Badge>
            <Text size="sm" fw={600} c="indigo.9">
              {answer.officialAt ? t('official.by', { section, date: formatDate(answer.officialAt, locale) }) : section}
            </Text>
          </Group>
          {answer.officialNote && (
            <Text size="sm" c="gray.9" style={{ whiteSpace: 'pre-wrap' }}>
              {answer.officialNote}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The discreet 「個人の意見です」 on every answer that is not an official view. */
export function PersonalOpinionLabel({ answer }: { answer: Pick<OfficialFields, 'official'> }) {
  const t = useT();
  const idea = useIdeaThread();
  if (answer.official) return null;
  return (
    <Tip label={t(idea ? 'idea.official.personalHint' : 'official.personalHint')} multiline>
      <Text span size="xs" c="gray.7" tabIndex={0} style={{ whiteSpace: 'nowrap' }} data-personal-opinion>
        <IconUser size={12} aria-hidden="true" style={{ verticalAlign: '-1px', marginRight: 2 }} />
        {t('official.personal')}
      </Text>
    </Tip>
  );
}

/** 公式見解にする: an optional note; the section is the marker's own, recorded by the server. */
export function MarkOfficialDialog({ answerId, opened, onClose }: { answerId: string; opened: boolean; onClose: () => void }) {
  const t = useT();
  const idea = useIdeaThread();
  const viewer = useViewer();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [mark, { loading }] = useMutation(MarkOfficialAnswerDocument);
  useEffect(() => {
    if (!opened) return;
    setNote('');
    setError(null);
    setServerError(null);
  }, [opened]);

  const submit = async () => {
    const invalid = tooLong(note, MOD_LIMITS.officialNote, t);
    setError(invalid);
    if (invalid) return;
    try {
      await mark({ variables: { answerId, note: note.trim() || null } });
      showNotice(t, { color: 'teal', message: t('official.done') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.note) setError(fields.note);
      else setServerError(errorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('official.markTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t(idea ? 'idea.official.markLead' : 'official.markLead', { section: viewer?.department?.path ?? t('official.sectionFallback') })}
          </Text>
          <FormError message={serverError} />
          <Textarea
            label={t('official.note')}
            description={t(idea ? 'idea.official.noteHelp' : 'official.noteHelp', { max: MOD_LIMITS.officialNote })}
            placeholder={t('official.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error}
            {...growProps(2)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="indigo" loading={loading} leftSection={<IconRosetteDiscountCheck size={16} aria-hidden="true" />}>
              {t('official.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** 公式見解を取り下げる, after a confirmation. */
export function UnmarkOfficialDialog({ answerId, opened, onClose }: { answerId: string; opened: boolean; onClose: () => void }) {
  const t = useT();
  const idea = useIdeaThread();
  const [unmark, { loading }] = useMutation(UnmarkOfficialAnswerDocument);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('official.unmarkTitle')}
      confirmLabel={t('mod.unmarkOfficial')}
      color="indigo"
      loading={loading}
      error={error}
      onConfirm={() => {
        void unmark({ variables: { answerId } })
          .then(() => {
            showNotice(t, { color: 'teal', message: t('official.unmarkDone') });
            onClose();
          })
          .catch((e: unknown) => setError(errorMessage(e, t)));
      }}
    >
      <Text size="sm">{t(idea ? 'idea.official.unmarkLead' : 'official.unmarkLead')}</Text>
    </ConfirmDialog>
  );
}
