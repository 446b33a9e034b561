import type { PostKind, WebhookFieldsFragment, WebhookFormat, WebhookInput } from '../../gql/graphql';
import type { MessageKey, TFunction } from '../../i18n';

export const WEBHOOK_FORMATS: readonly WebhookFormat[] = ['TEAMS', 'SLACK', 'GENERIC'];
export const POST_KINDS: readonly PostKind[] = ['QUESTION', 'CASE', 'IDEA'];
/** The server's limits (WebhookInput). */
export const NAME_MAX = 100;
export const URL_MAX = 2000;
export const TAGS_MAX = 20;
export const SECRET_MAX = 200;

export const formatLabel = (f: WebhookFormat): MessageKey => `webhooks.format.${f}` as MessageKey;
export const formatHelp = (f: WebhookFormat): MessageKey => `webhooks.formatHelp.${f}` as MessageKey;

export interface WebhookFormValues {
  name: string;
  url: string;
  format: WebhookFormat;
  tags: string[];
  kinds: PostKind[];
  /** A new secret (empty: keep the one set, or none). */
  secret: string;
  /** Remove the secret that is set. */
  clearSecret: boolean;
  active: boolean;
}

export function initialValues(w?: WebhookFieldsFragment | null): WebhookFormValues {
  return {
    name: w?.name ?? '',
    url: w?.url ?? '',
    format: w?.format ?? 'TEAMS',
    tags: [...(w?.tags ?? [])],
    kinds: [...(w?.kinds ?? [])],
    secret: '',
    clearSecret: false,
    active: w?.active ?? true,
  };
}

export function validateName(v: string, t: TFunction): string | null {
  const s = v.trim();
  if (!s) return t('webhooks.v.nameRequired');
  if ([...s].length > NAME_MAX) return t('webhooks.v.tooLong', { max: NAME_MAX });
  return null;
}

/** Only the shape here; whether the host is allowed is the server's (WEBHOOK_ALLOWED_HOSTS). */
export function validateUrl(v: string, t: TFunction): string | null {
  const s = v.trim();
  if (!s) return t('webhooks.v.urlRequired');
  if (s.length > URL_MAX) return t('webhooks.v.tooLong', { max: URL_MAX });
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return t('webhooks.v.urlInvalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return t('webhooks.v.urlScheme');
  return null;
}

export function validateSecret(v: string, t: TFunction): string | null {
  return v.trim().length > SECRET_MAX ? t('webhooks.v.tooLong', { max: SECRET_MAX }) : null;
}

/**
 * The mutation input. The secret is sent only when it changes: a new one, or '' to remove it
 * (null leaves it as it is). It matters only for 汎用 JSON; switching away keeps it unused.
 */
export function toInput(v: WebhookFormValues): WebhookInput {
  return {
    name: v.name.trim(),
    url: v.url.trim(),
    format: v.format,
    tags: v.tags,
    kinds: v.kinds,
    secret: v.clearSecret ? '' : v.secret.trim() ? v.secret.trim() : null,
    active: v.active,
  };
}

export type DeliveryTone = 'ok' | 'retrying' | 'failed';

/** DELIVERED / PENDING (after a failed attempt: waiting to retry) / FAILED (given up). */
export function deliveryTone(status: string): DeliveryTone {
  if (status === 'DELIVERED') return 'ok';
  if (status === 'PENDING') return 'retrying';
  return 'failed';
}
