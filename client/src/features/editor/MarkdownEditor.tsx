import { useQuery } from '@apollo/client/react';
import { Box, Group, Input, Loader, Paper, Tabs, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MarkdownPreviewDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { growProps } from '../common/grow';
import { Markdown } from '../common/Markdown';
import { useMentions } from '../mentions/useMentions';
import { useAttachments } from '../uploads/useAttachments';

interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  placeholder?: string;
  description?: string;
  minRows?: number;

  /** Ctrl+Enter / ⌘+Enter in the textarea. */
  onSubmitShortcut?: () => void;
  name?: string;
  required?: boolean;
  onBlur?: () => void;
  /** Files can be attached (drag and drop, paste, the クリップ button); default true. */
  attachments?: boolean;
}

function Preview({ body }: { body: string }) {
  const t = useT();
  const [debounced] = useDebouncedValue(body, 300);
  const empty = !debounced.trim();
  const { data, previousData, loading, error } = useQuery(MarkdownPreviewDocument, {
    variables: { body: debounced },
    skip: empty,
    fetchPolicy: 'cache-first',
  });
  if (empty) {
    return (
      <Text c="dimmed" size="sm">
        {t('editor.previewEmpty')}
      </Text>
    );
  }
  const html = data?.markdownPreview ?? previousData?.markdownPreview;
  if (error && !html) {
    return (
      <Text c="red.9" size="sm" role="alert">
        {errorMessage(error, t)}
      </Text>
    );
  }
  if (!html) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('editor.previewLoading')}
        </Text>
      </Group>
    );
  }
  return (
    <Box aria-busy={loading || body !== debounced}>
      <Markdown html={html} />
    </Box>
  );
}

/** A Markdown textarea with 「書く」/「プレビュー」 tabs; the preview is rendered by the server (markdownPreview). */
export function MarkdownEditor({
  label,
  value,
  onChange,
  error,
  placeholder,
  description,
  minRows = 8,

  onSubmitShortcut,
  name,
  required,
  onBlur,
  attachments = true,
}: MarkdownEditorProps) {
  const t = useT();
  const id = useId();
  const [tab, setTab] = useState<string | null>('write');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const mentions = useMentions({ textarea: textareaRef, value, onChange });
  const uploads = useAttachments({ textarea: textareaRef, value, onChange, enabled: attachments });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.onKeyDown(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
    }
  };

  return (
    <Tabs value={tab} onChange={setTab} variant="outline" radius="md">
      <Group justify="space-between" align="flex-end" gap="xs" wrap="wrap">
        <Input.Label htmlFor={`${id}-textarea`} mb={6}>
          {label}
        </Input.Label>
        <Group gap={4} wrap="nowrap" align="flex-end" style={{ flexShrink: 0 }}>
          {uploads.attachButton}
          <Tabs.List>
            <Tabs.Tab value="write" leftSection={<IconPencil size={14} aria-hidden="true" />}>
              {t('editor.write')}
            </Tabs.Tab>
            <Tabs.Tab value="preview" leftSection={<IconEye size={14} aria-hidden="true" />}>
              {t('editor.preview')}
            </Tabs.Tab>
          </Tabs.List>
        </Group>
      </Group>
      <Tabs.Panel value="write" pt="xs" pos="relative">
        <Textarea
          {...mentions.inputProps}
          {...uploads.textareaProps}
          ref={textareaRef}
          id={`${id}-textarea`}
          name={name}
          value={value}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            mentions.onValueChange();
          }}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          {...growProps(minRows)}
          error={error}
          aria-required={required || undefined}
          description={description ?? t('editor.markdownHint')}
          inputWrapperOrder={['input', 'error', 'description']}
        />
        {mentions.list}
        {uploads.status}
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <Paper withBorder p="md" mih={120} bg="white">
          {tab === 'preview' && <Preview body={value} />}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
