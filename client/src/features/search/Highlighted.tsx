import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/**
 * Renders the server's highlighted HTML (escaped text + <mark>) as React nodes, without
 * innerHTML: anything but our <mark> pairs ends up as plain text.
 */
export function highlightParts(html: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of html.matchAll(re)) {
    if (m.index! > last) parts.push({ text: unescape(html.slice(last, m.index)), mark: false });
    parts.push({ text: unescape(m[1]), mark: true });
    last = m.index! + m[0].length;
  }
  if (last < html.length) parts.push({ text: unescape(html.slice(last)), mark: false });
  return parts;
}

export function Highlighted({ html }: { html: string }) {
  return <>{highlightParts(html).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}</>;
}
