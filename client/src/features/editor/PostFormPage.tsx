import { useMutation, useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { CreatePostDocument, PostForEditDocument, UpdatePostDocument, type CaseDetailsInput, type PostKind } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { KindBadge } from '../common/Badges';
import { useIdempotencyKey } from '../common/idempotency';
import { NotFoundState } from '../common/NotFoundPage';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { usePostFormExtras } from '../drafts/usePostFormExtras';
import { PostForm } from './PostForm';
import type { PostFormValues } from './validation';

const TITLES: Record<PostKind, MessageKey> = { QUESTION: 'form.newQuestion', CASE: 'form.newCase', IDEA: 'form.newIdea' };
const LEADS: Record<PostKind, MessageKey> = { QUESTION: 'form.newQuestionLead', CASE: 'form.newCaseLead', IDEA: 'form.newIdeaLead' };

function caseDetailsInput(values: PostFormValues): CaseDetailsInput {
  const hours = values.hoursSavedPerYear;
  return {
    problem: values.problem.trim(),
    solution: values.solution.trim(),
    effect: values.effect.trim(),
    hoursSavedPerYear: typeof hours === 'number' && Number.isFinite(hours) ? hours : null,
    tools: values.tools.map((s) => s.trim()).filter(Boolean),
  };
}

function FormShell({ kind, title, lead, children }: { kind: PostKind; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <Stack gap="md" maw={860} mx="auto">
      <div>
        <KindBadge kind={kind} />
        <Title order={1} size="h2" mt="xs">
          {title}
        </Title>
        {lead && (
          <Text c="dimmed" mt={4}>
            {lead}
          </Text>
        )}
      </div>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        {children}
      </Paper>
    </Stack>
  );
}

export function NewPostPage({ kind }: { kind: PostKind }) {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t(TITLES[kind]));
  const [serverError, setServerError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [createPost, { loading }] = useMutation(CreatePostDocument);
  // One key per new post: a double-clicked 投稿 or a retry creates one post.
  const [idempotencyKey] = useIdempotencyKey();
  // 「この内容で質問する」 from a search without results: the query becomes the title.
  const [params] = useSearchParams();
  const prefillTitle = (params.get('title') ?? '').trim().slice(0, 120);
  const prefill = prefillTitle ? { title: prefillTitle } : undefined;
  // Drafts (autosave, restore), the personal-information warning and confirmation, the guidelines (#13).
  const extras = usePostFormExtras({
    kind,
    mode: 'create',
    initialValues: prefill,
    onError: (e) => {
      setServerError(errorMessage(e, t));
      setServerFields(fieldErrors(e));
    },
  });

  const onSubmit = async (values: PostFormValues) => {
    setServerError(null);
    setServerFields({});
    await extras.submit(values, async (acknowledgeWarnings, draftId) => {
      const result = await createPost({
        variables: {
          input: {
            kind,
            title: values.title.trim(),
            body: values.body.trim(),
            tags: values.tags,
            idempotencyKey: idempotencyKey(),
            ...(kind === 'QUESTION' ? { anonymous: values.anonymous } : {}),
            ...(kind === 'CASE' ? { caseDetails: caseDetailsInput(values) } : {}),
            ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}),
            ...(draftId ? { draftId } : {}),
          },
        },
        update(cache) {
          cache.evict({ fieldName: 'posts' });
          cache.evict({ fieldName: 'drafts' });
          cache.gc();
        },
      });
      const id = result.data?.createPost.id;
      notifications.show({ color: 'teal', message: t('form.created') });
      if (id) void navigate(`/posts/${id}`);
    });
  };

  return (
    <FormShell kind={kind} title={t(TITLES[kind])} lead={t(LEADS[kind])}>
      {extras.before}
      <PostForm
        key={`${kind}:${extras.formKey}`}
        kind={kind}
        mode="create"
        initialValues={extras.restoredValues ?? prefill}
        onSubmit={onSubmit}
        onCancel={() => navigate(-1)}
        submitting={loading}
        serverError={serverError}
        serverFieldErrors={serverFields}
        {...extras.formProps}
      />
    </FormShell>
  );
}

export function EditPostPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  useDocumentTitle(t('form.edit'));
  const [serverError, setServerError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const { data, loading, error, refetch } = useQuery(PostForEditDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const [updatePost, { loading: saving }] = useMutation(UpdatePostDocument);
  const loaded = data?.post;
  const initialValues: Partial<PostFormValues> | undefined = loaded
    ? {
        title: loaded.title,
        body: loaded.body,
        tags: loaded.tags.map((tag) => tag.name),
        anonymous: loaded.anonymous,
        problem: loaded.caseDetails?.problem ?? '',
        solution: loaded.caseDetails?.solution ?? '',
        effect: loaded.caseDetails?.effect ?? '',
        hoursSavedPerYear: loaded.caseDetails?.hoursSavedPerYear ?? '',
        tools: loaded.caseDetails?.tools ?? [],
      }
    : undefined;
  // The personal-information warning and confirmation for the changed text, the guidelines link (#13).
  const extras = usePostFormExtras({
    kind: loaded?.kind ?? 'QUESTION',
    mode: 'edit',
    initialValues,
    onError: (e) => {
      setServerError(errorMessage(e, t));
      setServerFields(fieldErrors(e));
    },
  });

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const post = data?.post;
  if (!post) return <NotFoundState title={t('post.notFound')} body={t('post.notFoundHint')} />;
  if (!post.viewerCanEdit) return <ErrorState error={new Error(t('form.forbidden'))} />;

  const onSubmit = async (values: PostFormValues) => {
    setServerError(null);
    setServerFields({});
    await extras.submit(values, async (acknowledgeWarnings) => {
      await updatePost({
        variables: {
          input: {
            id: post.id,
            title: values.title.trim(),
            body: values.body.trim(),
            tags: values.tags,
            ...(post.kind === 'CASE' ? { caseDetails: caseDetailsInput(values) } : {}),
            ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}),
          },
        },
      });
      notifications.show({ color: 'teal', message: t('form.updated') });
      void navigate(`/posts/${post.id}`);
    });
  };

  return (
    <FormShell kind={post.kind} title={t('form.edit')}>
      {extras.before}
      <PostForm
        key={post.id}
        kind={post.kind}
        mode="edit"
        initialValues={initialValues}
        onSubmit={onSubmit}
        onCancel={() => navigate(`/posts/${post.id}`)}
        submitting={saving}
        serverError={serverError}
        serverFieldErrors={serverFields}
        {...extras.formProps}
      />
    </FormShell>
  );
}
