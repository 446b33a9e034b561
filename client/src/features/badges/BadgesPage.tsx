import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { BadgeHoldersDocument, BadgesDocument, type BadgesQuery, type BadgeTier } from '../../gql/graphql';
import { useT } from '../../i18n';
import { NotFoundState } from '../common/NotFoundPage';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { BadgeHolderList } from './BadgeHolders';
import { TIER_LABEL, TierBadge, tierCardStyle, TIERS } from './tier';

type BadgeItem = BadgesQuery['badges'][number];

/** Catalogue sections: manual awards (表彰) first, then earned badges by tier, gold → bronze. */
export function groupBadges(badges: readonly BadgeItem[]): { key: 'MANUAL' | BadgeTier; badges: BadgeItem[] }[] {
  const groups: { key: 'MANUAL' | BadgeTier; badges: BadgeItem[] }[] = [
    { key: 'MANUAL', badges: badges.filter((b) => b.manual) },
    ...TIERS.map((tier) => ({ key: tier, badges: badges.filter((b) => !b.manual && b.tier === tier) })),
  ];
  return groups.filter((g) => g.badges.length > 0);
}

function BadgeCard({ badge }: { badge: BadgeItem }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = `holders-${badge.code}`;
  return (
    <Paper withBorder p="md" h="100%" style={tierCardStyle(badge.tier)} data-badge={badge.code}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5">
            <Anchor component={Link} to={`/badges/${encodeURIComponent(badge.code)}`} c="gray.9">
              {badge.name}
            </Anchor>
          </Title>
          <TierBadge tier={badge.tier} />
        </Group>
        <Text size="sm" c="gray.8">
          {badge.description}
        </Text>
        <Group gap="xs">
          {badge.repeatable && (
            <Text size="xs" c="dimmed">
              {t('badges.repeatable')}
            </Text>
          )}
        </Group>
        <Group justify="space-between" gap="xs">
          <Group gap={4}>
            <IconUsers size={16} aria-hidden="true" color="var(--mantine-color-gray-7)" />
            <Text size="sm">{t('badges.holderCount', { n: badge.holderCount })}</Text>
          </Group>
          {badge.holderCount > 0 && (
            <Button
              variant="subtle"
              size="compact-sm"
              aria-expanded={open}
              aria-controls={listId}
              rightSection={open ? <IconChevronUp size={14} aria-hidden="true" /> : <IconChevronDown size={14} aria-hidden="true" />}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? t('badges.hideHolders') : t('badges.showHolders')}
              <span className="visually-hidden">（{badge.name}）</span>
            </Button>
          )}
        </Group>
        {badge.holderCount > 0 && (
          <Collapse expanded={open} id={listId}>
            {open && <BadgeHolderList code={badge.code} first={10} />}
            {open && badge.holderCount > 10 && (
              <Anchor component={Link} to={`/badges/${encodeURIComponent(badge.code)}`} size="sm" mt="xs" display="inline-block">
                {t('badges.allHolders')}
              </Anchor>
            )}
          </Collapse>
        )}
      </Stack>
    </Paper>
  );
}

export function BadgesPage() {
  const t = useT();
  useDocumentTitle(t('badges.title'));
  const { data, loading, error, refetch } = useQuery(BadgesDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const groups = groupBadges(data?.badges ?? []);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('badges.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('badges.lead')}
        </Text>
      </div>
      {groups.length === 0 ? (
        <EmptyState title={t('badges.empty')} />
      ) : (
        groups.map((g) => (
          <section key={g.key} aria-labelledby={`tier-${g.key}`}>
            <Title order={2} size="h4" id={`tier-${g.key}`} mb="sm">
              {g.key === 'MANUAL' ? t('badges.manualGroup') : t(TIER_LABEL[g.key])}
              <Text span c="dimmed" fz="sm" fw={500} ml={6}>
                {t('badges.kinds', { n: g.badges.length })}
              </Text>
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" className="plain-list">
              {g.badges.map((b) => (
                <li key={b.code}>
                  <BadgeCard badge={b} />
                </li>
              ))}
            </SimpleGrid>
          </section>
        ))
      )}
    </Stack>
  );
}

export function BadgeDetailPage() {
  const t = useT();
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BadgeHoldersDocument, { variables: { code, first: 100 }, fetchPolicy: 'cache-and-network' });
  const badge = data?.badge;
  useDocumentTitle(badge?.name ?? t('badges.title'));
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!badge) return <NotFoundState title={t('badges.notFound')} />;
  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/badges" size="sm">
        {t('badges.back')}
      </Anchor>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} style={tierCardStyle(badge.tier)}>
        <Group gap="sm" mb="xs">
          <TierBadge tier={badge.tier} size="md" />
          {badge.manual && (
            <Text size="sm" c="dimmed">
              {t('badges.manualGroup')}
            </Text>
          )}
        </Group>
        <Title order={1} size="h2">
          {badge.name}
        </Title>
        <Text mt="xs">{badge.description}</Text>
        <Text size="sm" c="dimmed" mt="xs">
          {t('badges.holderCount', { n: badge.holderCount })}
          {badge.repeatable ? ` · ${t('badges.repeatable')}` : ''}
        </Text>
      </Paper>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="holders-title">
        <Title order={2} size="h4" id="holders-title" mb="md">
          {t('badges.holdersTitle')}
        </Title>
        <BadgeHolderList code={badge.code} first={100} />
      </Paper>
    </Stack>
  );
}
