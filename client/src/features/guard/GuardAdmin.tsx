import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { GuardRulesDocument, PostingGuidelinesDocument, UpdateGuardWordsDocument, UpdatePostingGuidelinesDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { growProps } from '../common/grow';
import { ErrorState } from '../common/States';
import { MarkdownEditor } from '../editor/MarkdownEditor';

function GuidelinesEditor() {
  const t = useT();
  const { data, error, refetch } = useQuery(PostingGuidelinesDocument, { fetchPolicy: 'cache-and-network' });
  const [body, setBody] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdatePostingGuidelinesDocument, {
    update(cache, result) {
      if (result.data) cache.writeQuery({ query: PostingGuidelinesDocument, data: { postingGuidelines: result.data.updatePostingGuidelines } });
    },
  });
  const g = data?.postingGuidelines;
  useEffect(() => {
    if (g && body === null) setBody(g.body);
  }, [g, body]);
  if (error && !g) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const submit = async () => {
    setSaveError(null);
    try {
      await save({ variables: { body: body ?? '' } });
      showNotice(t, { color: 'teal', message: t('guardAdmin.guidelinesSaved') });
    } catch (e) {
      setSaveError(errorMessage(e, t));
    }
  };
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4">
            {t('guardAdmin.guidelinesTitle')}
          </Title>
          <Anchor component={Link} to="/guidelines" size="sm">
            /guidelines
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          {t('guardAdmin.guidelinesLead')}
          {g && !g.updatedAt ? ` ${t('guardAdmin.guidelinesDefault')}` : ''}
        </Text>
        {body === null ? (
          <Skeleton height={240} />
        ) : (
          <MarkdownEditor label={t('guardAdmin.guidelinesBody')} value={body} onChange={setBody} minRows={14} onSubmitShortcut={() => void submit()} required />
        )}
        <FormError message={saveError} />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={loading} disabled={body === null}>
            {t('guardAdmin.guidelinesSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function WordsEditor() {
  const t = useT();
  const { data, error, refetch } = useQuery(GuardRulesDocument, { fetchPolicy: 'cache-and-network' });
  const [text, setText] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateGuardWordsDocument, {
    update(cache, result) {
      if (result.data) cache.writeQuery({ query: GuardRulesDocument, data: { guardRules: result.data.updateGuardWords } });
    },
  });
  const rules = data?.guardRules;
  useEffect(() => {
    if (rules && text === null) setText(rules.words.join('\n'));
  }, [rules, text]);
  if (error && !rules) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const submit = async () => {
    setSaveError(null);
    try {
      const result = await save({ variables: { words: (text ?? '').split('\n') } });
      if (result.data) setText(result.data.updateGuardWords.words.join('\n'));
      showNotice(t, { color: 'teal', message: t('guardAdmin.wordsSaved') });
    } catch (e) {
      setSaveError(errorMessage(e, t));
    }
  };
  const domains = rules?.staffEmailDomains.length ? rules.staffEmailDomains.join(', ') : t('guardAdmin.domainsNone');
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('guardAdmin.wordsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('guardAdmin.wordsLead')}
        </Text>
        {text === null ? (
          <Skeleton height={160} />
        ) : (
          <Textarea label={t('guardAdmin.words')} value={text} onChange={(e) => setText(e.currentTarget.value)} {...growProps(6, 16)} />
        )}
        <Text size="sm">{t('guardAdmin.domains', { domains })}</Text>
        <Text size="xs" c="dimmed">
          {t('guardAdmin.domainsHelp')}
        </Text>
        <FormError message={saveError} />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={loading} disabled={text === null}>
            {t('guardAdmin.wordsSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** DX推進 › 投稿ガイドライン: the guidelines and the guard's word list (`guard.edit`). */
export function GuardAdmin() {
  return (
    <Stack gap="lg">
      <GuidelinesEditor />
      <WordsEditor />
    </Stack>
  );
}
