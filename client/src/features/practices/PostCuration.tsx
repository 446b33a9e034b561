import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, Textarea, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAward, IconAwardOff, IconFolder, IconFolderPlus, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  AddToCollectionDocument,
  CollectionsDocument,
  CreateCollectionDocument,
  FeaturePostDocument,
  UnfeaturePostDocument,
  type PostPracticesFieldsFragment,
} from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { useCan } from '../auth/permissions';
import { growProps } from '../common/grow';
import { CollectionFields, useCollectionForm } from './CollectionFormModal';
import { LIMITS, validateLength } from './validation';

type CurationPost = Pick<PostPracticesFieldsFragment, 'id' | 'featured' | 'featuredNote' | 'featuredAt' | 'collections'>;

/** 「優良事例」 with the DX office's note, on the post page of a featured post. */
export function FeaturedNotice({ post }: { post: CurationPost }) {
  const t = useT();
  const { locale } = useLocale();
  if (!post.featured) return null;
  return (
    <Paper p="sm" radius="md" bg="orange.0" style={{ border: '1px solid var(--mantine-color-orange-3)' }} role="note" aria-label={t('practices.featured')}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="orange" variant="light" radius="xl" size={34} aria-hidden="true">
          <IconAward size={20} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} c="orange.9" size="sm">
            {t('practices.featuredTitle')}
          </Text>
          {post.featuredNote && (
            <Text size="sm" c="gray.9" style={{ whiteSpace: 'pre-wrap' }}>
              {post.featuredNote}
            </Text>
          )}
          {post.featuredAt && (
            <Text size="xs" c="dimmed">
              {t('practices.featuredAt', { date: formatDate(post.featuredAt, locale) })}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The まとめ this post is in, as links. */
export function PostCollections({ collections }: { collections: readonly { id: string; title: string }[] }) {
  const t = useT();
  if (collections.length === 0) return null;
  return (
    <Group gap={6} align="center" wrap="wrap">
      <Text size="sm" c="dimmed" fw={600} id="post-collections-label">
        {t('practices.inCollections')}
      </Text>
      <Group gap="xs" component="ul" className="plain-list" aria-labelledby="post-collections-label" style={{ minWidth: 0 }}>
        {collections.map((c) => (
          <li key={c.id} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/collections/${c.id}`} size="sm" fw={600}>
              <IconFolder size={16} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
              {c.title}
            </Anchor>
          </li>
        ))}
      </Group>
    </Group>
  );
}

/** The feed's lists are filtered by 優良事例; drop them so they are fetched again when shown. */
function useForgetFeeds() {
  const client = useApolloClient();
  return () => {
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'posts' });
    client.cache.gc();
  };
}

function FeatureDialog({ post, opened, onClose }: { post: CurationPost; opened: boolean; onClose: () => void }) {
  const t = useT();
  const forgetFeeds = useForgetFeeds();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [feature, { loading }] = useMutation(FeaturePostDocument);

  useEffect(() => {
    if (!opened) return;
    setNote(post.featuredNote ?? '');
    setNoteError(null);
    setServerError(null);
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async () => {
    const invalid = validateLength(note, LIMITS.featuredNote, t);
    setNoteError(invalid);
    if (invalid) return;
    setServerError(null);
    try {
      await feature({ variables: { postId: post.id, note: note.trim() || null } });
      if (!post.featured) forgetFeeds();
      showNotice(t, { color: 'teal', message: t(post.featured ? 'practices.noteSaved' : 'practices.featuredDone') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.note) setNoteError(fields.note);
      else setServerError(errorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(post.featured ? 'practices.editNoteTitle' : 'practices.featureTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          {!post.featured && <Text size="sm">{t('practices.featureExplain')}</Text>}
          <FormError message={serverError} />
          <Textarea
            label={t('practices.note')}
            description={t('practices.noteHelp', { max: LIMITS.featuredNote })}
            placeholder={t('practices.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={noteError}
            {...growProps(2)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color={post.featured ? undefined : 'orange'} loading={loading} leftSection={<IconAward size={16} aria-hidden="true" />}>
              {t(post.featured ? 'practices.saveNote' : 'practices.feature')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const NEW = 'new';

function AddToCollectionDialog({ post, opened, onClose }: { post: CurationPost; opened: boolean; onClose: () => void }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(CollectionsDocument, { skip: !opened, fetchPolicy: 'cache-and-network' });
  const collections = data?.collections ?? [];
  const [mode, setMode] = useState<'existing' | typeof NEW>('existing');
  const [selected, setSelected] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useCollectionForm();
  const [create, creating] = useMutation(CreateCollectionDocument);
  const [add, adding] = useMutation(AddToCollectionDocument, { refetchQueries: ['PostDetail', CollectionsDocument], awaitRefetchQueries: true });
  const inIds = new Set(post.collections.map((c) => c.id));
  const available = collections.filter((c) => !inIds.has(c.id));
  const noneYet = !!data && available.length === 0;
  const effectiveMode = noneYet ? NEW : mode;

  useEffect(() => {
    if (!opened) return;
    setMode('existing');
    setSelected(null);
    setSelectError(null);
    setServerError(null);
    form.reset();
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async () => {
    setServerError(null);
    let target: { id: string; title: string } | undefined;
    try {
      if (effectiveMode === NEW) {
        if (form.validate().hasErrors) return;
        const created = await create({ variables: { input: { title: form.values.title.trim(), description: form.values.description.trim() } } });
        target = created.data?.createCollection;
      } else {
        target = collections.find((c) => c.id === selected);
        if (!target) return setSelectError(t('practices.chooseCollection'));
      }
      if (!target) return;
      await add({ variables: { collectionId: target.id, postId: post.id } });
      showNotice(t, { color: 'teal', message: t('practices.added', { title: target.title }) });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      form.setErrors(fields);
      if (!fields.title && !fields.description) setServerError(errorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('practices.addToCollection')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          {error && !data ? (
            <Alert color="red" variant="light" role="alert">
              <Group gap="sm" justify="space-between">
                <Text size="sm">{errorMessage(error, t)}</Text>
                <Button size="xs" variant="white" color="red" onClick={() => void refetch()}>
                  {t('error.retry')}
                </Button>
              </Group>
            </Alert>
          ) : noneYet ? (
            <Text size="sm" c="dimmed">
              {t(collections.length === 0 ? 'practices.noCollectionsYet' : 'practices.inAllCollections')}
            </Text>
          ) : (
            <SegmentedControl
              value={mode}
              onChange={(v) => setMode(v as typeof mode)}
              aria-label={t('practices.addMode')}
              data={[
                { value: 'existing', label: t('practices.addExisting') },
                { value: NEW, label: t('practices.addNew') },
              ]}
            />
          )}
          <FormError message={serverError} />
          {effectiveMode === 'existing' ? (
            <Select
              label={t('practices.collection')}
              placeholder={loading && !data ? t('common.loading') : t('practices.collectionPlaceholder')}
              data={available.map((c) => ({ value: c.id, label: t('practices.collectionOption', { title: c.title, n: c.postCount }) }))}
              value={selected}
              onChange={(v) => {
                setSelected(v);
                setSelectError(null);
              }}
              error={selectError}
              searchable
              nothingFoundMessage={t('practices.noMatchingCollection')}
              disabled={loading && !data}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
          ) : (
            <CollectionFields form={form} autoFocus />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || adding.loading} leftSection={<IconFolderPlus size={16} aria-hidden="true" />}>
              {t(effectiveMode === NEW ? 'practices.createAndAdd' : 'practices.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** DX office: 優良事例にする／外す (with a note) and まとめに追加, on the post page. */
export function CurationActions({ post }: { post: CurationPost }) {
  const t = useT();
  const canCurate = useCan('practices.curate');
  const forgetFeeds = useForgetFeeds();
  const [featureOpen, featureDialog] = useDisclosure(false);
  const [unfeatureOpen, unfeatureDialog] = useDisclosure(false);
  const [addOpen, addDialog] = useDisclosure(false);
  const [unfeature, unfeaturing] = useMutation(UnfeaturePostDocument);
  if (!canCurate) return null;

  const onUnfeature = async () => {
    try {
      await unfeature({ variables: { postId: post.id } });
      forgetFeeds();
      unfeatureDialog.close();
      showNotice(t, { color: 'teal', message: t('practices.unfeaturedDone') });
    } catch {
      // shown in the dialog
    }
  };

  return (
    <Paper withBorder p="xs" radius="md" bg="gray.0" component="section" aria-labelledby="curation-title">
      <Group gap="xs" wrap="wrap" align="center">
        <Text size="xs" fw={700} c="gray.8" id="curation-title" mr={4}>
          {t('practices.curation')}
        </Text>
        {post.featured ? (
          <>
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden="true" />} onClick={featureDialog.open}>
              {t('practices.editNote')}
            </Button>
            <Button size="xs" variant="default" c="red.9" leftSection={<IconAwardOff size={14} aria-hidden="true" />} onClick={unfeatureDialog.open}>
              {t('practices.unfeature')}
            </Button>
          </>
        ) : (
          <Button size="xs" color="orange" leftSection={<IconAward size={14} aria-hidden="true" />} onClick={featureDialog.open}>
            {t('practices.feature')}
          </Button>
        )}
        <Button size="xs" variant="default" leftSection={<IconFolderPlus size={14} aria-hidden="true" />} onClick={addDialog.open}>
          {t('practices.addToCollection')}
        </Button>
      </Group>
      <FeatureDialog post={post} opened={featureOpen} onClose={featureDialog.close} />
      <AddToCollectionDialog post={post} opened={addOpen} onClose={addDialog.close} />
      <ConfirmDialog
        opened={unfeatureOpen}
        title={t('practices.unfeatureTitle')}
        confirmLabel={t('practices.unfeature')}
        loading={unfeaturing.loading}
        error={unfeaturing.error ? errorMessage(unfeaturing.error, t) : null}
        onConfirm={() => void onUnfeature()}
        onClose={() => {
          unfeaturing.reset();
          unfeatureDialog.close();
        }}
      >
        <Text size="sm">{t('practices.unfeatureBody')}</Text>
      </ConfirmDialog>
    </Paper>
  );
}
