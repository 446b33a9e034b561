import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, useState } from 'react';
import { CollectionsDocument, CreateCollectionDocument, UpdateCollectionDocument, type CollectionSummaryFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { growProps } from '../common/grow';
import { LIMITS, validateLength, validateTitle } from './validation';

export interface CollectionValues {
  title: string;
  description: string;
}

/** The title and description fields of a まとめ (create and edit, and inside 「まとめに追加」). */
export function CollectionFields({ form, autoFocus }: { form: UseFormReturnType<CollectionValues>; autoFocus?: boolean }) {
  const t = useT();
  return (
    <>
      <TextInput
        label={t('collections.titleLabel')}
        placeholder={t('collections.titlePlaceholder')}
        aria-required
        maxLength={LIMITS.title + 20}
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t('collections.descriptionLabel')}
        description={t('collections.descriptionHelp')}
        {...growProps(3, 10)}
        {...form.getInputProps('description')}
      />
    </>
  );
}

export function useCollectionForm(initial: CollectionValues = { title: '', description: '' }) {
  const t = useT();
  return useForm<CollectionValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      title: (v) => validateTitle(v, t),
      description: (v) => validateLength(v, LIMITS.description, t),
    },
  });
}

/** Create a まとめ, or edit one's title and description (DX office). */
export function CollectionFormModal({
  opened,
  onClose,
  collection,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  /** Edit this one; create a new one when absent. */
  collection?: CollectionSummaryFieldsFragment;
  onSaved?: (saved: CollectionSummaryFieldsFragment) => void;
}) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useCollectionForm();
  const [create, creating] = useMutation(CreateCollectionDocument, { refetchQueries: [CollectionsDocument] });
  const [update, updating] = useMutation(UpdateCollectionDocument);

  useEffect(() => {
    if (!opened) return;
    setServerError(null);
    form.setValues({ title: collection?.title ?? '', description: collection?.description ?? '' });
    form.resetDirty();
    form.clearErrors();
    // Only when the dialog opens: typing must not be overwritten by a refetch.
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSubmit = form.onSubmit(async (v) => {
    setServerError(null);
    const input = { title: v.title.trim(), description: v.description.trim() };
    try {
      const saved = collection
        ? (await update({ variables: { id: collection.id, input } })).data?.updateCollection
        : (await create({ variables: { input } })).data?.createCollection;
      if (saved) onSaved?.(saved);
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      form.setErrors(fields);
      if (!fields.title && !fields.description) setServerError(errorMessage(e, t));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t(collection ? 'collections.editTitle' : 'collections.createTitle')} size="lg">
      <form noValidate onSubmit={onSubmit}>
        <Stack gap="sm">
          <FormError message={serverError} />
          <CollectionFields form={form} autoFocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {t(collection ? 'collections.save' : 'collections.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
