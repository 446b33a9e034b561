import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { CreateAnswerDocument, PostDetailDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useIdempotencyKey } from '../common/idempotency';
import { MarkdownEditor } from '../editor/MarkdownEditor';

export const ANSWER_MAX = 20000;

export function AnswerForm({ postId }: { postId: string }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const [createAnswer, { loading }] = useMutation(CreateAnswerDocument, {
    refetchQueries: [{ query: PostDetailDocument, variables: { id: postId } }],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    if (loading) return;
    const trimmed = body.trim();
    if (!trimmed) {
      setFieldError(t('answer.required'));
      return;
    }
    if (trimmed.length > ANSWER_MAX) {
      setFieldError(t('answer.tooLong', { max: ANSWER_MAX }));
      return;
    }
    setFieldError(null);
    setServerError(null);
    try {
      await createAnswer({ variables: { input: { postId, body: trimmed, idempotencyKey: idempotencyKey() } } });
      renewKey();
      setBody('');
      notifications.show({ color: 'teal', message: t('answer.posted') });
    } catch (e) {
      setServerError(errorMessage(e, t));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="answer-form-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="answer-form-title">
            {t('answer.formTitle')}
          </Title>
          {serverError && (
            <Alert color="red" variant="light" role="alert">
              {serverError}
            </Alert>
          )}
          <MarkdownEditor
            label={t('answer.label')}
            value={body}
            onChange={setBody}
            error={fieldError}
            placeholder={t('answer.placeholder')}
            minRows={6}
            onSubmitShortcut={() => void submit()}
            required
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('answer.shortcut')}
            </Text>
            <Button type="submit" loading={loading} leftSection={<IconSend size={16} aria-hidden="true" />}>
              {t('answer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
