import { Group, Progress, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { formatPoints, levelLabel, requirementSymbol } from './skillFormat';
import type { RequirementMark } from '../../gql/graphql';

export interface SkillBarEntry {
  points: number;
  level: number;
  requirement?: RequirementMark | null;
  skill: { code: string; name: string };
}

const LEVEL_COLOR = ['gray.6', 'banso.5', 'banso.7', 'teal.8', 'teal.9'];

function RequirementMarkText({ mark }: { mark: RequirementMark | null | undefined }) {
  const t = useT();
  const symbol = requirementSymbol(mark);
  if (!mark || !symbol) return <span aria-hidden="true" style={{ display: 'inline-block', width: '1.2em' }} />;
  const label = t(`skills.mark.${mark}`);
  return (
    <Text component="span" fw={700} c="gray.8" title={label} w="1.2em" ta="center">
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </Text>
  );
}

/**
 * Horizontal bar chart of skills: one row per skill with its name, requirement mark (◎/○), level and points.
 * Each bar is a progressbar named after the skill whose value text reads e.g. 「Lv.2・30.5pt」.
 */
export function SkillBars({ entries, labelledBy }: { entries: readonly SkillBarEntry[]; labelledBy?: string }) {
  const t = useT();
  const max = Math.max(1, ...entries.map((e) => e.points));
  const anyMark = entries.some((e) => e.requirement);
  return (
    <Stack gap="xs">
      <Stack gap={10} component="ul" className="plain-list" aria-labelledby={labelledBy}>
        {entries.map((e) => {
          const value = Math.round((e.points / max) * 100);
          const valueText = t('skills.barValue', { level: levelLabel(e.level), points: formatPoints(e.points) });
          return (
            <li key={e.skill.code} data-skill={e.skill.code}>
              <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
                <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                  <RequirementMarkText mark={e.requirement} />
                  <Text size="sm" fw={600} truncate>
                    {e.skill.name}
                  </Text>
                </Group>
                <Group gap={8} wrap="nowrap" aria-hidden="true">
                  <Text size="sm" fw={700} c="banso.9">
                    {levelLabel(e.level)}
                  </Text>
                  <Text size="xs" c="dimmed" w={56} ta="right">
                    {formatPoints(e.points)}pt
                  </Text>
                </Group>
              </Group>
              <Progress.Root
                size="lg"
                role="progressbar"
                aria-label={e.skill.name}
                aria-valuemin={0}
                aria-valuemax={Math.round(max * 10) / 10}
                aria-valuenow={Math.round(e.points * 10) / 10}
                aria-valuetext={valueText}
              >
                <Progress.Section value={value} color={LEVEL_COLOR[Math.max(0, Math.min(4, e.level))]} withAria={false} />
              </Progress.Root>
            </li>
          );
        })}
      </Stack>
      {anyMark && (
        <Text size="xs" c="dimmed">
          {t('skills.markLegend')}
        </Text>
      )}
    </Stack>
  );
}
