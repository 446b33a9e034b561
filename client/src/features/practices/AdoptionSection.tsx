import { Anchor, Badge, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconClockHour4, IconRoute } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../i18n';
import { formatCalendarDate, formatDate } from '../../lib/dates';
import { useViewer } from '../auth/ViewerContext';
import { AdoptionForm } from './AdoptionForm';
import { ADOPTION_STATUS_COLOR, adoptedHoursTotal, formatHours, groupByStatus, ownAdoption } from './adoptionStatus';
import type { AdoptionFieldsFragment, AdoptionStatus, PostPracticesFieldsFragment } from '../../gql/graphql';

export function AdoptionStatusBadge({ status, size = 'sm' }: { status: AdoptionStatus; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  return (
    <Badge color={ADOPTION_STATUS_COLOR[status]} size={size} variant={status === 'ADOPTED' ? 'filled' : 'light'}>
      {t(`adoption.status.${status}`)}
    </Badge>
  );
}

/** Which departments stand where: one row per status with the departments as chips. */
function Overview({ adoptions }: { adoptions: readonly AdoptionFieldsFragment[] }) {
  const t = useT();
  const groups = groupByStatus(adoptions);
  return (
    <Stack gap={8} component="ul" className="plain-list" aria-label={t('adoption.overview')}>
      {groups.map(({ status, items }) => (
        <Group key={status} component="li" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={4} wrap="nowrap" miw={116} style={{ flexShrink: 0 }}>
            <AdoptionStatusBadge status={status} />
            <Text size="sm" fw={700} c="gray.8">
              {t('adoption.departments', { n: items.length })}
            </Text>
          </Group>
          <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
            {items.map((a) => (
              <Badge key={a.id} variant="default" size="md" radius="sm" title={a.department.path} fw={500} style={{ maxWidth: '100%' }}>
                {a.department.name}
              </Badge>
            ))}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

function AdoptionItem({ adoption }: { adoption: AdoptionFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const date = adoption.adoptedOn
    ? t('adoption.adoptedOnValue', { date: formatCalendarDate(adoption.adoptedOn, locale) })
    : t('adoption.updatedOn', { date: formatDate(adoption.updatedAt, locale) });
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconBuildingCommunity size={18} aria-hidden="true" style={{ flexShrink: 0 }} />
            <Text fw={700} size="sm">
              {adoption.department.path}
            </Text>
          </Group>
          <AdoptionStatusBadge status={adoption.status} />
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm" c="gray.8">
            {date}
          </Text>
          {adoption.hoursSavedPerYear != null && (
            <Group gap={4} wrap="nowrap">
              <IconClockHour4 size={16} aria-hidden="true" />
              <Text size="sm" fw={600} c="teal.9">
                {t('adoption.hoursPerYear', { hours: formatHours(adoption.hoursSavedPerYear, locale) })}
              </Text>
            </Group>
          )}
        </Group>
        {adoption.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {adoption.note}
          </Text>
        )}
        {adoption.followUpPost && (
          <Text size="sm">
            {t('adoption.followUp')}{' '}
            <Anchor component={Link} to={`/posts/${adoption.followUpPost.id}`} size="sm">
              {adoption.followUpPost.title}
            </Anchor>
          </Text>
        )}
        {adoption.recordedBy && (
          <Text size="xs" c="dimmed">
            {t('adoption.recordedBy', { name: adoption.recordedBy.displayName })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * 「横展開」 on a case: which departments adopted it (or consider it), their hours per year and
 * notes, and the viewer's own department's record.
 */
export function AdoptionSection({ post }: { post: Pick<PostPracticesFieldsFragment, 'id' | 'adoptions' | 'viewerCanRecordAdoption'> }) {
  const t = useT();
  const { locale } = useLocale();
  const viewer = useViewer();
  const adoptions = post.adoptions;
  const adopted = adoptions.filter((a) => a.status === 'ADOPTED').length;
  const total = adoptedHoursTotal(adoptions);
  const mine = ownAdoption(adoptions, viewer?.department?.id);

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="adoption-title">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="teal" variant="light" size={36} radius="md" aria-hidden="true">
            <IconRoute size={22} />
          </ThemeIcon>
          <div>
            <Title order={2} size="h3" id="adoption-title">
              {t('adoption.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('adoption.lead')}
            </Text>
          </div>
        </Group>

        {adoptions.length === 0 ? (
          <Text size="sm" c="gray.8">
            {t('adoption.empty')}
          </Text>
        ) : (
          <>
            <Group gap="xs" wrap="wrap" align="stretch" component="dl" m={0}>
              <Paper withBorder p="xs" radius="md" bg="teal.0" style={{ flex: '2 1 220px' }}>
                <Text component="dt" size="xs" c="teal.9" fw={600}>
                  {t('adoption.summary.hours')}
                </Text>
                <Text component="dd" m={0} fw={800} fz="xl" c="teal.9">
                  {t('adoption.hoursValue', { hours: formatHours(total, locale) })}
                </Text>
              </Paper>
              <Paper withBorder p="xs" radius="md" style={{ flex: '1 1 130px' }}>
                <Text component="dt" size="xs" c="dimmed" fw={600}>
                  {t('adoption.summary.departments')}
                </Text>
                <Text component="dd" m={0} fw={800} fz="xl">
                  {t('adoption.departments', { n: adoptions.length })}
                </Text>
              </Paper>
              <Paper withBorder p="xs" radius="md" style={{ flex: '1 1 130px' }}>
                <Text component="dt" size="xs" c="dimmed" fw={600}>
                  {t('adoption.summary.adopted')}
                </Text>
                <Text component="dd" m={0} fw={800} fz="xl">
                  {t('adoption.departments', { n: adopted })}
                </Text>
              </Paper>
            </Group>
            <Overview adoptions={adoptions} />
            <Stack gap="xs" component="ul" className="plain-list" aria-label={t('adoption.list')}>
              {adoptions.map((a) => (
                <li key={a.id}>
                  <AdoptionItem adoption={a} />
                </li>
              ))}
            </Stack>
          </>
        )}

        {post.viewerCanRecordAdoption && (
          <>
            <Divider />
            <AdoptionForm postId={post.id} existing={mine} departmentName={viewer?.department?.path ?? null} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
