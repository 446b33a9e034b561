import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

type StateBlock = MarkdownIt.StateBlock;
type StateInline = MarkdownIt.StateInline;
type Token = MarkdownIt.Token;

/**
 * What one render may cost. A body is at most 20,000 characters, but Markdown multiplies:
 * a wide table header makes markdown-it autocomplete up to 65,536 empty cells, nested
 * containers and link brackets re-scan the same text, and sanitize-html pays for every
 * character and tag it is given. With these caps no accepted body takes much more than
 * ~12 ms to render on the 2-core server (a long ordinary post takes ~5 ms and is not
 * affected; before, a 20,000-character table took ~400 ms and made 0.7 MB of HTML), and
 * the HTML stays under `maxOutputChars`. Content over a cap is not dropped but shown as
 * plain text (its source), which costs next to nothing to produce. The adversarial inputs
 * these were measured with are in markdown-bombs.ts.
 */
export const MARKDOWN_LIMITS = Object.freeze({
  /** Longest body the API accepts; longer input is cut here (and shown as plain text). */
  maxSourceChars: 20_000,
  /** A table wider or longer than this is shown as its source in a preformatted block. */
  maxTableColumns: 20,
  maxTableRows: 200,
  /** Cells (header included) of all tables in one document; later tables are shown as source. */
  maxTableCells: 1_000,
  /**
   * markdown-it's nesting limit (a quote adds one level, a list two): what would go deeper
   * than `maxNesting - 2` is shown as source (markdown-it alone would silently drop it).
   */
  maxNesting: 20,
  /**
   * Link text longer than this is not a link, and a document gets 100 times this many steps
   * of bracket scanning in all (a run of unmatched `[` is quadratic); once they are used up,
   * later brackets stay text.
   */
  maxLinkLabelChars: 1_000,
  /** Links of any kind per document (each costs URL parsing twice); later ones stay text. */
  maxLinks: 300,
  /**
   * Parsed tokens (blocks plus inline children) and what is handed to sanitize-html
   * (characters; tags plus character references, a link counting 7): the rest of the
   * document is shown as plain text. A long ordinary post (20,000 characters of prose with
   * headings, lists and links) uses about 1,800 tokens and 1,300 nodes.
   */
  maxTokens: 5_000,
  maxHtmlChars: 100_000,
  maxHtmlNodes: 4_000,
  /** Hard upper bound on what `renderMarkdown` returns, the plain-text remainder included. */
  maxOutputChars: 200_000,
  /** `excerpt` renders only this much of the start of a body (cut at a line end), or 8 × max. */
  excerptSourceChars: 1_000,
});

/**
 * Markdown → safe HTML. Raw HTML in the source is escaped (html: false), the output is
 * sanitised again with an allow-list (defence in depth), links are limited to
 * http/https/mailto and open with rel="noopener noreferrer nofollow". Only uploaded files
 * (`![name](/uploads/<id>)`, same origin) are rendered as <img>: on a closed network an
 * external image can only fail or leak, so any other image is shown as a link.
 * `[name](/uploads/<id>)` is a download link (class `attachment`; its Markdown title, which
 * the editor fills with the size, is shown after the name by the SPA's stylesheet).
 */
const md = new MarkdownIt({
  html: false,
  linkify: true,
  breaks: true,
  typographer: false,
  maxNesting: MARKDOWN_LIMITS.maxNesting,
});
/** The address of an uploaded file: same origin, a random id (see UploadsService). */
export const UPLOAD_PATH = /^\/uploads\/[A-Za-z0-9_-]{22}$/;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const src = String(token.attrGet('src') ?? '');
  const alt = String(self.renderInlineAsText(token.children ?? [], options, env));
  if (UPLOAD_PATH.test(src)) return `<img src="${md.utils.escapeHtml(src)}" alt="${md.utils.escapeHtml(alt)}" loading="lazy">`;
  return `<a href="${md.utils.escapeHtml(src)}">${md.utils.escapeHtml(alt || src)}</a>`;
};
md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim()) || /^[#/]/.test(url.trim());

// ---------------------------------------------------------------------------------------
// Caps enforced while parsing, so that the parser itself never does the expensive work.

/** Per-document counters, kept in markdown-it's `env` (one object per parse). */
interface Budget {
  tableCells: number;
  labelSteps: number;
  /** Tokens the inline parser may still make in the paragraph it is working on. */
  inlineLeft: number;
  /** Links the document may still make. */
  linksLeft: number;
  /** First source line that is shown as plain text instead (Infinity: none). */
  cutLine: number;
}
function budgetOf(env: unknown): Budget {
  const e = env as { __budget?: Budget };
  return (e.__budget ??= {
    tableCells: 0,
    labelSteps: 0,
    inlineLeft: MARKDOWN_LIMITS.maxTokens,
    linksLeft: MARKDOWN_LIMITS.maxLinks,
    cutLine: Infinity,
  });
}

/** First line after `startLine` that is no longer inside the current container. */
function containerEnd(state: StateBlock, startLine: number, endLine: number): number {
  let next = startLine + 1;
  while (next < endLine && (state.isEmpty(next) || state.sCount[next] >= state.blkIndent)) next++;
  return next;
}

/** Lines [startLine, endLine) as one preformatted block of their source text. */
function pushSource(state: StateBlock, startLine: number, endLine: number): void {
  const token = state.push('code_block', 'code', 0);
  token.content = state.getLines(startLine, endLine, state.blkIndent, true).replace(/\n+$/, '\n');
  token.map = [startLine, endLine];
  state.line = endLine;
}

/**
 * Runs before every other block rule. Once the document has used its token budget, the
 * rest is not parsed at all (it is shown as plain text); as a terminator it also ends the
 * paragraph, list or quote being parsed then, so that a list of 10,000 items stops too.
 * And markdown-it stops parsing containers at `maxNesting` and silently drops what is
 * inside: two levels before that (a list adds two), the rest of the container is shown as
 * source instead.
 */
const DEPTH_LIMIT = MARKDOWN_LIMITS.maxNesting - 2;
function blockGuard(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const spent = state.tokens.length >= MARKDOWN_LIMITS.maxTokens;
  if (silent) return spent;
  if (!spent && state.level < DEPTH_LIMIT) return false;
  const end = containerEnd(state, startLine, endLine);
  if (!spent) {
    pushSource(state, startLine, end);
    return true;
  }
  const budget = budgetOf(state.env);
  budget.cutLine = Math.min(budget.cutLine, startLine);
  state.line = end;
  return true;
}

const tableRule = md.block.ruler.__rules__.find((r) => r.name === 'table')!.fn;

/**
 * markdown-it's table rule makes three or four tokens per cell and fills short rows up to
 * the header's width (up to 65,536 empty cells). A table over the caps is shown as its source.
 */
function cappedTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!tableRule(state, startLine, endLine, true)) return false;
  if (silent) return true;
  // Same column count and row scan as markdown-it's table rule, without making any tokens.
  const sepStart = state.bMarks[startLine + 1] + state.tShift[startLine + 1];
  const separator = state.src.slice(sepStart, state.eMarks[startLine + 1]).trim();
  const columns = separator.replace(/^\||\|$/g, '').split('|').length;
  const terminators = md.block.ruler.getRules('blockquote');
  let next = startLine + 2;
  for (; next < endLine; next++) {
    if (state.sCount[next] < state.blkIndent) break;
    if (terminators.some((rule) => rule(state, next, endLine, true))) break;
    if (!state.src.slice(state.bMarks[next] + state.tShift[next], state.eMarks[next]).trim()) break;
    if (state.sCount[next] - state.blkIndent >= 4) break;
  }
  const rows = next - startLine - 2;
  const budget = budgetOf(state.env);
  const cells = columns * (rows + 1);
  if (
    columns > MARKDOWN_LIMITS.maxTableColumns ||
    rows > MARKDOWN_LIMITS.maxTableRows ||
    budget.tableCells + cells > MARKDOWN_LIMITS.maxTableCells ||
    state.tokens.length + 4 * cells + 2 * rows > MARKDOWN_LIMITS.maxTokens
  ) {
    pushSource(state, startLine, next);
    return true;
  }
  budget.tableCells += cells;
  return tableRule(state, startLine, endLine, false);
}

md.block.ruler.at('table', cappedTable, { alt: ['paragraph', 'reference'] });
md.block.ruler.before('table', 'budget', blockGuard, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });

const CONTAINERS = new Set(['bullet_list_open', 'ordered_list_open', 'blockquote_open']);

/** End (exclusive) of the block that starts at `tokens[start]`. */
function blockEnd(tokens: Token[], start: number): number {
  let depth = 0;
  let i = start;
  do depth += tokens[i++].nesting;
  while (depth > 0 && i < tokens.length);
  return i;
}

/** Index of the block at `level` that holds `tokens[i]`. */
function blockStart(tokens: Token[], i: number, level: number): number {
  while (i > 0 && !(tokens[i].level === level && tokens[i].nesting !== -1)) i--;
  return i;
}

/**
 * Drops the document from the top-level block at `top` on, which is then shown as plain
 * text from its first line. If that block is a list or quote and `child` is one of its
 * items (or blocks) other than the first, the items before `child` are kept.
 */
function cutTokens(state: MarkdownIt.StateCore, top: number, child = top): void {
  const tokens = state.tokens;
  const budget = budgetOf(state.env);
  let at = top;
  let close: Token | undefined;
  if (child > top + 1 && CONTAINERS.has(tokens[top].type) && tokens[child].map) {
    at = child;
    close = tokens[blockEnd(tokens, top) - 1];
  }
  let line = tokens[at]?.map?.[0];
  for (let k = at - 1; line === undefined && k >= 0; k--) line = tokens[k].map?.[1];
  budget.cutLine = Math.min(budget.cutLine, line ?? 0);
  tokens.length = at;
  if (close) tokens.push(close);
}

// A block guard that fired inside a container (a huge list, say) leaves it half-parsed:
// keep its items before that point.
md.core.ruler.after('block', 'budget_blocks', (state) => {
  const budget = budgetOf(state.env);
  if (budget.cutLine === Infinity) return;
  const tokens = state.tokens;
  const after = (t: Token) => t.map !== null && t.map[1] > budget.cutLine;
  const top = tokens.findIndex((t) => t.level === 0 && after(t));
  if (top < 0) return;
  let child = top + 1;
  while (child < tokens.length && tokens[child].level > 0 && !(tokens[child].level === 1 && after(tokens[child]))) child++;
  cutTokens(state, top, child < tokens.length && tokens[child].level === 1 ? child : top);
});

function countTokens(tokens: Token[]): number {
  let n = tokens.length;
  for (const token of tokens) n += token.children?.length ?? 0;
  return n;
}

// Inline parsing with the rest of the token budget: a paragraph that would overrun it is
// not finished (see the inline 'budget' rule) and is shown, with what follows, as plain text.
md.core.ruler.at('inline', (state) => {
  const budget = budgetOf(state.env);
  const tokens = state.tokens;
  let used = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    used++;
    if (token.type === 'inline' && token.children) {
      budget.inlineLeft = MARKDOWN_LIMITS.maxTokens - used;
      md.inline.parse(token.content, md, state.env, token.children);
      used += token.children.length;
    }
    if (used > MARKDOWN_LIMITS.maxTokens) {
      cutTokens(state, blockStart(tokens, i, 0), blockStart(tokens, i, 1));
      used = countTokens(tokens);
      break;
    }
  }
  // linkify turns one text token into four per link: give it what is left of the budget.
  budget.linksLeft = Math.min(budget.linksLeft, Math.floor((MARKDOWN_LIMITS.maxTokens - used) / 4));
});

md.inline.ruler.before('text', 'budget', (state, silent) => {
  if (silent || state.tokens.length < budgetOf(state.env).inlineLeft) return false;
  state.pending += state.src.slice(state.pos, state.posMax);
  state.pos = state.posMax;
  return true;
});

// Links cost more than anything else to parse (linkify-it, mdurl, punycode) and to sanitise.
for (const name of ['link', 'autolink', 'linkify']) {
  const rule = md.inline.ruler.__rules__.find((r) => r.name === name)!.fn;
  md.inline.ruler.at(name, (state, silent) => {
    const budget = budgetOf(state.env);
    if (budget.linksLeft <= 0 || !rule(state, silent)) return false;
    if (!silent) budget.linksLeft--;
    return true;
  });
}

let linkifyEnv: unknown = null;
md.core.ruler.before('linkify', 'budget_links', (state) => {
  linkifyEnv = state.env;
});
md.core.ruler.after('linkify', 'budget_links_done', () => {
  linkifyEnv = null;
});
const linkifyTest = md.linkify.test.bind(md.linkify);
const linkifyMatch = md.linkify.match.bind(md.linkify);
const linksLeft = () => (linkifyEnv === null ? Infinity : budgetOf(linkifyEnv).linksLeft);
md.linkify.test = (text: string) => linksLeft() > 0 && linkifyTest(text);
md.linkify.match = (text: string) => {
  if (linksLeft() <= 0) return [];
  const links = linkifyMatch(text) ?? [];
  if (linkifyEnv === null) return links;
  const budget = budgetOf(linkifyEnv);
  if (links.length > budget.linksLeft) links.length = Math.max(0, budget.linksLeft);
  budget.linksLeft -= links.length;
  return links;
};

/**
 * markdown-it's link-label scan walks to the closing bracket from every `[`, so a run of
 * unmatched brackets is quadratic. Same algorithm, but a label longer than
 * `maxLinkLabelChars` is not a label, and one document gets a fixed number of scan steps.
 */
const LABEL_STEPS_PER_DOCUMENT = 100 * MARKDOWN_LIMITS.maxLinkLabelChars;
(md.helpers as { parseLinkLabel: typeof md.helpers.parseLinkLabel }).parseLinkLabel = (state: StateInline, start: number, disableNested?: boolean): number => {
  const budget = budgetOf(state.env);
  const max = Math.min(state.posMax, start + 2 + MARKDOWN_LIMITS.maxLinkLabelChars); // label and its `]`
  const oldPos = state.pos;
  let level = 1;
  let found = false;
  state.pos = start + 1;
  while (state.pos < max) {
    if (++budget.labelSteps > LABEL_STEPS_PER_DOCUMENT) break;
    const marker = state.src.charCodeAt(state.pos);
    if (marker === 0x5d /* ] */) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    const prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 0x5b /* [ */) {
      if (prevPos === state.pos - 1) level++;
      else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  const labelEnd = found ? state.pos : -1;
  state.pos = oldPos;
  return labelEnd;
};

// ---------------------------------------------------------------------------------------
// Markdown as staff write it (#13).

/**
 * A shared-folder path keeps both backslashes: `\\fileserver01\共有\様式` is what people paste
 * from Explorer, and CommonMark would read its `\\` as one escaped backslash. Two backslashes
 * followed by a host-name character (not punctuation) are text as typed; `\\*` still escapes.
 */
md.inline.ruler.before('escape', 'unc_path', (state, silent) => {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x5c || src.charCodeAt(pos + 1) !== 0x5c) return false;
  if (pos > 0 && src.charCodeAt(pos - 1) === 0x5c) return false;
  if (!/^[\p{L}\p{N}_]/u.test(src.slice(pos + 2, pos + 4))) return false;
  if (!silent) state.pending += '\\\\';
  state.pos += 2;
  return true;
});

/**
 * Task lists (`- [ ] 申請書を確認` / `- [x] 決裁済み`): a read-only checkbox with a label for
 * screen readers, on list items whose text starts with `[ ]` or `[x]`.
 */
md.core.ruler.after('inline', 'task_lists', (state) => {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (inline.type !== 'inline' || tokens[i - 1].type !== 'paragraph_open' || tokens[i - 2].type !== 'list_item_open') continue;
    const first = inline.children?.[0];
    const m = first?.type === 'text' ? /^\[([ xX])\][ \u3000]+/.exec(first.content) : null;
    if (!first || !m) continue;
    const done = m[1] !== ' ';
    first.content = first.content.slice(m[0].length);
    const box = new state.Token('html_inline', '', 0);
    box.content = `<input type="checkbox" disabled${done ? ' checked' : ''} aria-label="${done ? '完了' : '未完了'}"> `;
    inline.children!.unshift(box);
    tokens[i - 2].attrJoin('class', 'task-list-item');
  }
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    's',
    'del',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
    'img',
  ],
  allowedAttributes: {
    input: ['type', 'disabled', 'checked', 'aria-label'],
    li: ['class'],
    a: ['href', 'title', 'rel', 'target', 'class', 'download'],
    img: ['src', 'alt', 'loading'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
    code: ['class'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[\w-]+$/], li: ['task-list-item'], a: ['attachment'] },
  // Only the task list's read-only checkbox (raw HTML in the source is escaped anyway).
  // Images only from this origin's uploads: anything else is dropped.
  exclusiveFilter: (frame) =>
    (frame.tag === 'input' && (frame.attribs.type !== 'checkbox' || !('disabled' in frame.attribs))) ||
    (frame.tag === 'img' && !UPLOAD_PATH.test(frame.attribs.src ?? '')),
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: {
    // A link to an uploaded file downloads it (the server sends it as an attachment); others open in a new tab.
    a: (tagName, attribs) => {
      const { href, title } = attribs;
      if (UPLOAD_PATH.test(href ?? '')) return { tagName, attribs: { href, ...(title ? { title } : {}), class: 'attachment', download: '' } };
      const rest: Record<string, string> = { ...attribs };
      delete rest.class;
      delete rest.download;
      return { tagName, attribs: { ...rest, rel: 'noopener noreferrer nofollow', target: '_blank' } };
    },
  },
};
/** What sanitising adds to each link (` rel="noopener noreferrer nofollow" target="_blank"`). */
const LINK_ATTRS_CHARS = 52;
/** A link costs sanitize-html about as much as this many plain tags (URL parse, transform). */
const LINK_NODES = 5;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Source shown as text: paragraphs at blank lines, line breaks kept, nothing interpreted. */
function plainTextHtml(source: string): string {
  return source
    .split(/\n[ \t]*\n\s*/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeText(para).replace(/\n/g, '<br>\n')}</p>\n`)
    .join('');
}

function normalizeSource(source: string | null | undefined): string {
  const src = (source ?? '').replace(/\r\n?/g, '\n');
  if (src.length <= MARKDOWN_LIMITS.maxSourceChars) return src;
  return src.slice(0, MARKDOWN_LIMITS.maxSourceChars);
}

/** What sanitize-html will be given, and roughly what it will have to do with it. */
class HtmlBudget {
  chars = 0;
  nodes = 0;

  /** Adds `part` if it fits in what is left, and says whether it did. */
  take(part: string): boolean {
    let nodes = 0;
    let links = 0;
    for (let k = 0; k < part.length; k++) {
      const c = part.charCodeAt(k);
      if (c === 0x3c /* < */) {
        nodes++;
        if (part.charCodeAt(k + 1) === 0x61 /* a */ && part.charCodeAt(k + 2) === 0x20) links++;
      } else if (c === 0x26 /* & */) nodes++;
    }
    const chars = this.chars + part.length + links * LINK_ATTRS_CHARS;
    nodes += this.nodes + links * LINK_NODES;
    if (chars > MARKDOWN_LIMITS.maxHtmlChars || nodes > MARKDOWN_LIMITS.maxHtmlNodes) return false;
    this.chars = chars;
    this.nodes = nodes;
    return true;
  }
}

/**
 * Renders top-level blocks while the HTML budget lasts (a list or quote that does not fit
 * as a whole is rendered as far as its items fit); whatever is left, here or at a parse-time
 * cut, is shown as plain text from the first line of the block or item that did not fit.
 * sanitize-html costs about a microsecond per tag or character reference it meets (links
 * several), and little per character of plain text: both are bounded before it runs.
 */
function renderBounded(src: string, truncated: boolean): string {
  const env = {};
  const tokens = md.parse(src, env);
  const render = (from: number, to: number) => md.renderer.render(tokens.slice(from, to), md.options, env);
  const budget = new HtmlBudget();
  let html = '';
  let cutLine = budgetOf(env).cutLine;
  for (let i = 0; i < tokens.length;) {
    const end = blockEnd(tokens, i);
    const part = render(i, end);
    if (budget.take(part)) {
      html += part;
      i = end;
      continue;
    }
    cutLine = tokens[i].map?.[0] ?? 0;
    if (CONTAINERS.has(tokens[i].type)) {
      const open = render(i, i + 1);
      const close = render(end - 1, end);
      let inner = '';
      let j = i + 1;
      if (budget.take(open + close)) {
        for (let next = blockEnd(tokens, j); j < end - 1; j = next, next = blockEnd(tokens, j)) {
          const item = render(j, next);
          if (!budget.take(item)) break;
          inner += item;
        }
      }
      if (inner) {
        html += open + inner + close;
        cutLine = tokens[j].map?.[0] ?? cutLine;
      }
    }
    break;
  }
  const safe = html ? sanitizeHtml(html, SANITIZE) : '';
  // Over-long input (only possible if a caller skipped validation) says it was cut.
  const more = truncated ? '<p>…</p>\n' : '';
  if (cutLine === Infinity) return safe + more;
  const out = safe + plainTextHtml(src.split('\n').slice(cutLine).join('\n')) + more;
  // Cannot happen with the limits above (escaped text is at most 5× its source); belt and braces.
  return out.length <= MARKDOWN_LIMITS.maxOutputChars ? out : plainTextHtml(src) + more;
}

/** `renderMarkdown` without the cache (for measuring). */
export function renderMarkdownUncached(source: string): string {
  return renderBounded(normalizeSource(source), (source ?? '').length > MARKDOWN_LIMITS.maxSourceChars);
}

/**
 * Rendering + sanitising costs ~0.3 ms per post, and every feed page asks for 20 excerpts:
 * results are memoised by source text (oldest evicted), so nothing can go stale. The cache
 * is bounded by entries and by characters held, since one entry can be ~200 KB.
 */
function memoized(fn: (source: string) => string, maxEntries = 1000, maxChars = 8_000_000): (source: string) => string {
  const cache = new Map<string, string>();
  let chars = 0;
  return (source) => {
    const key = source ?? '';
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const out = fn(key);
    const size = key.length + out.length;
    if (size > maxChars) return out;
    while (cache.size > 0 && (cache.size >= maxEntries || chars + size > maxChars)) {
      const [oldKey, oldOut] = cache.entries().next().value!;
      cache.delete(oldKey);
      chars -= oldKey.length + oldOut.length;
    }
    cache.set(key, out);
    chars += size;
    return out;
  };
}

export const renderMarkdown = memoized(renderMarkdownUncached);

/** Text of parsed tokens, with a space wherever the HTML would break a block or a line. */
function tokensToText(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
        else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') parts.push(child.content);
        // An image counts by its name (the alt text); URLs are never text.
        else if (child.type === 'image') parts.push(' ', child.content, ' ');
      }
    } else if (token.type === 'code_block' || token.type === 'fence') {
      parts.push(' ', token.content, ' ');
    } else {
      parts.push(' ');
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Plain text for excerpts and the search index (no HTML is rendered or sanitised). */
export function markdownToText(source: string): string {
  const src = normalizeSource(source);
  const env = {};
  const text = tokensToText(md.parse(src, env));
  const cutLine = budgetOf(env).cutLine;
  if (cutLine === Infinity) return text;
  // Over the token budget: the rest is indexed as its source text.
  return `${text} ${src.split('\n').slice(cutLine).join(' ')}`.replace(/\s+/g, ' ').trim();
}

/** The start of `src` up to `max` characters, cut at a line end (else a space) if there is one. */
function prefixOf(src: string, max: number): string {
  if (src.length <= max) return src;
  const cut = src.lastIndexOf('\n', max);
  if (cut > max / 2) return src.slice(0, cut);
  const space = src.lastIndexOf(' ', max);
  if (space > max / 2) return src.slice(0, space);
  const end = /[\uD800-\uDBFF]/.test(src[max - 1]) ? max - 1 : max;
  return src.slice(0, end);
}

/** Excerpt text of a prefix; the prefix itself is the cache key, not the whole body. */
const prefixText = memoized(markdownToText);

/**
 * The first `max` characters of a body's text. Only the start of the body is rendered (never
 * all 20,000 characters of it): about eight source characters per excerpt character, and
 * four times that once if the start is mostly markup (a table, long URLs).
 */
export function excerpt(source: string, max = 120): string {
  const src = source ?? '';
  let size = Math.max(MARKDOWN_LIMITS.excerptSourceChars, 8 * max);
  let prefix = prefixOf(src, size);
  let text = prefixText(prefix);
  if (text.length <= max && prefix.length < src.length) {
    size *= 4;
    prefix = prefixOf(src, size);
    text = prefixText(prefix);
  }
  if (text.length > max) return `${text.slice(0, max)}…`;
  return text && prefix.length < src.length ? `${text}…` : text;
}
