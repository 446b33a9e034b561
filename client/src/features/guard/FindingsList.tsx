import { List, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { PersonalInfoFinding } from './personalInfo';

/** 「マイナンバー（個人番号）: **** **** **18」 per line; excerpts are masked, never the full number. */
export function FindingsList({ findings }: { findings: readonly PersonalInfoFinding[] }) {
  const t = useT();
  return (
    <List size="sm" spacing={2} aria-label={t('guard.findingsLabel')}>
      {findings.map((f) => (
        <List.Item key={`${f.kind}:${f.excerpt}`}>
          <Text span size="sm" fw={600}>
            {t(`guard.kind.${f.kind}`)}
          </Text>
          <Text span size="sm">
            {': '}
          </Text>
          <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {f.excerpt}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
