/**
 * Certification evidence as stored: a post id (「42」), an in-app post/answer path
 * (「/posts/42」, 「/posts/42#answer-7」) or an absolute http(s) URL. The server accepts only
 * these forms; older entries may hold anything, so rendering never trusts a value that does
 * not match exactly. In particular `/\host/x` or `//host` must never become an in-app link:
 * browsers read both as another site.
 */
export type EvidenceTarget = { kind: 'post'; to: string; label: string } | { kind: 'url'; href: string } | { kind: 'text' };

const POST_ID = /^[1-9]\d{0,15}$/;
const POST_PATH = /^\/posts\/[1-9]\d{0,15}(?:#answer-[1-9]\d{0,15})?$/;
/** scheme://host then a path, query or fragment; no user info, backslash, space, control or bidi character. */
const WEB_URL =
  /^https?:\/\/[^\s\\/?#@\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]+(?:[/?#][^\s\\\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*)?$/i;

export function isWebUrl(value: string): boolean {
  if (!WEB_URL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function evidenceTarget(value: string): EvidenceTarget {
  if (POST_ID.test(value)) return { kind: 'post', to: `/posts/${value}`, label: `#${value}` };
  if (POST_PATH.test(value)) return { kind: 'post', to: value, label: value };
  if (isWebUrl(value)) return { kind: 'url', href: value };
  return { kind: 'text' };
}

/** What the server accepts as evidence (see isValidEvidence on the server). */
export function isValidEvidence(value: string): boolean {
  return evidenceTarget(value).kind !== 'text';
}
