import { Anchor, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/dates';
import { TierBadge, tierCardStyle } from './tier';
import type { BadgeAwardFieldsFragment } from '../../gql/graphql';

/** One earned badge: tier, name (links to the catalogue entry), when and why. */
export function BadgeAwardCard({ award, headingLevel = 3 }: { award: BadgeAwardFieldsFragment; headingLevel?: 3 | 4 }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Paper withBorder p="sm" h="100%" style={tierCardStyle(award.badge.tier)}>
      <Group justify="space-between" gap={6} mb={4} wrap="nowrap" align="flex-start">
        <Title order={headingLevel} size="h6" lh={1.4}>
          <Anchor component={Link} to={`/badges/${encodeURIComponent(award.badge.code)}`} c="gray.9">
            {award.badge.name}
          </Anchor>
        </Title>
        <TierBadge tier={award.badge.tier} size="xs" />
      </Group>
      <Text size="sm" c="gray.8">
        {award.reason}
      </Text>
      <Group gap="xs" mt={6}>
        <Text size="xs" c="dimmed">
          <time dateTime={award.awardedAt} title={formatDateTime(award.awardedAt, locale)}>
            {t('badges.awardedOn', { date: formatDate(award.awardedAt, locale) })}
          </time>
        </Text>
        {award.postId && (
          <Anchor component={Link} to={`/posts/${award.postId}`} size="xs">
            {t('badges.relatedPost')}
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}

/** 「バッジ」 shelf on a profile: every badge the person holds now, newest first. */
export function BadgeShelf({ awards }: { awards: readonly BadgeAwardFieldsFragment[] }) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="badge-shelf-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="badge-shelf-title">
          {t('badges.shelf')}
          <Text span c="dimmed" fz="sm" fw={500} ml={6}>
            {t('badges.count', { n: awards.length })}
          </Text>
        </Title>
        <Anchor component={Link} to="/badges" size="sm">
          {t('badges.catalogueLink')}
        </Anchor>
      </Group>
      {awards.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('badges.shelfEmpty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" className="plain-list">
          {awards.map((award) => (
            <li key={award.id}>
              <BadgeAwardCard award={award} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
