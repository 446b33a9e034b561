import { ActionIcon, CloseButton, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ClipboardEvent, type DragEvent, type RefObject } from 'react';
import { useT } from '../../i18n';
import { markdownFor, uploadFile, UploadFailure } from './uploadFile';

interface Options {
  textarea: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (value: string) => void;
  /** false: no attachments in this editor */
  enabled?: boolean;
}

interface Pending {
  key: number;
  name: string;
  percent: number;
}

/** A pasted screenshot has a generic name (image.png): give it a readable, dated one. */
function nameOf(file: File, pastedLabel: string, index: number): string {
  if (file.name && file.name !== 'image.png') return file.name;
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  const ext = file.type === 'image/jpeg' ? 'jpg' : (file.type.split('/')[1] ?? 'png');
  return `${pastedLabel}-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}${index ? `-${index}` : ''}.${ext}`;
}

/**
 * Attachments for a Markdown textarea: files dropped on it, pasted into it (screenshots) or
 * chosen with the クリップ button are uploaded (`POST /uploads`) and their Markdown is
 * inserted at the cursor. Shows 「アップロード中…」 with the progress, and the server's
 * Japanese message when a file is refused.
 */
export function useAttachments({ textarea, value, onChange, enabled = true }: Options) {
  const t = useT();
  const [pending, setPending] = useState<Pending[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const seq = useRef(0);
  // Uploads finish later: insert into the text as it is then, not as it was when they started.
  const latest = useRef(value);
  latest.current = value;
  // The form was sent (or cleared): the last 「添付しました」 and errors belong to the old text.
  useEffect(() => {
    if (value === '') {
      setDone(null);
      setErrors([]);
    }
  }, [value]);

  const insert = (markdown: string) => {
    const current = latest.current;
    const el = textarea.current;
    const at = el && document.activeElement === el ? el.selectionStart : current.length;
    const before = current.slice(0, at);
    const after = current.slice(at);
    const lead = before && !before.endsWith('\n') ? '\n' : '';
    const trail = after.startsWith('\n') ? '' : '\n';
    const next = `${before}${lead}${markdown}${trail}${after}`;
    latest.current = next;
    onChange(next);
    const caret = before.length + lead.length + markdown.length + trail.length;
    requestAnimationFrame(() => {
      if (el && document.activeElement === el) el.setSelectionRange(caret, caret);
    });
  };

  const uploadAll = (files: File[]) => {
    files.forEach((file, index) => {
      const key = ++seq.current;
      const name = nameOf(file, t('uploads.pastedImage'), index);
      const named = name === file.name ? file : new File([file], name, { type: file.type });
      setPending((p) => [...p, { key, name, percent: 0 }]);
      setDone(null);
      uploadFile(named, (f) => setPending((p) => p.map((x) => (x.key === key ? { ...x, percent: Math.round(f * 100) } : x))), t('uploads.failedGeneric'))
        .then((uploaded) => {
          insert(markdownFor(uploaded));
          setDone(t('uploads.done', { name: uploaded.name }));
        })
        .catch((e: unknown) => {
          const message = e instanceof UploadFailure ? e.message : t('uploads.failedGeneric');
          setErrors((list) => [...list, t('uploads.failed', { name, message })]);
        })
        .finally(() => setPending((p) => p.filter((x) => x.key !== key)));
    });
  };

  const filesOf = (list: FileList | null | undefined) => Array.from(list ?? []).filter((f) => f.size > 0 || f.type);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!enabled) return;
    const files = filesOf(e.clipboardData?.files);
    if (files.length === 0) return; // ordinary text: the textarea pastes it
    e.preventDefault();
    uploadAll(files);
  };
  const onDragOver = (e: DragEvent<HTMLTextAreaElement>) => {
    if (!enabled || !Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = () => setDragging(false);
  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    setDragging(false);
    if (!enabled) return;
    const files = filesOf(e.dataTransfer.files);
    if (files.length === 0) return;
    e.preventDefault();
    uploadAll(files);
  };

  const attachButton = enabled ? (
    <>
      <Tooltip label={t('uploads.attachHint')} multiline w={260} withArrow>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('uploads.attach')} onClick={() => fileInput.current?.click()}>
          <IconPaperclip size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="attachment-input"
        onChange={(e) => {
          uploadAll(filesOf(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
      />
    </>
  ) : null;

  const status = enabled ? (
    <Stack gap={4} mt={4}>
      <div role="status" aria-live="polite">
        {pending.map((p) => (
          <Group key={p.key} gap="xs" wrap="nowrap">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm" c="dimmed">
              {t('uploads.uploadingFile', { name: p.name, percent: p.percent })}
            </Text>
          </Group>
        ))}
        {pending.length === 0 && done && (
          <Text size="sm" c="dimmed">
            {done}
          </Text>
        )}
      </div>
      {errors.map((message, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start" role="alert">
          <Text size="sm" c="red.9" style={{ flex: 1 }}>
            {message}
          </Text>
          <CloseButton size="sm" aria-label={t('uploads.dismiss')} onClick={() => setErrors((list) => list.filter((_, k) => k !== i))} />
        </Group>
      ))}
    </Stack>
  ) : null;

  return {
    uploading: pending.length > 0,
    dragging,
    textareaProps: enabled ? { onPaste, onDragOver, onDragLeave, onDrop } : {},
    attachButton,
    status,
  };
}
