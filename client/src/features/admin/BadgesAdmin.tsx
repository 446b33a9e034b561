import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAward, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { BadgeHoldersDocument, BadgesDocument, CreateBadgeDocument, GrantBadgeDocument, RevokeBadgeAwardDocument, type BadgeTier } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { TIER_LABEL, TierBadge, TIERS } from '../badges/tier';
import { growProps } from '../common/grow';
import { ErrorState } from '../common/States';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { PersonPicker } from './PersonPicker';
import { validateCode, validateRequired } from './validation';

function CreateBadgeForm() {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateBadgeDocument, { refetchQueries: [BadgesDocument], awaitRefetchQueries: true });
  const form = useForm<{ code: string; name: string; tier: BadgeTier; description: string }>({
    mode: 'controlled',
    initialValues: { code: '', name: '', tier: 'GOLD', description: '' },
    validate: {
      code: (v) => validateCode(v, t),
      name: (v) => validateRequired(v, t, 60),
      description: (v) => validateRequired(v, t, 500),
    },
  });
  return (
    <form
      noValidate
      aria-labelledby="create-badge-title"
      onSubmit={form.onSubmit(async (v) => {
        setServerError(null);
        try {
          await create({ variables: { input: { code: v.code.trim(), name: v.name.trim(), tier: v.tier, description: v.description.trim() } } });
          showNotice(t, { color: 'teal', message: t('admin.badges.created', { name: v.name.trim() }) });
          form.reset();
        } catch (e) {
          setServerError(errorMessage(e, t));
          form.setErrors(fieldErrors(e));
        }
      })}
    >
      <Title order={2} size="h4" id="create-badge-title" mb={4}>
        {t('admin.badges.create')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('admin.badges.createHelp')}
      </Text>
      <Stack gap="sm">
        <FormError message={serverError} />
        <Group align="flex-start" grow wrap="wrap">
          <TextInput label={t('admin.badges.name')} placeholder={t('admin.badges.namePlaceholder')} aria-required {...form.getInputProps('name')} />
          <TextInput
            label={t('admin.badges.code')}
            placeholder="DX_AWARD_GRAND"
            description={t('admin.skills.codeHelp')}
            aria-required
            {...form.getInputProps('code')}
          />
          <Select
            label={t('admin.badges.tier')}
            data={TIERS.map((tier) => ({ value: tier, label: t(TIER_LABEL[tier]) }))}
            allowDeselect={false}
            {...form.getInputProps('tier')}
          />
        </Group>
        <Textarea label={t('admin.badges.description')} {...growProps(2)} aria-required {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('admin.badges.createButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function GrantBadgeForm({ manual }: { manual: { code: string; name: string }[] }) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [grant, { loading }] = useMutation(GrantBadgeDocument);
  const form = useForm<{ badgeCode: string | null; userId: string | null; citation: string; awardKey: string }>({
    mode: 'controlled',
    initialValues: { badgeCode: null, userId: null, citation: '', awardKey: '' },
    validate: {
      badgeCode: (v) => (v ? null : t('admin.v.chooseBadge')),
      userId: (v) => (v ? null : t('admin.v.choosePerson')),
      citation: (v) => validateRequired(v, t, 500),
    },
  });
  return (
    <form
      noValidate
      aria-labelledby="grant-badge-title"
      onSubmit={form.onSubmit(async (v) => {
        setServerError(null);
        try {
          await grant({
            variables: { input: { badgeCode: v.badgeCode!, userId: v.userId!, citation: v.citation.trim(), awardKey: v.awardKey.trim() || null } },
            refetchQueries: [BadgesDocument, { query: BadgeHoldersDocument, variables: { code: v.badgeCode!, first: 50 } }],
            awaitRefetchQueries: true,
          });
          showNotice(t, { color: 'teal', message: t('admin.badges.granted') });
          form.reset();
        } catch (e) {
          setServerError(errorMessage(e, t));
        }
      })}
    >
      <Title order={2} size="h4" id="grant-badge-title" mb="sm">
        {t('admin.badges.grant')}
      </Title>
      <Stack gap="sm">
        <FormError message={serverError} />
        {manual.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('admin.badges.noManual')}
          </Text>
        )}
        <Group align="flex-start" wrap="wrap">
          <Select
            label={t('admin.badges.badge')}
            data={manual.map((b) => ({ value: b.code, label: b.name }))}
            aria-required
            w={300}
            {...form.getInputProps('badgeCode')}
          />
          <PersonPicker value={form.values.userId} onChange={(id) => form.setFieldValue('userId', id)} error={form.errors.userId} />
        </Group>
        <Textarea
          label={t('admin.badges.citation')}
          placeholder={t('admin.badges.citationPlaceholder')}
          {...growProps(2)}
          aria-required
          {...form.getInputProps('citation')}
        />
        <TextInput
          label={t('admin.badges.awardKey')}
          description={t('admin.badges.awardKeyHelp')}
          placeholder="2026"
          w={220}
          {...form.getInputProps('awardKey')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} leftSection={<IconAward size={16} aria-hidden="true" />} disabled={manual.length === 0}>
            {t('admin.badges.grantButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ManualAwards({ code, name }: { code: string; name: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(BadgeHoldersDocument, { variables: { code, first: 50 }, fetchPolicy: 'cache-and-network' });
  const [revoke, { loading: revoking }] = useMutation(RevokeBadgeAwardDocument, {
    refetchQueries: [BadgesDocument, { query: BadgeHoldersDocument, variables: { code, first: 50 } }],
    awaitRefetchQueries: true,
  });
  const badge = data?.badge;
  return (
    <Paper withBorder p="sm">
      <Group gap="xs" mb="xs">
        <Title order={3} size="h5">
          {name}
        </Title>
        {badge && <TierBadge tier={badge.tier} size="xs" />}
      </Group>
      {loading && !data ? (
        <Skeleton h={16} />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !badge || badge.holders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('badges.noHolders')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="plain-list">
          {badge.holders.map((h) => (
            <li key={h.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Anchor component={Link} to={`/users/${h.user.id}`} size="sm" fw={600}>
                    {h.user.displayName}
                  </Anchor>
                  <Text size="xs" c="gray.8">
                    {h.reason}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(h.awardedAt, locale)}
                  </Text>
                </div>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  disabled={revoking}
                  style={{ flexShrink: 0 }}
                  aria-label={t('admin.badges.revokeLabel', { badge: name, name: h.user.displayName })}
                  onClick={async () => {
                    if (!window.confirm(t('admin.badges.revokeConfirm', { badge: name, name: h.user.displayName }))) return;
                    try {
                      await revoke({ variables: { awardId: h.id } });
                      showNotice(t, { color: 'teal', message: t('admin.badges.revoked') });
                    } catch (e) {
                      showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(e, t) });
                    }
                  }}
                >
                  {t('admin.badges.revoke')}
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

export function BadgesAdmin() {
  const t = useT();
  const { data, error, refetch } = useQuery(BadgesDocument, { fetchPolicy: 'cache-and-network' });
  const manual = (data?.badges ?? []).filter((b) => b.manual);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <CreateBadgeForm />
      </Paper>
      <Paper withBorder p="md">
        {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : <GrantBadgeForm manual={manual} />}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="manual-awards-title">
        <Title order={2} size="h4" id="manual-awards-title" mb="sm">
          {t('admin.badges.awards')}
        </Title>
        {manual.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.badges.noManual')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {manual.map((b) => (
              <ManualAwards key={b.code} code={b.code} name={b.name} />
            ))}
          </SimpleGrid>
        )}
      </Paper>
    </Stack>
  );
}
