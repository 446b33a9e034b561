import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBulb } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { ExpertsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useViewer } from '../auth/ViewerContext';
import { levelLabel } from './skillFormat';

export const EXPERTS_DEBOUNCE_MS = 400;

/**
 * 「この分野に詳しい人」: while a question is being written, people with the most evidence for its
 * first tag (respecting their visibility choices). Quiet and non-blocking: nothing while loading,
 * nothing on error, nothing when nobody is found. Profile links open in a new tab so the draft stays.
 */
export function ExpertsHint({ tags }: { tags: readonly string[] }) {
  const t = useT();
  const viewer = useViewer();
  const [tag] = useDebouncedValue(tags[0]?.trim() ?? '', EXPERTS_DEBOUNCE_MS);
  const { data } = useQuery(ExpertsDocument, {
    variables: { tag, first: 4 },
    skip: !tag,
    fetchPolicy: 'cache-first',
    errorPolicy: 'ignore',
  });
  const experts = tag ? (data?.experts ?? []).filter((e) => e.user.id !== viewer?.id).slice(0, 3) : [];
  return (
    <div aria-live="polite">
      {experts.length > 0 && (
        <Paper withBorder p="sm" bg="banso.0" component="section" aria-labelledby="experts-title">
          <Group gap={6} mb={4} wrap="nowrap">
            <IconBulb size={16} aria-hidden="true" color="var(--mantine-color-banso-8)" />
            <Text size="sm" fw={700} id="experts-title" c="banso.9">
              {t('experts.title')}
            </Text>
            <Text size="xs" c="gray.8">
              {t('experts.forTag', { tag })}
            </Text>
          </Group>
          <Group gap="md" component="ul" className="plain-list">
            {experts.map((e) => (
              <li key={e.user.id}>
                <Anchor component={Link} to={`/users/${e.user.id}`} target="_blank" size="sm" fw={600}>
                  {e.user.displayName}
                  <span className="visually-hidden">{t('experts.newTab')}</span>
                </Anchor>
                <Text span size="xs" c="gray.8" ml={4}>
                  {[e.user.department?.name, e.skill ? `${e.skill.name} ${levelLabel(e.level)}` : null].filter(Boolean).join(' · ')}
                </Text>
              </li>
            ))}
          </Group>
        </Paper>
      )}
    </div>
  );
}
