import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown → safe HTML. Raw HTML in the source is escaped (html: false), the output is
 * sanitised again with an allow-list (defence in depth), links are limited to
 * http/https/mailto and open with rel="noopener noreferrer nofollow". Images are not
 * rendered as <img>: on a closed network an external image can only fail or leak.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);
md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim()) || /^[#/]/.test(url.trim());

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
    'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], th: ['style'], td: ['style'], ol: ['start'], code: ['class'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

/**
 * Rendering + sanitising costs ~0.3 ms per post, and every feed page asks for 20 excerpts:
 * results are memoised by source text (bounded, oldest evicted), so nothing can go stale.
 */
function memoized(fn: (source: string) => string, max = 1000): (source: string) => string {
  const cache = new Map<string, string>();
  return (source) => {
    const hit = cache.get(source);
    if (hit !== undefined) return hit;
    const out = fn(source);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(source, out);
    return out;
  };
}

export const renderMarkdown = memoized((source: string): string => sanitizeHtml(md.render(source ?? ''), SANITIZE));

/** Plain text for excerpts and (later) the search index. */
export function markdownToText(source: string): string {
  const html = md.render(source ?? '');
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const plainText = memoized(markdownToText);

export function excerpt(source: string, max = 120): string {
  const text = plainText(source ?? '');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
