import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useLocale, useT } from '../../i18n';
import type { PostDetailFieldsFragment } from '../../gql/graphql';

type CaseDetails = NonNullable<PostDetailFieldsFragment['caseDetails']>;

export function CaseDetailsView({ details }: { details: CaseDetails }) {
  const t = useT();
  const { locale } = useLocale();
  const hours =
    details.hoursSavedPerYear != null
      ? t('post.case.hoursValue', { hours: new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US').format(details.hoursSavedPerYear) })
      : t('post.case.none');

  const block = (label: string, text: string) => (
    <div style={{ gridColumn: '1 / -1' }}>
      <Text component="dt" fw={700} size="sm" c="teal.9" mb={4}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {text || t('post.case.none')}
      </Text>
    </div>
  );

  return (
    <Paper withBorder p="lg" bg="teal.0" component="section" aria-labelledby="case-details-title" style={{ borderColor: 'var(--mantine-color-teal-3)' }}>
      <Title order={2} size="h4" id="case-details-title" mb="md">
        {t('post.case.section')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" component="dl" m={0}>
        {block(t('post.case.problem'), details.problem)}
        {block(t('post.case.solution'), details.solution)}
        {block(t('post.case.effect'), details.effect)}
        <div>
          <Text component="dt" fw={700} size="sm" c="teal.9" mb={4}>
            {t('post.case.hours')}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl" c="teal.9">
            <Group gap={6} component="span">
              <IconClockHour4 size={20} aria-hidden="true" />
              {hours}
            </Group>
          </Text>
        </div>
        <div>
          <Text component="dt" fw={700} size="sm" c="teal.9" mb={4}>
            {t('post.case.tools')}
          </Text>
          <Text component="dd" m={0}>
            {details.tools.length === 0 ? (
              t('post.case.none')
            ) : (
              <Group gap={6} component="span">
                {details.tools.map((tool) => (
                  <Badge key={tool} color="teal" variant="white" size="md" style={{ border: '1px solid var(--mantine-color-teal-3)' }} c="teal.9">
                    {tool}
                  </Badge>
                ))}
              </Group>
            )}
          </Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}
