import { useQuery } from '@apollo/client/react';
import { Group, Loader, Paper, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { MentionCandidatesDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { insertMention, mentionQueryAt } from './mentionQuery';
import classes from './mentions.module.css';

interface Options {
  textarea: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (value: string) => void;
}

/**
 * @mention autocomplete for a textarea: typing `@` and part of a colleague's name or e-mail local
 * part lists up to six active colleagues; ↑/↓ choose, Enter or Tab inserts `@handle `, Esc closes.
 * The textarea gets the combobox ARIA attributes (`inputProps`), the list renders below it.
 */
export function useMentions({ textarea, value, onChange }: Options) {
  const t = useT();
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const at = caret === null ? null : mentionQueryAt(value, caret);
  const open = !!at && dismissedAt !== at.start;
  const [query] = useDebouncedValue(at?.query ?? '', 200);
  const { data, loading } = useQuery(MentionCandidatesDocument, {
    variables: { query },
    skip: !open || query.length === 0,
    fetchPolicy: 'cache-first',
  });
  const people = open && query.length > 0 ? (data?.users.edges.map((e) => e.node).filter((u) => !!u.mentionName) ?? []) : [];

  useEffect(() => setActive(0), [query]);

  const track = useCallback(() => setCaret(textarea.current?.selectionStart ?? null), [textarea]);

  const choose = (name: string) => {
    if (!at || caret === null) return;
    const next = insertMention(value, at.start, caret, name);
    onChange(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => {
      const el = textarea.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };

  /** Returns true when the key was the autocomplete's (the editor must not act on it). */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || people.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : people.length - 1)) % people.length);
      return true;
    }
    if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.nativeEvent.isComposing) || event.key === 'Tab') {
      event.preventDefault();
      choose(people[active].mentionName!);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(at!.start);
      return true;
    }
    return false;
  };

  const showList = open && query.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  const inputProps = {
    // A textbox with a suggestion list (not role=combobox: it stays the form's multi-line textbox).
    'aria-autocomplete': 'list' as const,
    'aria-controls': showList ? listId : undefined,
    'aria-activedescendant': showList && people.length > 0 ? optionId(active) : undefined,
    onSelect: track,
    onKeyUp: track,
    onClick: track,
  };

  const list = showList ? (
    <Paper withBorder shadow="sm" p={4} className={classes.list} data-testid="mention-suggestions">
      {loading && people.length === 0 ? (
        <Group gap="xs" p="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm" c="dimmed">
            {t('mentions.loading')}
          </Text>
        </Group>
      ) : people.length === 0 ? (
        <Text size="sm" c="dimmed" p="xs" role="status">
          {t('mentions.none', { query })}
        </Text>
      ) : (
        <div role="listbox" id={listId} aria-label={t('mentions.label')}>
          {people.map((u, i) => (
            <UnstyledButton
              key={u.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              className={classes.option}
              data-active={i === active || undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(u.mentionName!)}
            >
              <Text size="sm" fw={600} span>
                {u.displayName}
              </Text>{' '}
              <Text size="xs" c="dimmed" span>
                @{u.mentionName}
                {u.department ? ` · ${u.department.name}` : ''}
              </Text>
            </UnstyledButton>
          ))}
        </div>
      )}
    </Paper>
  ) : null;

  return { inputProps, onKeyDown, list, onValueChange: track };
}
