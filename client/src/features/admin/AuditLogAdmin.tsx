import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Loader, MultiSelect, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowRight, IconDownload, IconFilterOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { AuditActionsDocument, AuditLogDocument, type AuditFilter, type AuditLogQuery } from '../../gql/graphql';
import { useLocale, useT, type MessageKey } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { useCan } from '../auth/permissions';
import { EmptyState, ErrorState } from '../common/States';
import { auditDetail, auditDiff, type AuditFormatContext } from './auditDiff';
import { useAdminDepartments } from './useAdminDepartments';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_CSV_PATH = '/export/audit-log.csv';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

const ALL_TARGET_TYPES = ['USER', 'DEPARTMENT', 'IMPORT', 'POST', 'ANSWER', 'COMMENT'] as const;
const MODERATION_TARGET_TYPES = ['POST', 'ANSWER', 'COMMENT'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The CSV export URL with the same filters as the screen (the server applies the same visibility). */
export function auditCsvHref(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.actions?.length) params.set('actions', filter.actions.join(','));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.actorId) params.set('actorId', String(filter.actorId));
  if (filter.targetType) params.set('targetType', filter.targetType);
  if (filter.targetId) params.set('targetId', String(filter.targetId));
  const query = params.toString();
  return query ? `${AUDIT_CSV_PATH}?${query}` : AUDIT_CSV_PATH;
}

/** before → after of each changed field, then the detail (reason, counts …), compact. */
export function AuditChanges({ entry, ctx }: { entry: Pick<Entry, 'before' | 'after' | 'detail'> & { targetType?: string | null }; ctx?: AuditFormatContext }) {
  const t = useT();
  const withTarget = { ...ctx, targetType: entry.targetType };
  const diff = auditDiff(entry.before, entry.after, withTarget);
  const detail = auditDetail(entry.detail, withTarget);
  if (diff.length === 0 && detail.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {diff.map((r) => (
        <Text key={`d-${r.key}`} size="xs" component="div" data-testid="audit-diff-row">
          <Text span fw={600} size="xs">
            {r.label}:
          </Text>{' '}
          {r.before !== null && (
            <>
              <Text span size="xs" c="red.9" td="line-through">
                <span className="visually-hidden">{t('admin.audit.before')}: </span>
                {r.before}
              </Text>{' '}
              <IconArrowRight size={12} aria-hidden="true" style={{ margin: '0 4px', verticalAlign: 'middle' }} />
            </>
          )}
          {r.after !== null ? (
            <Text span size="xs" c="green.9" fw={600}>
              <span className="visually-hidden">{t('admin.audit.after')}: </span>
              {r.after}
            </Text>
          ) : (
            <Text span size="xs" c="dimmed">
              {t('admin.audit.cleared')}
            </Text>
          )}
        </Text>
      ))}
      {detail.length > 0 && (
        <Text size="xs" c="gray.8" component="div">
          {detail.map((d, i) => (
            <span key={`x-${d.key}`}>
              {i > 0 && '、'}
              <Text span size="xs" fw={600}>
                {d.label}:
              </Text>{' '}
              {d.value}
            </span>
          ))}
        </Text>
      )}
    </Stack>
  );
}

/** The action, in words; a pill that wraps rather than cut 「職員データの取り込み」 short. */
function ActionLabel({ label }: { label: string }) {
  return (
    <Text
      span
      size="xs"
      fw={700}
      c="banso.9"
      bg="banso.0"
      px={8}
      py={2}
      style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'inline-block', lineHeight: 1.5 }}
    >
      {label}
    </Text>
  );
}

function Actor({ entry }: { entry: Entry }) {
  const t = useT();
  if (!entry.actor) {
    return (
      <Text size="sm" c="dimmed">
        {t('admin.audit.system')}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/users/${entry.actor.id}`} size="sm">
      {entry.actor.displayName}
    </Anchor>
  );
}

function When({ value }: { value: string }) {
  const { locale } = useLocale();
  return (
    <Text size="sm" component="time" dateTime={value} style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(value, locale)}
    </Text>
  );
}

function AuditTable({ entries, ctx }: { entries: readonly Entry[]; ctx: AuditFormatContext }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={170}>
              {t('admin.audit.when')}
            </Table.Th>
            <Table.Th scope="col" miw={120}>
              {t('admin.audit.action')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('admin.audit.actor')}
            </Table.Th>
            <Table.Th scope="col">{t('admin.audit.target')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <When value={e.createdAt} />
                {e.ip && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {e.ip}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionLabel label={e.actionLabel} />
              </Table.Td>
              <Table.Td>
                <Actor entry={e} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.targetLabel ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <AuditChanges entry={e} ctx={ctx} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AuditCards({ entries, ctx }: { entries: readonly Entry[]; ctx: AuditFormatContext }) {
  return (
    <Stack gap="xs" component="ul" className="plain-list">
      {entries.map((e) => (
        <Paper key={e.id} component="li" withBorder p="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <ActionLabel label={e.actionLabel} />
            <When value={e.createdAt} />
          </Group>
          <Group gap={6} mt={6} wrap="wrap">
            <Actor entry={e} />
            {e.targetLabel && (
              <>
                <IconArrowRight size={14} aria-hidden="true" />
                <Text size="sm">{e.targetLabel}</Text>
              </>
            )}
          </Group>
          <div style={{ marginTop: 6 }}>
            <AuditChanges entry={e} ctx={ctx} />
          </div>
        </Paper>
      ))}
    </Stack>
  );
}

/** 監査ログ: newest first, filtered by action, period and kind of target; CSV with the same filters. */
export function AuditLogAdmin() {
  const t = useT();
  const all = useCan('audit.viewAll');
  const narrow = useMediaQuery('(max-width: 48em)');
  const { departments } = useAdminDepartments();
  const [actions, setActions] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [targetType, setTargetType] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const rangeError = from && to && DATE.test(from) && DATE.test(to) && from > to ? t('admin.audit.v.range') : null;
  const filter: AuditFilter = {
    actions: actions.length ? actions : null,
    from: DATE.test(from) ? from : null,
    to: DATE.test(to) ? to : null,
    targetType,
  };
  const { data: actionData } = useQuery(AuditActionsDocument, { fetchPolicy: 'cache-first' });
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogDocument, {
    variables: { first: AUDIT_PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    skip: !!rangeError,
  });
  const shown = data ?? previousData;
  const entries = shown?.auditLog.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.auditLog.pageInfo;
  const ctx = useMemo<AuditFormatContext>(() => {
    const byId = new Map(departments.map((d) => [d.id, d.path]));
    return { departmentName: (id) => byId.get(id) };
  }, [departments]);
  const targetTypes = all ? ALL_TARGET_TYPES : MODERATION_TARGET_TYPES;
  const filtered = actions.length > 0 || !!from || !!to || !!targetType;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          auditLog: { ...fetchMoreResult.auditLog, edges: [...prev.auditLog.edges, ...fetchMoreResult.auditLog.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-title">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm" align="flex-start">
        <div>
          <Title order={2} size="h4" id="audit-title">
            {t('admin.audit.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(all ? 'admin.audit.leadAll' : 'admin.audit.leadModeration')}
          </Text>
        </div>
        <Button component="a" href={auditCsvHref(filter)} download variant="default" leftSection={<IconDownload size={18} aria-hidden="true" />}>
          {t('admin.audit.csv')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" mb="md" role="search" aria-label={t('admin.audit.filters')}>
        <MultiSelect
          label={t('admin.audit.action')}
          placeholder={actions.length ? undefined : t('admin.audit.allActions')}
          data={(actionData?.auditActions ?? []).map((a) => ({ value: a.action, label: a.label }))}
          value={actions}
          onChange={setActions}
          searchable
          clearable
          nothingFoundMessage={t('admin.audit.noAction')}
        />
        <TextInput type="date" label={t('admin.audit.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} max={to || undefined} />
        <TextInput
          type="date"
          label={t('admin.audit.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          min={from || undefined}
          error={rangeError}
        />
        <Select
          label={t('admin.audit.targetType')}
          placeholder={t('admin.audit.allTargets')}
          data={targetTypes.map((v) => ({ value: v, label: t(`admin.audit.type.${v}` as MessageKey) }))}
          value={targetType}
          onChange={setTargetType}
          clearable
        />
      </SimpleGrid>
      {filtered && (
        <Group justify="flex-end" mt={-8} mb="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={14} aria-hidden="true" />}
            onClick={() => {
              setActions([]);
              setFrom('');
              setTo('');
              setTargetType(null);
            }}
          >
            {t('admin.audit.clearFilters')}
          </Button>
        </Group>
      )}

      {rangeError ? null : error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <Stack gap="xs" role="status" aria-label={t('common.loading')}>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} h={44} />
          ))}
        </Stack>
      ) : entries.length === 0 && !loading ? (
        <EmptyState title={filtered ? t('admin.audit.noMatch') : t('admin.audit.empty')} description={filtered ? t('admin.audit.noMatchHint') : undefined} />
      ) : (
        <div style={{ opacity: loading && !loadingMore ? 0.6 : 1 }} aria-busy={loading}>
          {error && <ErrorState error={error} onRetry={() => void refetch()} />}
          {narrow ? <AuditCards entries={entries} ctx={ctx} /> : <AuditTable entries={entries} ctx={ctx} />}
        </div>
      )}
      <Group justify="space-between" mt="sm" wrap="wrap" gap="xs">
        <Group gap={6} role="status" aria-live="polite">
          {loading && <Loader size="xs" aria-hidden="true" />}
          {entries.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('admin.audit.count', { n: entries.length })}
            </Text>
          )}
        </Group>
        {pageInfo?.hasNextPage && (
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('admin.audit.more')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
