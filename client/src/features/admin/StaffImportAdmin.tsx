import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Collapse,
  FileButton,
  Group,
  List,
  Pagination,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronUp,
  IconCircleCheck,
  IconDatabaseImport,
  IconFileSpreadsheet,
  IconFileUpload,
  IconInfoCircle,
  IconListSearch,
} from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { AdminDepartmentsDocument, AdminUsersDocument, ImportStaffDocument, type ImportStaffMutation } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { formatCalendarDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { todayJst } from './adminOptions';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { countDataLines, decodeCsv, IMPORT_MAX_BYTES, readFileWithProgress, stripLocation, type DecodedCsv } from './staffImportFile';

export type ImportResult = ImportStaffMutation['importStaff'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE = 20;
/** The server accepts up to this many characters (≈ 20,000 rows). */
const MAX_CHARS = 3_000_000;

const STATS: {
  key: keyof Pick<ImportResult, 'created' | 'updated' | 'transferred' | 'deactivated' | 'unchanged' | 'departmentsCreated'>;
  label: MessageKey;
  color: string;
}[] = [
  { key: 'created', label: 'admin.import.stat.created', color: 'teal' },
  { key: 'updated', label: 'admin.import.stat.updated', color: 'banso' },
  { key: 'transferred', label: 'admin.import.stat.transferred', color: 'grape' },
  { key: 'deactivated', label: 'admin.import.stat.deactivated', color: 'red' },
  { key: 'unchanged', label: 'admin.import.stat.unchanged', color: 'gray' },
  { key: 'departmentsCreated', label: 'admin.import.stat.departmentsCreated', color: 'orange' },
];

export const CHANGE_KINDS = ['CREATE', 'UPDATE', 'TRANSFER', 'DEACTIVATE', 'REACTIVATE', 'DEPARTMENT'] as const;
const KIND_COLOR: Record<string, string> = { CREATE: 'teal', UPDATE: 'banso', TRANSFER: 'grape', DEACTIVATE: 'red', REACTIVATE: 'teal', DEPARTMENT: 'orange' };

interface LoadedFile extends DecodedCsv {
  name: string;
  size: number;
  lines: number;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function FormatHelp() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const columns: { name: string; required: boolean; example: string; note: MessageKey }[] = [
    { name: '職員番号 / employee_id', required: true, example: 'K10234', note: 'admin.import.col.employeeId' },
    { name: '氏名 / name', required: true, example: '伴走 花子', note: 'admin.import.col.name' },
    { name: 'メールアドレス / email', required: true, example: 'hanako.banso@city.example.lg.jp', note: 'admin.import.col.email' },
    { name: '所属 / department', required: true, example: '企画部/デジタル推進課/DX推進係', note: 'admin.import.col.department' },
    { name: '役割 / role', required: false, example: 'デジタル推進リーダー人財', note: 'admin.import.col.role' },
    { name: '階層 / layer', required: false, example: '課長補佐級職員層', note: 'admin.import.col.layer' },
    { name: '権限 / access', required: false, example: '職員', note: 'admin.import.col.access' },
  ];
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconInfoCircle size={16} aria-hidden="true" />}
        rightSection={open ? <IconChevronUp size={14} aria-hidden="true" /> : <IconChevronDown size={14} aria-hidden="true" />}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="import-format-help"
      >
        {t('admin.import.formatTitle')}
      </Button>
      <Collapse expanded={open} id="import-format-help">
        <Stack gap="xs" mt="xs">
          <Text size="sm">{t('admin.import.formatLead')}</Text>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={4} fz="sm" withTableBorder bg="white">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.import.formatColumn')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.formatExample')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.formatNote')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {columns.map((c) => (
                  <Table.Tr key={c.name}>
                    <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {c.name}{' '}
                      <Badge size="xs" color={c.required ? 'red' : 'gray'} variant="light">
                        {t(c.required ? 'admin.import.required' : 'common.optional')}
                      </Badge>
                    </Table.Th>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {c.example}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{t(c.note)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <List size="sm" spacing={2}>
            <List.Item>{t('admin.import.formatNote1')}</List.Item>
            <List.Item>{t('admin.import.formatNote2')}</List.Item>
            <List.Item>{t('admin.import.formatNote3')}</List.Item>
          </List>
          <Text size="xs" c="dimmed">
            {t('admin.import.formatSample')}
          </Text>
          <Text
            component="pre"
            size="xs"
            ff="monospace"
            bg="white"
            p="xs"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, overflowX: 'auto', margin: 0 }}
          >
            {
              '職員番号,氏名,メールアドレス,所属,役割,階層,権限\nK10234,伴走 花子,hanako.banso@city.example.lg.jp,企画部/デジタル推進課/DX推進係,デジタル推進リーダー人財,課長補佐級職員層,職員'
            }
          </Text>
        </Stack>
      </Collapse>
    </Paper>
  );
}

/** The counts as cards: 新規, 更新, 異動, 利用停止, 変更なし, 新しい部署. */
export function ImportStats({ result }: { result: ImportResult }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" component="dl" style={{ margin: 0 }}>
      {STATS.map((s) => (
        <Paper key={s.key} withBorder p="sm" style={{ borderTop: `3px solid var(--mantine-color-${s.color}-6)` }}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {t(s.label)}
          </Text>
          <Text component="dd" fz={26} fw={700} lh={1.2} m={0} data-testid={`import-stat-${s.key}`}>
            {result[s.key].toLocaleString('ja-JP')}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ErrorsTable({ errors }: { errors: ImportResult['errors'] }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(errors.length / PAGE));
  const rows = errors.slice((page - 1) * PAGE, page * PAGE);
  const narrow = useMediaQuery('(max-width: 48em)');
  return (
    <Stack gap="xs">
      {narrow ? (
        <Stack gap={6} component="ul" className="plain-list" aria-label={t('admin.import.errorsTitle')}>
          {rows.map((e, i) => (
            <Paper key={`${e.line}-${e.column ?? 'row'}-${i}`} component="li" withBorder p="xs" bg="red.0">
              <Text size="xs" c="red.9" fw={700}>
                {t('admin.import.lineN', { n: e.line })}
                {e.columnName ? ` · ${e.columnName}` : e.column ? ` · ${t('admin.import.columnN', { n: e.column })}` : ''}
              </Text>
              <Text size="sm" c="red.9">
                {stripLocation(e.message, e.line, e.columnName)}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} withTableBorder aria-label={t('admin.import.errorsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={70}>
                  {t('admin.import.line')}
                </Table.Th>
                <Table.Th scope="col" w={140}>
                  {t('admin.import.column')}
                </Table.Th>
                <Table.Th scope="col">{t('admin.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e, i) => (
                <Table.Tr key={`${e.line}-${e.column ?? 'row'}-${i}`} bg="red.0">
                  <Table.Td>
                    <Text size="sm" c="red.9" fw={600}>
                      {e.line}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="red.9">
                      {e.columnName ?? (e.column ? t('admin.import.columnN', { n: e.column }) : '—')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="red.9">
                      {stripLocation(e.message, e.line, e.columnName)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          size="sm"
          getControlProps={(c) => ({ 'aria-label': c === 'previous' ? t('admin.prev') : c === 'next' ? t('admin.next') : undefined })}
        />
      )}
    </Stack>
  );
}

function ChangesTable({ result }: { result: ImportResult }) {
  const t = useT();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [kind, setKind] = useState<string>('ALL');
  const [page, setPage] = useState(1);
  const counts = new Map<string, number>();
  for (const c of result.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const list = kind === 'ALL' ? result.changes : result.changes.filter((c) => c.kind === kind);
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  const rows = list.slice((page - 1) * PAGE, page * PAGE);
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-end">
        <Select
          label={t('admin.import.kindFilter')}
          value={kind}
          onChange={(v) => {
            setKind(v ?? 'ALL');
            setPage(1);
          }}
          allowDeselect={false}
          w={240}
          data={[
            { value: 'ALL', label: `${t('admin.import.kind.ALL')}（${result.changes.length}）` },
            ...CHANGE_KINDS.filter((k) => counts.has(k)).map((k) => ({ value: k, label: `${t(`admin.import.kind.${k}` as MessageKey)}（${counts.get(k)}）` })),
          ]}
        />
        {result.changeCount > result.changes.length && (
          <Text size="xs" c="dimmed">
            {t('admin.import.truncated', { shown: result.changes.length, total: result.changeCount })}
          </Text>
        )}
      </Group>
      {narrow ? (
        <Stack gap={6} component="ul" className="plain-list" aria-label={t('admin.import.changesTitle')}>
          {rows.map((c, i) => (
            <Paper key={`${c.kind}-${c.line ?? 'x'}-${c.employeeId ?? c.name}-${i}`} component="li" withBorder p="xs">
              <Group gap={6} wrap="wrap">
                <Badge size="sm" color={KIND_COLOR[c.kind] ?? 'gray'}>
                  {t(`admin.import.kind.${c.kind}` as MessageKey)}
                </Badge>
                <Text size="sm" fw={600}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[c.employeeId, c.line ? t('admin.import.lineN', { n: c.line }) : null].filter(Boolean).join(' · ')}
                </Text>
              </Group>
              <Text size="sm" mt={2}>
                {c.description}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} striped aria-label={t('admin.import.changesTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={96}>
                  {t('admin.import.kindColumn')}
                </Table.Th>
                <Table.Th scope="col" w={56}>
                  {t('admin.import.line')}
                </Table.Th>
                <Table.Th scope="col" w={110}>
                  {t('admin.accounts.employeeId')}
                </Table.Th>
                <Table.Th scope="col">{t('admin.import.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c, i) => (
                <Table.Tr key={`${c.kind}-${c.line ?? 'x'}-${c.employeeId ?? c.name}-${i}`}>
                  <Table.Td>
                    <Badge size="sm" color={KIND_COLOR[c.kind] ?? 'gray'}>
                      {t(`admin.import.kind.${c.kind}` as MessageKey)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.line ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {c.employeeId ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {c.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.description}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          size="sm"
          getControlProps={(c) => ({ 'aria-label': c === 'previous' ? t('admin.prev') : c === 'next' ? t('admin.next') : undefined })}
        />
      )}
    </Stack>
  );
}

/** The outcome of 内容を確認 (or of 取り込む): counts, then errors or the changes. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const t = useT();
  const hasErrors = result.errors.length > 0;
  return (
    <Stack gap="md">
      <Text size="sm">
        {t(result.dryRun ? 'admin.import.previewLead' : 'admin.import.doneLead', { rows: result.rows, date: formatCalendarDate(result.effectiveDate) })}
      </Text>
      {/* With errors the server stops before counting, so zeros would only mislead. */}
      {!hasErrors && <ImportStats result={result} />}
      {hasErrors && (
        <Stack gap="xs">
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('admin.import.errorsTitleCount', { n: result.errors.length })}
          >
            <Text size="sm" fw={600}>
              {t('admin.import.blocked')}
            </Text>
          </Alert>
          <ErrorsTable errors={result.errors} />
        </Stack>
      )}
      {result.warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle aria-hidden="true" />}
          title={t('admin.import.warningsTitle', { n: result.warnings.length })}
        >
          <List size="sm" spacing={2}>
            {result.warnings.map((w, i) => (
              <List.Item key={i}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!hasErrors &&
        (result.changes.length > 0 ? (
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('admin.import.changesTitle')}
            </Title>
            <ChangesTable result={result} />
          </div>
        ) : (
          <Alert color="gray" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
            <Text size="sm">{t('admin.import.noChanges')}</Text>
          </Alert>
        ))}
    </Stack>
  );
}

/** 取り込み: the HR file, read and decoded in the browser, checked (dry run), then applied as one. */
export function StaffImportAdmin() {
  const t = useT();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [effectiveDate, setEffectiveDate] = useState(todayJst());
  const [deactivateMissing, setDeactivateMissing] = useState(false);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [run, { loading }] = useMutation(ImportStaffDocument);
  const [running, setRunning] = useState<'check' | 'apply' | null>(null);

  const dateError = DATE.test(effectiveDate) ? null : t('admin.v.date');
  const invalidate = () => {
    setPreview(null);
    setServerError(null);
  };

  const load = async (f: File | null) => {
    invalidate();
    setDone(null);
    setFileError(null);
    if (!f) return;
    if (f.size > IMPORT_MAX_BYTES) {
      setFile(null);
      setFileError(t('admin.import.tooLarge'));
      return;
    }
    setReading(0);
    try {
      const buffer = await readFileWithProgress(f, setReading);
      const decoded = decodeCsv(buffer);
      if (decoded.text.length > MAX_CHARS) {
        setFile(null);
        setFileError(t('admin.import.tooLarge'));
        return;
      }
      setFile({ ...decoded, name: f.name, size: f.size, lines: countDataLines(decoded.text) });
    } catch {
      setFile(null);
      setFileError(t('admin.import.readError'));
    } finally {
      setReading(null);
    }
  };

  const submit = async (dryRun: boolean) => {
    if (!file || dateError) return;
    setServerError(null);
    setRunning(dryRun ? 'check' : 'apply');
    try {
      const res = await run({
        variables: { input: { csv: file.text, dryRun, effectiveDate, deactivateMissing } },
        ...(dryRun ? {} : { refetchQueries: [AdminUsersDocument, AdminDepartmentsDocument] }),
      });
      const result = res.data?.importStaff ?? null;
      if (dryRun) {
        setPreview(result);
      } else if (result) {
        setConfirming(false);
        if (result.ok) {
          setDone(result);
          setPreview(null);
          setFile(null);
          showNotice(t, { color: 'teal', message: t('admin.import.doneNotice', { n: result.changeCount }) });
        } else {
          // Something changed since the check: show what the server found, nothing was applied.
          setPreview(result);
        }
      }
    } catch (e) {
      setConfirming(false);
      setServerError(errorMessage(e, t));
    } finally {
      setRunning(null);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files?.[0];
    if (f) void load(f);
  };

  const canApply = !!preview && preview.dryRun && preview.ok && preview.errors.length === 0 && !loading;

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="import-title">
        <Title order={2} size="h4" id="import-title">
          {t('admin.import.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('admin.import.lead')}
        </Text>
        <Stack gap="md">
          <FormatHelp />
          <Box
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            p="lg"
            style={{
              border: `2px dashed var(--mantine-color-${dragging ? 'banso-6' : 'gray-4'})`,
              borderRadius: 'var(--mantine-radius-md)',
              background: dragging ? 'var(--mantine-color-banso-0)' : 'var(--mantine-color-white)',
              textAlign: 'center',
              transition: 'background 120ms, border-color 120ms',
            }}
            data-testid="import-dropzone"
          >
            <Stack align="center" gap="xs">
              <IconFileUpload size={36} stroke={1.5} color="var(--mantine-color-banso-7)" aria-hidden="true" />
              <Text size="sm">{t('admin.import.drop')}</Text>
              <FileButton onChange={(f) => void load(f)} accept=".csv,text/csv,application/vnd.ms-excel">
                {(props) => (
                  <Button {...props} variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}>
                    {t('admin.import.choose')}
                  </Button>
                )}
              </FileButton>
              <Text size="xs" c="dimmed">
                {t('admin.import.encodings')}
              </Text>
            </Stack>
          </Box>
          {reading !== null && (
            <div role="status" aria-live="polite">
              <Text size="sm" mb={4}>
                {t('admin.import.reading', { percent: reading })}
              </Text>
              <Progress value={Math.max(reading, 5)} striped animated aria-label={t('admin.import.readingLabel')} />
            </div>
          )}
          <FormError message={fileError} />
          {file && (
            <Alert color="banso" variant="light" icon={<IconFileSpreadsheet aria-hidden="true" />} title={file.name}>
              <Text size="sm">
                {t('admin.import.fileSummary', { size: formatBytes(file.size), lines: file.lines.toLocaleString('ja-JP'), encoding: file.encoding })}
              </Text>
            </Alert>
          )}
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              type="date"
              label={t('admin.import.effectiveDate')}
              description={t('admin.import.effectiveDateHelp')}
              value={effectiveDate}
              onChange={(e) => {
                setEffectiveDate(e.currentTarget.value);
                invalidate();
              }}
              error={dateError}
              w={260}
            />
            <Checkbox
              mt={{ base: 0, sm: 30 }}
              label={t('admin.import.deactivateMissing')}
              description={t('admin.import.deactivateMissingHelp')}
              checked={deactivateMissing}
              onChange={(e) => {
                setDeactivateMissing(e.currentTarget.checked);
                invalidate();
              }}
              maw={520}
            />
          </Group>
          <Group gap="sm" wrap="wrap">
            <Button
              leftSection={<IconListSearch size={18} aria-hidden="true" />}
              variant={preview ? 'default' : 'filled'}
              disabled={!file || !!dateError || reading !== null}
              loading={running === 'check'}
              onClick={() => void submit(true)}
            >
              {t('admin.import.check')}
            </Button>
            <Button
              leftSection={<IconDatabaseImport size={18} aria-hidden="true" />}
              color="teal"
              disabled={!canApply}
              onClick={() => setConfirming(true)}
              aria-describedby={!canApply ? 'import-apply-hint' : undefined}
            >
              {t('admin.import.apply')}
            </Button>
            {!canApply && (
              <Text size="xs" c="dimmed" id="import-apply-hint">
                {preview && preview.errors.length > 0 ? t('admin.import.applyBlocked') : t('admin.import.applyHint')}
              </Text>
            )}
          </Group>
          {running && (
            <div role="status" aria-live="polite">
              <Text size="sm" mb={4}>
                {t(running === 'check' ? 'admin.import.checking' : 'admin.import.applying', { n: file?.lines.toLocaleString('ja-JP') ?? '0' })}
              </Text>
              <Progress value={100} striped animated aria-label={t(running === 'check' ? 'admin.import.checkingLabel' : 'admin.import.applyingLabel')} />
            </div>
          )}
          <FormError message={serverError} />
        </Stack>
      </Paper>

      {preview && (
        <Paper withBorder p="md" component="section" aria-labelledby="import-preview-title">
          <Title order={2} size="h4" id="import-preview-title" mb="sm">
            {t('admin.import.previewTitle')}
          </Title>
          <ImportPreview result={preview} />
        </Paper>
      )}
      {done && (
        <Paper withBorder p="md" component="section" aria-labelledby="import-done-title">
          <Group gap="xs" mb="sm">
            <IconCircleCheck size={22} color="var(--mantine-color-teal-8)" aria-hidden="true" />
            <Title order={2} size="h4" id="import-done-title">
              {t('admin.import.doneTitle')}
            </Title>
          </Group>
          <ImportPreview result={done} />
        </Paper>
      )}

      <ConfirmDialog
        opened={confirming && !!preview}
        title={t('admin.import.confirmTitle')}
        confirmLabel={t('admin.import.apply')}
        color="teal"
        loading={running === 'apply'}
        onClose={() => setConfirming(false)}
        onConfirm={() => void submit(false)}
      >
        {preview && (
          <Stack gap="xs">
            <Text size="sm">{t('admin.import.confirmLead', { n: preview.changeCount, date: formatCalendarDate(preview.effectiveDate) })}</Text>
            <List size="sm" spacing={2}>
              {STATS.filter((s) => s.key !== 'unchanged' && preview[s.key] > 0).map((s) => (
                <List.Item key={s.key}>
                  {t(s.label)}: {preview[s.key]}
                </List.Item>
              ))}
            </List>
            {preview.deactivated > 0 && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
                <Text size="sm">{t('admin.import.confirmDeactivate', { n: preview.deactivated })}</Text>
              </Alert>
            )}
          </Stack>
        )}
      </ConfirmDialog>
    </Stack>
  );
}
