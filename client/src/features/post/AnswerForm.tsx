import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { CreateAnswerDocument, PostDetailDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useIdempotencyKey } from '../common/idempotency';
import { useAnswerFormExtras } from '../drafts/useAnswerFormExtras';
import { MarkdownEditor } from '../editor/MarkdownEditor';
import type { PostKind } from '../../gql/graphql';

export const ANSWER_MAX = 20000;

export function AnswerForm({ postId, kind = 'QUESTION' }: { postId: string; kind?: PostKind }) {
  const t = useT();
  // On an idea, an answer is a 「コメント」.
  const idea = kind === 'IDEA';
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const [createAnswer, { loading }] = useMutation(CreateAnswerDocument, {
    refetchQueries: [{ query: PostDetailDocument, variables: { id: postId } }],
    awaitRefetchQueries: true,
  });
  // The answer draft (autosave, restore), the personal-information warning and confirmation, the guidelines (#13).
  const extras = useAnswerFormExtras({ postId, body, setBody, onError: (e) => setServerError(errorMessage(e, t)) });

  const submit = async () => {
    if (loading) return;
    const trimmed = body.trim();
    if (!trimmed) {
      setFieldError(t(idea ? 'idea.required' : 'answer.required'));
      return;
    }
    if (trimmed.length > ANSWER_MAX) {
      setFieldError(t(idea ? 'idea.tooLong' : 'answer.tooLong', { max: ANSWER_MAX }));
      return;
    }
    setFieldError(null);
    setServerError(null);
    await extras.submit(trimmed, async (acknowledgeWarnings) => {
      await createAnswer({
        variables: { input: { postId, body: trimmed, idempotencyKey: idempotencyKey(), ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}) } },
      });
      renewKey();
      setBody('');
      notifications.show({ color: 'teal', message: t(idea ? 'idea.posted' : 'answer.posted') });
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="answer-form-title">
      <form onSubmit={onSubmit} noValidate onFocus={extras.onFocus} onBlur={extras.onBlur} id="answer-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="answer-form-title">
            {t(idea ? 'idea.formTitle' : 'answer.formTitle')}
          </Title>
          {extras.before}
          {serverError && (
            <Alert color="red" variant="light" role="alert">
              {serverError}
            </Alert>
          )}
          <MarkdownEditor
            label={t(idea ? 'idea.formLabel' : 'answer.label')}
            value={body}
            onChange={setBody}
            error={fieldError}
            placeholder={t(idea ? 'idea.formPlaceholder' : 'answer.placeholder')}
            minRows={6}
            onSubmitShortcut={() => void submit()}
            required
          />
          {extras.notice}
          <Group justify="space-between">
            <Group gap="md" wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('answer.shortcut')}
              </Text>
              {extras.guidelinesLink}
              {extras.footer}
            </Group>
            <Button type="submit" loading={loading} leftSection={<IconSend size={16} aria-hidden="true" />}>
              {t(idea ? 'idea.submit' : 'answer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
