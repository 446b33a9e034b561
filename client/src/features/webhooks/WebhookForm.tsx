import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, PasswordInput, Radio, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBrandSlack, IconBrandTeams, IconJson } from '@tabler/icons-react';
import { useState } from 'react';
import {
  CreateWebhookDocument,
  TagSuggestionsDocument,
  UpdateWebhookDocument,
  WebhooksDocument,
  type WebhookFieldsFragment,
  type WebhookFormat,
} from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { TagsField } from '../editor/TagsField';
import {
  formatHelp,
  formatLabel,
  initialValues,
  POST_KINDS,
  TAGS_MAX,
  toInput,
  validateName,
  validateSecret,
  validateUrl,
  WEBHOOK_FORMATS,
  type WebhookFormValues,
} from './webhookModel';
import classes from './webhooks.module.css';

const FORMAT_ICON: Record<WebhookFormat, typeof IconJson> = { TEAMS: IconBrandTeams, SLACK: IconBrandSlack, GENERIC: IconJson };

function TagFilter({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [prefix] = useDebouncedValue(search.trim(), 200);
  const { data } = useQuery(TagSuggestionsDocument, { variables: { prefix: prefix || null, first: 10 }, fetchPolicy: 'cache-first' });
  return (
    <TagsField
      label={t('webhooks.tags')}
      description={t('webhooks.tagsHelp')}
      placeholder={value.length < TAGS_MAX ? t('webhooks.tagsPlaceholder') : undefined}
      data={(data?.tags ?? []).map((tag) => tag.name)}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      maxTags={TAGS_MAX}
    />
  );
}

/**
 * Create or edit a webhook: name, URL (only hosts on the server's WEBHOOK_ALLOWED_HOSTS; a
 * refusal shows under the URL), the format with a word on each, filters by tag and kind (none:
 * every new post), the signing secret for 汎用 JSON (never shown back; leave empty to keep it),
 * and whether it is on.
 */
export function WebhookForm({
  webhook,
  onDone,
  onCancel,
}: {
  webhook?: WebhookFieldsFragment | null;
  onDone: (saved: WebhookFieldsFragment) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const editing = !!webhook;
  const [serverError, setServerError] = useState<string | null>(null);
  const options = { refetchQueries: [WebhooksDocument], awaitRefetchQueries: true };
  const [create, { loading: creating }] = useMutation(CreateWebhookDocument, options);
  const [update, { loading: updating }] = useMutation(UpdateWebhookDocument, options);
  const form = useForm<WebhookFormValues>({
    mode: 'controlled',
    initialValues: initialValues(webhook),
    validate: {
      name: (v) => validateName(v, t),
      url: (v) => validateUrl(v, t),
      secret: (v) => validateSecret(v, t),
    },
  });
  const v = form.values;

  const onSubmit = form.onSubmit(async (values) => {
    setServerError(null);
    try {
      const input = toInput(values);
      const saved = webhook
        ? (await update({ variables: { id: webhook.id, input } })).data?.updateWebhook
        : (await create({ variables: { input } })).data?.createWebhook;
      showNotice(t, { color: 'teal', message: t(editing ? 'webhooks.updated' : 'webhooks.created', { name: input.name }) });
      if (saved) onDone(saved);
    } catch (e) {
      const byField = fieldErrors(e);
      const known = Object.keys(byField).filter((k) => k === 'name' || k === 'url' || k === 'secret');
      if (known.length) form.setErrors(Object.fromEntries(known.map((k) => [k, byField[k]])));
      else setServerError(errorMessage(e, t));
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t(editing ? 'webhooks.editTitle' : 'webhooks.createTitle')}>
      <Stack gap="md">
        <FormError message={serverError} />
        <TextInput label={t('webhooks.name')} placeholder={t('webhooks.namePlaceholder')} aria-required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('webhooks.url')}
          description={t('webhooks.urlHelp')}
          placeholder="https://chat.city.example.lg.jp/hooks/…"
          aria-required
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          classNames={{ input: classes.mono }}
          {...form.getInputProps('url')}
        />

        <Radio.Group label={t('webhooks.formatLabel')} value={v.format} onChange={(f) => form.setFieldValue('format', f as WebhookFormat)}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt={6}>
            {WEBHOOK_FORMATS.map((f) => {
              const Icon = FORMAT_ICON[f];
              return (
                <Radio.Card key={f} value={f} radius="md" p="sm" withBorder className={classes.formatCard}>
                  <Group wrap="nowrap" align="flex-start" gap="xs">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Group gap={4} wrap="nowrap">
                        <Icon size={16} aria-hidden="true" />
                        <Text fw={600} size="sm">
                          {t(formatLabel(f))}
                        </Text>
                      </Group>
                      <Text size="xs" c="gray.8" mt={2}>
                        {t(formatHelp(f))}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              );
            })}
          </SimpleGrid>
        </Radio.Group>

        <TagFilter value={v.tags} onChange={(tags) => form.setFieldValue('tags', tags)} />

        <Checkbox.Group
          label={t('webhooks.kinds')}
          description={t('webhooks.kindsHelp')}
          value={v.kinds}
          onChange={(kinds) => form.setFieldValue('kinds', kinds as WebhookFormValues['kinds'])}
        >
          <Group gap="lg" mt={6}>
            {POST_KINDS.map((k) => (
              <Checkbox key={k} value={k} label={t(`kind.${k}`)} />
            ))}
          </Group>
        </Checkbox.Group>

        {v.format === 'GENERIC' || webhook?.hasSecret ? (
          <Stack gap={6}>
            <PasswordInput
              label={t('webhooks.secret')}
              description={v.format === 'GENERIC' ? t('webhooks.secretHelp') : t('webhooks.secretUnused')}
              placeholder={webhook?.hasSecret ? t('webhooks.secretKeep') : t('webhooks.secretPlaceholder')}
              autoComplete="new-password"
              disabled={v.clearSecret}
              {...form.getInputProps('secret')}
            />
            {webhook?.hasSecret && (
              <Checkbox
                label={t('webhooks.secretClear')}
                checked={v.clearSecret}
                onChange={(e) => {
                  form.setFieldValue('clearSecret', e.currentTarget.checked);
                  if (e.currentTarget.checked) form.setFieldValue('secret', '');
                }}
              />
            )}
          </Stack>
        ) : null}

        <Switch
          label={t('webhooks.active')}
          description={t('webhooks.activeHelp')}
          checked={v.active}
          onChange={(e) => form.setFieldValue('active', e.currentTarget.checked)}
        />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={creating || updating}>
            {t(editing ? 'webhooks.save' : 'webhooks.createButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
