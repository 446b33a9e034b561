import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FlowChecks } from './oidc-relying-party';

/** The short-lived cookie that carries one sign-in attempt from /auth/oidc/login to its callback. */
export const FLOW_COOKIE = 'banso_oidc';
/** Sent only to the two SSO routes. */
export const FLOW_COOKIE_PATH = '/auth/oidc';
/** Time to sign in at the provider (including a password and a second factor there). */
export const FLOW_TTL_MS = 10 * 60_000;

export interface Flow extends FlowChecks {
  /** Where to go after signing in: a path on this site. */
  returnTo: string;
  /** Epoch milliseconds after which the callback refuses the flow. */
  expiresAt: number;
}

/**
 * Only a path on this site may follow sign-in (no open redirect): it starts with one `/`,
 * has no backslash or control character, and is not the sign-in machinery itself.
 */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(raw)) return '/';
  if (raw.startsWith('/login') || raw.startsWith('/auth/')) return '/';
  return raw;
}

function key(secret: string): Buffer {
  // A key of its own, derived from SESSION_SECRET, so a flow cookie can never pass as anything else.
  return createHmac('sha256', secret).update('banso:oidc-flow-cookie:v1').digest();
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', key(secret)).update(payload).digest();
}

/**
 * `payload.mac`, both base64url. The cookie is HttpOnly and holds the PKCE verifier, state and
 * nonce of this browser's own attempt; the MAC stops a page from planting a chosen flow.
 */
export function sealFlow(flow: Flow, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ s: flow.state, n: flow.nonce, v: flow.codeVerifier, r: flow.returnTo, e: flow.expiresAt })).toString(
    'base64url',
  );
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The flow in the cookie, or null when it is missing, altered or expired. */
export function openFlow(cookie: unknown, secret: string, now = Date.now()): Flow | null {
  if (typeof cookie !== 'string' || cookie.length > 4000) return null;
  const [payload, sig, ...rest] = cookie.split('.');
  if (!payload || !sig || rest.length > 0) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const f = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const strings = [f.s, f.n, f.v, f.r].every((x) => typeof x === 'string' && x.length > 0);
    if (!strings || typeof f.e !== 'number' || f.e <= now) return null;
    return { state: f.s as string, nonce: f.n as string, codeVerifier: f.v as string, returnTo: safeReturnTo(f.r), expiresAt: f.e };
  } catch {
    return null;
  }
}
