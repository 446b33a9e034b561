import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Autocomplete, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowMerge, IconCursorText, IconHistory, IconHistoryOff, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MergeTagsDocument, RenameTagDocument, TagSuggestionsDocument, UpdateTagDocument, type TagDetailFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { growProps } from '../common/grow';
import { MOD_LIMITS, requiredText, tooLong } from '../moderation/moderationModel';
import { tagPath } from './tagPath';
import type { ReactNode } from 'react';

type Dialog = 'description' | 'changed' | 'clearChanged' | 'rename' | 'merge' | null;

/** Lists and pages that show tags: the feed, search, tag suggestions, other tag pages. */
function useForgetTags() {
  const client = useApolloClient();
  return () => {
    for (const fieldName of ['posts', 'search', 'tags', 'tag', 'experts']) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
    client.cache.gc();
  };
}

function Form({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="md">{children}</Stack>
    </form>
  );
}

function Actions({ onCancel, submit }: { onCancel: () => void; submit: ReactNode }) {
  const t = useT();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('form.cancel')}
      </Button>
      {submit}
    </Group>
  );
}

function DescriptionDialog({ tag, opened, onClose }: { tag: TagDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateTagDocument);
  useEffect(() => {
    if (!opened) return;
    setDescription(tag.description ?? '');
    setError(null);
    setServerError(null);
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async () => {
    const invalid = tooLong(description, MOD_LIMITS.tagDescription, t);
    setError(invalid);
    if (invalid) return;
    try {
      await update({ variables: { input: { name: tag.name, description: description.trim() || null } } });
      showNotice(t, { color: 'teal', message: t('tag.saved') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.description) setError(fields.description);
      else setServerError(errorMessage(e, t));
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('tag.descriptionTitle', { name: tag.name })}
      size="lg"
    >
      <Form onSubmit={() => void submit()}>
        <FormError message={serverError} />
        <Textarea
          label={t('tag.description')}
          description={t('tag.descriptionHelp', { max: MOD_LIMITS.tagDescription.toLocaleString('ja-JP') })}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={error}
          {...growProps(4, 12)}
          data-autofocus
        />
        <Actions
          onCancel={onClose}
          submit={
            <Button type="submit" loading={loading}>
              {t('tag.save')}
            </Button>
          }
        />
      </Form>
    </Modal>
  );
}

function ChangedDialog({ tag, opened, onClose }: { tag: TagDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateTagDocument, { refetchQueries: ['ReviewCount', 'ContentReviewQueue'] });
  useEffect(() => {
    if (!opened) return;
    setNote('');
    setError(null);
    setServerError(null);
  }, [opened]);

  const submit = async () => {
    const invalid = requiredText(note, MOD_LIMITS.changedNote, t('tag.v.changedNote'), t);
    setError(invalid);
    if (invalid) return;
    try {
      // The description goes along: updateTag sets the description it is given.
      await update({ variables: { input: { name: tag.name, description: tag.description, markChanged: true, changedNote: note.trim() } } });
      showNotice(t, { color: 'teal', message: t('tag.markedChanged') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.changedNote) setError(fields.changedNote);
      else setServerError(errorMessage(e, t));
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('tag.markChangedTitle', { name: tag.name })}
      size="lg"
    >
      <Form onSubmit={() => void submit()}>
        <Text size="sm" c="gray.8">
          {t('tag.markChangedLead')}
        </Text>
        <FormError message={serverError} />
        <TextInput
          label={t('tag.changedNote')}
          withAsterisk
          description={t('tag.changedNoteHelp', { max: MOD_LIMITS.changedNote })}
          placeholder={t('tag.changedNotePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Actions
          onCancel={onClose}
          submit={
            <Button type="submit" color="grape" loading={loading} leftSection={<IconHistory size={16} aria-hidden="true" />}>
              {t('tag.markChangedSubmit')}
            </Button>
          }
        />
      </Form>
    </Modal>
  );
}

function ClearChangedDialog({ tag, opened, onClose }: { tag: TagDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateTagDocument, { refetchQueries: ['ReviewCount', 'ContentReviewQueue'] });
  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('tag.clearChangedTitle')}
      confirmLabel={t('tag.clearChanged')}
      color="grape"
      loading={loading}
      error={error}
      onConfirm={() => {
        void update({ variables: { input: { name: tag.name, description: tag.description, markChanged: false } } })
          .then(() => {
            showNotice(t, { color: 'teal', message: t('tag.clearedChanged') });
            onClose();
          })
          .catch((e: unknown) => setError(errorMessage(e, t)));
      }}
    >
      <Text size="sm">{t('tag.clearChangedLead')}</Text>
    </ConfirmDialog>
  );
}

function RenameDialog({ tag, opened, onClose }: { tag: TagDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const forgetTags = useForgetTags();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameTagDocument);
  useEffect(() => {
    if (!opened) return;
    setName(tag.name);
    setError(null);
    setServerError(null);
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async () => {
    const next = name.trim();
    let invalid = requiredText(next, MOD_LIMITS.tag, t('tag.v.name'), t);
    if (!invalid && next === tag.name) invalid = t('tag.v.same');
    setError(invalid);
    if (invalid) return;
    try {
      const { data } = await rename({ variables: { from: tag.name, to: next } });
      const renamed = data?.renameTag.name ?? next;
      forgetTags();
      showNotice(t, { color: 'teal', message: t('tag.renamed', { name: renamed }) });
      onClose();
      void navigate(tagPath(renamed), { replace: true });
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.to) setError(fields.to);
      else setServerError(errorMessage(e, t));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('tag.renameTitle', { name: tag.name })}>
      <Form onSubmit={() => void submit()}>
        <Text size="sm" c="gray.8">
          {t('tag.renameLead', { n: tag.postCount })}
        </Text>
        <FormError message={serverError} />
        <TextInput label={t('tag.newName')} withAsterisk value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus />
        <Actions
          onCancel={onClose}
          submit={
            <Button type="submit" loading={loading} leftSection={<IconCursorText size={16} aria-hidden="true" />}>
              {t('tag.renameSubmit')}
            </Button>
          }
        />
      </Form>
    </Modal>
  );
}

function MergeDialog({ tag, opened, onClose }: { tag: TagDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const forgetTags = useForgetTags();
  const [into, setInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [prefix] = useDebouncedValue(into.trim(), 200);
  const { data } = useQuery(TagSuggestionsDocument, { variables: { prefix, first: 10 }, skip: !opened || !prefix, errorPolicy: 'ignore' });
  const [merge, { loading }] = useMutation(MergeTagsDocument);
  useEffect(() => {
    if (!opened) return;
    setInto('');
    setConfirming(false);
    setError(null);
    setServerError(null);
  }, [opened]);

  const options = (data?.tags ?? []).filter((o) => o.name.toLowerCase() !== tag.name.toLowerCase());
  const target = options.find((o) => o.name.toLowerCase() === into.trim().toLowerCase()) ?? null;

  const next = () => {
    if (!into.trim()) return setError(t('tag.v.into'));
    if (into.trim().toLowerCase() === tag.name.toLowerCase()) return setError(t('tag.v.intoSame'));
    if (!target) return setError(t('tag.v.into'));
    setError(null);
    setConfirming(true);
  };

  const submit = async () => {
    if (!target) return;
    setServerError(null);
    try {
      const { data: merged } = await merge({ variables: { from: tag.name, into: target.name } });
      const name = merged?.mergeTags.name ?? target.name;
      forgetTags();
      showNotice(t, { color: 'teal', message: t('tag.merged', { from: tag.name, into: name }) });
      onClose();
      void navigate(tagPath(name), { replace: true });
    } catch (e) {
      setServerError(errorMessage(e, t));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t(confirming ? 'tag.mergeConfirmTitle' : 'tag.mergeTitle', { name: tag.name })}
      size="lg"
    >
      {confirming && target ? (
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconArrowMerge size={18} aria-hidden="true" />}>
            <Text size="sm">{t('tag.mergeConfirm', { from: tag.name, into: target.name, n: tag.postCount })}</Text>
          </Alert>
          <FormError message={serverError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('tag.back2')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void submit()} leftSection={<IconArrowMerge size={16} aria-hidden="true" />}>
              {t('tag.mergeSubmit', { n: tag.postCount })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Form onSubmit={next}>
          <Text size="sm" c="gray.8">
            {t('tag.mergeLead')}
          </Text>
          <Autocomplete
            label={t('tag.mergeInto')}
            withAsterisk
            placeholder={t('tag.mergeIntoPlaceholder')}
            value={into}
            onChange={(v) => {
              setInto(v);
              setError(null);
            }}
            data={options.map((o) => ({ value: o.name, label: t('tag.mergeIntoOption', { name: o.name, n: o.postCount }) }))}
            filter={({ options: all }) => all}
            error={error}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <Actions
            onCancel={onClose}
            submit={
              <Button type="submit" color="red" variant="light">
                {t('tag.mergeNext')}
              </Button>
            }
          />
        </Form>
      )}
    </Modal>
  );
}

/** The DX office's tools on a tag page: describe, record a change (法改正など), rename, merge. */
export function TagAdmin({ tag }: { tag: TagDetailFieldsFragment }) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" component="section" aria-labelledby="tag-admin-title">
      <Stack gap="xs">
        <Text size="sm" fw={700} id="tag-admin-title" c="gray.9">
          {t('tag.manage')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden="true" />} onClick={() => setDialog('description')}>
            {t(tag.description ? 'tag.editDescription' : 'tag.writeDescription')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconHistory size={14} aria-hidden="true" />} onClick={() => setDialog('changed')}>
            {t('tag.markChanged')}
          </Button>
          {tag.changedAt && (
            <Button size="xs" variant="default" leftSection={<IconHistoryOff size={14} aria-hidden="true" />} onClick={() => setDialog('clearChanged')}>
              {t('tag.clearChanged')}
            </Button>
          )}
          <Button size="xs" variant="default" leftSection={<IconCursorText size={14} aria-hidden="true" />} onClick={() => setDialog('rename')}>
            {t('tag.rename')}
          </Button>
          <Button size="xs" variant="default" c="red.8" leftSection={<IconArrowMerge size={14} aria-hidden="true" />} onClick={() => setDialog('merge')}>
            {t('tag.merge')}
          </Button>
        </Group>
      </Stack>
      <DescriptionDialog tag={tag} opened={dialog === 'description'} onClose={close} />
      <ChangedDialog tag={tag} opened={dialog === 'changed'} onClose={close} />
      <ClearChangedDialog tag={tag} opened={dialog === 'clearChanged'} onClose={close} />
      <RenameDialog tag={tag} opened={dialog === 'rename'} onClose={close} />
      <MergeDialog tag={tag} opened={dialog === 'merge'} onClose={close} />
    </Paper>
  );
}
