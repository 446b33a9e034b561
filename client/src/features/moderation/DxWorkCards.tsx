import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconChecklist, IconFlag } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { ModerationCountsDocument, ReviewCountDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ErrorState } from '../common/States';
import type { ReactNode } from 'react';

function WorkCard({ id, title, icon, link, children }: { id: string; title: string; icon: ReactNode; link: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby={id} h="100%">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap="sm">
          <Group gap={8} wrap="nowrap">
            {icon}
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
          </Group>
          {children}
        </Stack>
        <div>{link}</div>
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  const t = useT();
  return (
    <div>
      <Text size="xs" c="gray.8" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} c={value > 0 ? color : 'gray.7'}>
        {t('dxWork.n', { n: value.toLocaleString('ja-JP') })}
      </Text>
    </div>
  );
}

function GoLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm" fw={600}>
      <Group gap={4} component="span" wrap="nowrap">
        {children}
        <IconArrowRight size={14} aria-hidden="true" />
      </Group>
    </Anchor>
  );
}

/** The DX dashboard's 「通報の対応」: open reports and hidden content, with the way to the queue. */
export function ReportsSummaryCard() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(ModerationCountsDocument, { fetchPolicy: 'cache-and-network' });
  const counts = data?.moderationCounts;
  return (
    <WorkCard
      id="dx-reports"
      title={t('dx.reports')}
      icon={<IconFlag size={20} aria-hidden="true" color="var(--mantine-color-red-8)" />}
      link={<GoLink to="/dx/reports">{t('dxWork.reportsLink')}</GoLink>}
    >
      {error && !counts ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !counts ? (
        <Skeleton h={56} role="status" aria-label={t('common.loading')} />
      ) : counts ? (
        <SimpleGrid cols={2} spacing="sm">
          <Figure label={t('dxWork.reportsOpen')} value={counts.openReports} color="red.8" />
          <Figure label={t('dxWork.hiddenContent')} value={counts.hiddenContent} color="gray.9" />
        </SimpleGrid>
      ) : null}
      {counts && counts.openReports === 0 && (
        <Text size="sm" c="dimmed">
          {t('dxWork.reportsNone')}
        </Text>
      )}
    </WorkCard>
  );
}

/** The DX dashboard's 「内容の確認」: how many posts are due, with the way to the queue. */
export function ReviewSummaryCard() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(ReviewCountDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <WorkCard
      id="dx-review"
      title={t('dx.review')}
      icon={<IconChecklist size={20} aria-hidden="true" color="var(--mantine-color-banso-8)" />}
      link={<GoLink to="/dx/review">{t('dxWork.reviewLink')}</GoLink>}
    >
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton h={56} role="status" aria-label={t('common.loading')} />
      ) : data ? (
        <>
          <Figure label={t('dxWork.reviewDue')} value={data.contentReviewQueue.totalCount} color="orange.9" />
          <Text size="sm" c="dimmed">
            {t('dxWork.reviewHint', { months: data.contentReviewMonths })}
          </Text>
        </>
      ) : null}
    </WorkCard>
  );
}
