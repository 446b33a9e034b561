import { Box, Group, Text } from '@mantine/core';
import { useMemo, type CSSProperties } from 'react';
import { useT } from '../../i18n';
import { diffText, hasChanges } from './textDiff';

/* Added and removed text differ by more than colour: <ins> is underlined, <del> struck through,
   and each starts with a word for screen readers (「追加: 」「削除: 」). Contrast ≥ 4.5:1 on both. */
const INS: CSSProperties = {
  background: 'var(--mantine-color-green-1)',
  color: 'var(--mantine-color-green-9)',
  textDecoration: 'underline',
  textDecorationThickness: 2,
  textUnderlineOffset: 3,
};
const DEL: CSSProperties = {
  background: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'line-through',
  textDecorationThickness: 2,
};
const TEXT: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 'var(--mantine-font-size-sm)', lineHeight: 1.8, margin: 0 };

export function DiffLegend() {
  const t = useT();
  return (
    <Group gap="sm" aria-hidden="true">
      <Text size="xs" c="dimmed">
        {t('history.legend')}
      </Text>
      <Text size="xs">
        <ins style={INS}>{t('history.added')}</ins>
      </Text>
      <Text size="xs">
        <del style={DEL}>{t('history.removed')}</del>
      </Text>
    </Group>
  );
}

/**
 * What changed from `before` to `after`, inline: unchanged text as is, additions in <ins>,
 * removals in <del>. Too long to compare (or timed out): the new text in full, with a note.
 */
export function DiffView({ before, after, label, noChange }: { before: string; after: string; label: string; noChange: string }) {
  const t = useT();
  const parts = useMemo(() => diffText(before, after), [before, after]);
  if (!hasChanges(parts)) {
    return (
      <Text size="sm" c="dimmed">
        {noChange}
      </Text>
    );
  }
  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" size="xs" fw={600} c="gray.8" mb={4}>
        {label}
      </Text>
      {parts ? (
        <p style={TEXT} className="revision-diff">
          {parts.map((p, i) =>
            p.kind === 'same' ? (
              <span key={i}>{p.text}</span>
            ) : p.kind === 'added' ? (
              <ins key={i} style={INS}>
                <span className="visually-hidden">{t('history.addedSr')}</span>
                {p.text}
                <span className="visually-hidden">{t('history.addedEnd')}</span>
              </ins>
            ) : (
              <del key={i} style={DEL}>
                <span className="visually-hidden">{t('history.removedSr')}</span>
                {p.text}
                <span className="visually-hidden">{t('history.removedEnd')}</span>
              </del>
            ),
          )}
        </p>
      ) : (
        <>
          <Text size="xs" c="dimmed" mb={4}>
            {t('history.tooLong')}
          </Text>
          <p style={TEXT}>{after}</p>
        </>
      )}
    </Box>
  );
}

/** A revision's text without a comparison (the first version). */
export function FullText({ text, label }: { text: string; label: string }) {
  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" size="xs" fw={600} c="gray.8" mb={4}>
        {label}
      </Text>
      <p style={TEXT}>{text}</p>
    </Box>
  );
}
