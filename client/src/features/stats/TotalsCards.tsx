import { Paper, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../../i18n';
import { CARD_METRICS, changeVsPrevious, formatCount, metricLabel, type Change } from './statsFormat';
import type { StatsTotalsFieldsFragment } from '../../gql/graphql';

function ChangeLine({ change }: { change: Change }) {
  const t = useT();
  if (change.kind === 'none') {
    return (
      <Text size="xs" c="dimmed">
        {t('stats.change.none')}
      </Text>
    );
  }
  const n = formatCount(change.previous);
  const visible =
    change.kind === 'new' ? t('stats.change.new') : t(change.kind === 'same' ? 'stats.change.same' : `stats.change.${change.kind}`, { p: change.percent });
  const spoken = change.kind === 'new' ? t('stats.change.newA11y') : t(`stats.change.${change.kind}A11y`, { n, p: change.percent });
  const color = change.kind === 'down' ? 'orange.9' : change.kind === 'same' ? 'gray.7' : 'teal.9';
  return (
    <Text size="xs" c="dimmed">
      <span aria-hidden="true">
        <Text span fw={700} c={color} inherit>
          {visible}
        </Text>{' '}
        {t('stats.change.previous', { n })}
      </span>
      <VisuallyHidden>{spoken}</VisuallyHidden>
    </Text>
  );
}

/** The 年度 totals as cards, each with its change against the previous 年度. */
export function TotalsCards({ totals, previous }: { totals: StatsTotalsFieldsFragment; previous: StatsTotalsFieldsFragment | null }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={{ base: 'xs', sm: 'md' }} component="ul" className="plain-list" aria-label={t('stats.totals.title')}>
      {CARD_METRICS.map((key) => (
        <Paper key={key} component="li" withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
          <Text size="sm" c="dimmed" fw={600}>
            {metricLabel(t, key)}
          </Text>
          <Text fz={{ base: 24, sm: 28 }} fw={800} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatCount(totals[key])}
          </Text>
          <ChangeLine change={changeVsPrevious(totals[key], previous ? previous[key] : null)} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}
