import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, CloseButton, Group, Loader, Modal, Paper, ScrollArea, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck, IconSearch, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { RoutePeopleSearchDocument, RouteQuestionDocument, RouteSuggestionsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useViewer } from '../auth/ViewerContext';
import { mergeSuggestions, ROUTE_MAX, searchCandidates, type RouteCandidate } from './routeCandidates';
import classes from './routing.module.css';

/** Suggestions per tag, and for at most this many of the question's tags. */
export const SUGGESTIONS_PER_TAG = 5;
const MAX_TAGS = 5;
export const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_FIRST = 8;

/** The experts for each tag (the existing `experts(tag:)` query), merged into one list. */
function useSuggestions(tags: readonly string[], exclude: readonly (string | null | undefined)[], enabled: boolean) {
  const client = useApolloClient();
  const key = tags.slice(0, MAX_TAGS).join('\n');
  const [state, setState] = useState<{ key: string; list: RouteCandidate[]; error: unknown } | null>(null);
  const excludeKey = exclude.join(',');
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const list = key ? key.split('\n') : [];
    Promise.all(
      list.map((tag) =>
        client
          .query({ query: RouteSuggestionsDocument, variables: { tag, first: SUGGESTIONS_PER_TAG }, fetchPolicy: 'cache-first' })
          .then((r) => ({ tag, experts: r.data?.experts ?? [] })),
      ),
    ).then(
      (byTag) => live && setState({ key, list: mergeSuggestions(byTag, excludeKey.split(',')), error: null }),
      (error: unknown) => live && setState({ key, list: [], error }),
    );
    return () => {
      live = false;
    };
  }, [client, key, excludeKey, enabled]);
  const current = state?.key === key ? state : null;
  return { loading: enabled && !current, suggestions: current?.list ?? [], error: current?.error ?? null };
}

function CandidateRow({ c, checked, disabled, onToggle }: { c: RouteCandidate; checked: boolean; disabled: boolean; onToggle: () => void }) {
  const t = useT();
  const details = [c.department, c.skill, c.acceptedCount > 0 ? t('route.accepted', { n: c.acceptedCount }) : null].filter(Boolean).join(' · ');
  return (
    <li>
      <Checkbox
        checked={checked}
        disabled={disabled}
        onChange={onToggle}
        label={
          <Text size="sm" fw={600} span>
            {c.displayName}
          </Text>
        }
        description={
          <>
            {details}
            {c.tags.length > 0 && (
              <Group gap={4} mt={2} component="span">
                {c.tags.map((tag) => (
                  <Badge key={tag} size="xs" variant="light" color="gray" component="span" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            )}
          </>
        }
        styles={{ body: { alignItems: 'flex-start' }, description: { marginTop: 2 } }}
        py={6}
      />
    </li>
  );
}

/**
 * 「詳しい人に聞く」: choose up to three people to look at an open question — suggestions from
 * the experts of its tags, or anyone found by name — and send `routeQuestion`. The server's
 * refusal (who cannot be asked, and why) is shown as it says it; success lists who was asked.
 */
export function RouteQuestionModal({
  opened,
  onClose,
  postId,
  tags,
  authorId,
  onRouted,
}: {
  opened: boolean;
  onClose: () => void;
  postId: string;
  tags: readonly string[];
  authorId: string | null | undefined;
  /** Who was asked (the page can say so after the dialog closes). */
  onRouted?: (people: { id: string; displayName: string }[]) => void;
}) {
  const t = useT();
  const viewerId = useViewer()?.id ?? null;
  const mobile = useMediaQuery('(max-width: 36em)');
  const exclude = useMemo(() => [viewerId, authorId], [viewerId, authorId]);
  const { loading, suggestions, error: suggestionsError } = useSuggestions(tags, exclude, opened);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const search = useQuery(RoutePeopleSearchDocument, {
    variables: { query: debounced, first: SEARCH_FIRST },
    skip: !opened || !debounced,
    fetchPolicy: 'cache-first',
  });
  const found = useMemo(() => searchCandidates(search.data?.users.edges.map((e) => e.node) ?? [], exclude), [search.data, exclude]);
  const [selected, setSelected] = useState<RouteCandidate[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const [asked, setAsked] = useState<{ id: string; displayName: string }[] | null>(null);
  const [route, { loading: sending }] = useMutation(RouteQuestionDocument);

  useEffect(() => {
    if (!opened) return;
    setSelected([]);
    setQuery('');
    setServerError(null);
    setAsked(null);
  }, [opened]);

  const isSelected = (id: string) => selected.some((s) => s.id === id);
  const full = selected.length >= ROUTE_MAX;
  const toggle = (c: RouteCandidate) => {
    setServerError(null);
    setSelected((s) => (s.some((x) => x.id === c.id) ? s.filter((x) => x.id !== c.id) : s.length >= ROUTE_MAX ? s : [...s, c]));
  };

  const send = async () => {
    setServerError(null);
    try {
      const r = await route({ variables: { postId, userIds: selected.map((s) => s.id) } });
      const people = r.data?.routeQuestion ?? [];
      setAsked(people);
      onRouted?.(people);
    } catch (e) {
      setServerError(errorMessage(e, t));
    }
  };

  const list = (candidates: RouteCandidate[], label: string) => (
    <Stack gap={0} component="ul" className="plain-list" aria-label={label}>
      {candidates.map((c) => (
        <CandidateRow key={c.id} c={c} checked={isSelected(c.id)} disabled={full && !isSelected(c.id)} onToggle={() => toggle(c)} />
      ))}
    </Stack>
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('route.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      fullScreen={!!mobile}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {asked ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={t('route.sentTitle')} role="status">
            <Text size="sm">{t('route.sentBody', { names: asked.map((p) => t('route.san', { name: p.displayName })).join('、') })}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t('route.lead', { max: ROUTE_MAX })}
          </Text>

          <section aria-labelledby="route-suggestions-title">
            <Title order={3} size="h5" id="route-suggestions-title" mb={4}>
              {t('route.suggestions')}
            </Title>
            {loading ? (
              <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
                <Skeleton h={36} />
                <Skeleton h={36} />
              </Stack>
            ) : suggestionsError ? (
              <Text size="sm" c="red.8" role="alert">
                {t('route.suggestionsError')}
              </Text>
            ) : suggestions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {tags.length ? t('route.noSuggestions') : t('route.noTags')}
              </Text>
            ) : (
              list(suggestions, t('route.suggestions'))
            )}
          </section>

          <section aria-labelledby="route-search-title">
            <Title order={3} size="h5" id="route-search-title" mb={4}>
              {t('route.searchTitle')}
            </Title>
            <TextInput
              aria-labelledby="route-search-title"
              placeholder={t('route.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              rightSection={search.loading ? <Loader size="xs" aria-hidden="true" /> : null}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
            />
            <div aria-live="polite">
              {debounced && !search.loading && search.error && (
                <Text size="sm" c="red.8" mt={4}>
                  {errorMessage(search.error, t)}
                </Text>
              )}
              {debounced && !search.loading && !search.error && found.length === 0 && (
                <Text size="sm" c="dimmed" mt={4}>
                  {t('route.searchNone', { query: debounced })}
                </Text>
              )}
              {debounced && found.length > 0 && <div style={{ marginTop: 4 }}>{list(found, t('route.searchResults'))}</div>}
            </div>
          </section>

          <Text size="xs" c="dimmed">
            {t('route.note')}
          </Text>

          <Stack gap="sm" className={classes.footer}>
            <Paper withBorder p="sm" bg="gray.0" aria-live="polite">
              <Text size="sm" fw={600} mb={selected.length ? 6 : 0}>
                {t('route.selected', { n: selected.length, max: ROUTE_MAX })}
              </Text>
              {selected.length > 0 && (
                <Group gap={6}>
                  {selected.map((s) => (
                    <Badge
                      key={s.id}
                      variant="outline"
                      size="lg"
                      tt="none"
                      fw={500}
                      rightSection={<CloseButton size="xs" aria-label={t('route.remove', { name: s.displayName })} onClick={() => toggle(s)} />}
                    >
                      {s.displayName}
                    </Badge>
                  ))}
                </Group>
              )}
              {full && (
                <Text size="xs" c="gray.8" mt={6}>
                  {t('route.full', { max: ROUTE_MAX })}
                </Text>
              )}
            </Paper>

            {serverError && (
              <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden="true" />} title={t('route.refused')}>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {serverError}
                </Text>
              </Alert>
            )}

            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('form.cancel')}
              </Button>
              <Button onClick={() => void send()} loading={sending} disabled={selected.length === 0} leftSection={<IconSend size={16} aria-hidden="true" />}>
                {selected.length ? t('route.sendN', { n: selected.length }) : t('route.send')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      )}
    </Modal>
  );
}
