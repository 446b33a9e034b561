import { Alert, Button, Fieldset, Group, NumberInput, Paper, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { growProps } from '../common/grow';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { ExpertsHint } from '../skills/ExpertsHint';
import { MarkdownEditor } from './MarkdownEditor';
import { TagPicker } from './TagPicker';
import { TagsField } from './TagsField';
import { emptyPostFormValues, TITLE_MAX, validatePostForm, type PostFormValues } from './validation';
import type { PostKind } from '../../gql/graphql';
import type { ReactNode } from 'react';

interface PostFormProps {
  kind: PostKind;
  mode: 'create' | 'edit';
  initialValues?: Partial<PostFormValues>;
  onSubmit: (values: PostFormValues) => void | Promise<void>;
  onCancel?: () => void;
  submitting?: boolean;
  serverError?: string | null;
  serverFieldErrors?: Record<string, string>;
  /** Every change of the values (drafts autosave, the personal-information warning). */
  onValuesChange?: (values: PostFormValues) => void;
  /** Focus left a field (drafts save what is pending). */
  onFieldBlur?: () => void;
  /** Shown under the body (the personal-information warning). */
  notice?: ReactNode;
  /** Shown left of the buttons (guidelines link, draft status). */
  footer?: ReactNode;
}

export function PostForm({
  kind,
  mode,
  initialValues,
  onSubmit,
  onCancel,
  submitting,
  serverError,
  serverFieldErrors,
  onValuesChange,
  onFieldBlur,
  notice,
  footer,
}: PostFormProps) {
  const t = useT();
  const form = useForm<PostFormValues>({
    mode: 'controlled',
    initialValues: { ...emptyPostFormValues, ...initialValues },
    validate: (values) => validatePostForm(values, kind, t),
    validateInputOnBlur: true,
    onValuesChange: (values) => onValuesChange?.(values),
  });

  const fieldError = (field: keyof PostFormValues) => (form.errors[field] as string | undefined) ?? serverFieldErrors?.[field] ?? null;

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(values))} onBlur={onFieldBlur}>
      <Stack gap="lg">
        {serverError && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden="true" />} title={t('error.title')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {serverError}
            </Text>
          </Alert>
        )}
        <TextInput
          label={t('form.title')}
          placeholder={t(`form.titlePlaceholder.${kind}`)}
          aria-required
          {...form.getInputProps('title')}
          error={fieldError('title')}
          description={t('form.charCount', { count: form.values.title.trim().length, max: TITLE_MAX })}
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          size="md"
        />
        {kind === 'QUESTION' && mode === 'create' && <SimilarQuestions title={form.values.title} />}

        <MarkdownEditor
          label={t('form.body')}
          value={form.values.body}
          onChange={(v) => form.setFieldValue('body', v)}
          onBlur={() => form.validateField('body')}
          error={fieldError('body')}
          placeholder={t('form.bodyPlaceholder')}
          minRows={10}
          required
          onSubmitShortcut={() => form.onSubmit((values) => onSubmit(values))()}
        />
        {notice}

        {kind === 'CASE' && (
          <Fieldset
            legend={t('form.caseSection')}
            radius="md"
            styles={{
              root: { background: 'var(--mantine-color-teal-0)', borderColor: 'var(--mantine-color-teal-3)' },
              legend: { fontWeight: 700, color: 'var(--mantine-color-teal-9)', background: 'var(--mantine-color-white)', padding: '0 8px', borderRadius: 4 },
            }}
          >
            <Stack gap="md">
              <Textarea
                label={t('form.problem')}
                placeholder={t('form.problemPlaceholder')}
                {...growProps(3)}
                aria-required
                {...form.getInputProps('problem')}
                error={fieldError('problem')}
              />
              <Textarea
                label={t('form.solution')}
                placeholder={t('form.solutionPlaceholder')}
                {...growProps(3)}
                aria-required
                {...form.getInputProps('solution')}
                error={fieldError('solution')}
              />
              <Textarea
                label={t('form.effect')}
                placeholder={t('form.effectPlaceholder')}
                {...growProps(3)}
                aria-required
                {...form.getInputProps('effect')}
                error={fieldError('effect')}
              />
              <Group grow align="flex-start">
                <NumberInput
                  label={t('form.hours')}
                  description={t('form.hoursDescription')}
                  min={0}
                  step={10}
                  decimalScale={1}
                  allowNegative={false}
                  thousandSeparator=","
                  hideControls
                  {...form.getInputProps('hoursSavedPerYear')}
                  error={fieldError('hoursSavedPerYear')}
                />
                <TagsField
                  label={t('form.tools')}
                  description={t('form.toolsDescription')}
                  placeholder={t('form.toolsPlaceholder')}
                  value={form.values.tools}
                  onChange={(v) => form.setFieldValue('tools', v)}
                  maxTags={10}
                />
              </Group>
            </Stack>
          </Fieldset>
        )}

        <TagPicker value={form.values.tags} onChange={(v) => form.setFieldValue('tags', v)} error={fieldError('tags')} />
        {kind === 'QUESTION' && mode === 'create' && <ExpertsHint tags={form.values.tags} />}

        {kind === 'QUESTION' && mode === 'create' && (
          <Paper withBorder p="md" bg="gray.0">
            <Switch
              label={t('form.anonymous')}
              description={
                <Group gap={4} component="span" wrap="nowrap" align="flex-start">
                  <IconShieldLock size={14} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
                  <span>{t('form.anonymousHelp')}</span>
                </Group>
              }
              size="md"
              {...form.getInputProps('anonymous', { type: 'checkbox' })}
            />
          </Paper>
        )}

        <Group justify={footer ? 'space-between' : 'flex-end'} gap="sm" wrap="wrap">
          {footer && (
            <Group gap="md" wrap="wrap">
              {footer}
            </Group>
          )}
          <Group gap="sm">
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('form.cancel')}
              </Button>
            )}
            <Button type="submit" loading={submitting} size="md">
              {mode === 'create' ? t('form.submit') : t('form.update')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
