import { excerpt, MARKDOWN_LIMITS, markdownToText, renderMarkdown, renderMarkdownUncached } from './markdown';
import { MARKDOWN_BOMBS, MAX_BODY } from './markdown-bombs';

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
const table = (columns: number, rows: number, cell = 'a') =>
  [`${`|${cell}`.repeat(columns)}|`, `${'|-'.repeat(columns)}|`, ...Array.from({ length: rows }, () => `${`|${cell}`.repeat(columns)}|`)].join('\n');

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('**申請**の手順\n\n- 受付\n- 審査');
    expect(html).toContain('<strong>申請</strong>');
    expect(html).toContain('<li>受付</li>');
  });

  it('shows raw HTML as text instead of executing it', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img|<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only http, https and mailto links', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript');
    expect(renderMarkdown('[x](data:text/html;base64,AAAA)')).not.toContain('href="data');
    const ok = renderMarkdown('[手引き](https://example.jp/guide) [連絡](mailto:dx@example.jp)');
    expect(ok).toContain('href="https://example.jp/guide"');
    expect(ok).toContain('rel="noopener noreferrer nofollow"');
    expect(ok).toContain('href="mailto:dx@example.jp"');
  });

  it('does not load external images', () => {
    expect(renderMarkdown('![x](https://tracker.example/x.png)')).not.toContain('<img');
  });

  it('makes plain-text excerpts', () => {
    expect(excerpt('# 見出し\n\n本文です。**強調**', 10)).toBe('見出し 本文です。強…');
  });

  it('memoises the same HTML the uncached renderer makes', () => {
    const source = '## 手順\n\n1. 受付\n2. 審査\n\n| 項目 | 期限 |\n|:--|--:|\n| 受付 | 3日 |';
    expect(renderMarkdown(source)).toBe(renderMarkdownUncached(source));
    expect(renderMarkdown(source)).toBe(renderMarkdown(source));
  });
});

describe('Markdown as staff write it', () => {
  it('keeps both backslashes of a shared-folder path, in text and in code', () => {
    expect(renderMarkdown('様式は \\\\fileserver01\\共有\\様式 にあります')).toBe('<p>様式は \\\\fileserver01\\共有\\様式 にあります</p>\n');
    expect(renderMarkdown('`\\\\fileserver01\\共有`')).toContain('<code>\\\\fileserver01\\共有</code>');
    expect(markdownToText('\\\\nas-02\\総務課')).toBe('\\\\nas-02\\総務課');
    // An escaped backslash before punctuation is still an escape: \\* is a backslash and a star, not emphasis.
    expect(renderMarkdown('a \\\\*b*')).toBe('<p>a \\<em>b</em></p>\n');
  });

  it('keeps Japanese line breaks as typed', () => {
    expect(renderMarkdown('一行目\n二行目')).toBe('<p>一行目<br />\n二行目</p>\n');
  });

  it('renders task lists as read-only, labelled checkboxes, and tables', () => {
    const html = renderMarkdown('- [ ] 申請書を確認\n- [x] 決裁済み\n- [リンク](https://example.jp) はそのまま');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled aria-label="未完了" /> 申請書を確認</li>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled checked aria-label="完了" /> 決裁済み</li>');
    expect(html).toContain('<li><a href="https://example.jp"');
    expect(renderMarkdown('| 項目 | 期限 |\n|--|--|\n| 受付 | 3日 |')).toContain('<td>受付</td>');
  });

  it('never lets a written <input> through', () => {
    const html = renderMarkdown('- [ ] <input type="text" autofocus onfocus=alert(1)>');
    expect(html).not.toMatch(/<input type="text"/);
    expect(html).toContain('&lt;input type="text" autofocus onfocus=alert(1)&gt;');
  });
});

describe('renderMarkdown limits', () => {
  it('keeps ordinary tables, lists and quotes as they were', () => {
    const html = renderMarkdown('| 左 | 中 | 右 |\n|:--|:-:|--:|\n| a | b | c |\n\n1. 一\n   - 二\n\n> 引用\n>> 二重');
    expect(html).toContain('<th style="text-align:left">左</th>');
    expect(html).toContain('<td style="text-align:right">c</td>');
    expect(html).toMatch(/<ol>\s*<li>一\s*<ul>\s*<li>二<\/li>/);
    expect(count(html, /<blockquote>/g)).toBe(2);
  });

  it('renders a table at the caps and shows a bigger one as its source, not dropped', () => {
    const { maxTableColumns: cols, maxTableRows: rows } = MARKDOWN_LIMITS;
    expect(renderMarkdown(table(cols, 2))).toContain('<table>');
    expect(renderMarkdown(table(2, rows))).toContain('<table>');

    const wide = table(cols + 1, 2, '幅');
    const html = renderMarkdown(wide);
    expect(html).not.toContain('<table');
    expect(html).toMatch(/^<pre><code>/);
    expect(html).toContain(wide.split('\n')[0]);

    const tall = renderMarkdown(`前\n\n${table(2, rows + 1)}\n\n後`);
    expect(tall).not.toContain('<table');
    expect(tall).toContain('<pre><code>|a|a|\n|-|-|\n|a|a|');
    expect(tall).toContain('<p>前</p>');
    expect(tall).toContain('<p>後</p>');
  });

  it('shows the bombing wide table as preformatted text, not 65,536 empty cells', () => {
    const bomb = MARKDOWN_BOMBS.find((b) => b.name.startsWith('wide table, short rows'))!.source;
    const html = renderMarkdown(bomb);
    expect(html).not.toContain('<td');
    expect(html.startsWith('<pre><code>|a|a|a|')).toBe(true);
    expect(html.length).toBeLessThan(bomb.length + 100);
  });

  it('escapes HTML inside a table shown as source', () => {
    const html = renderMarkdown(table(MARKDOWN_LIMITS.maxTableColumns + 1, 1, '<img src=x onerror=alert(1)>'));
    expect(html).not.toMatch(/<img|<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('caps the cells of all tables in a document together', () => {
    const one = table(10, 99); // 1,000 cells with the header row
    const fit = Math.floor(MARKDOWN_LIMITS.maxTableCells / 1_000);
    const html = renderMarkdown(Array.from({ length: fit + 1 }, () => one).join('\n\n'));
    expect(count(html, /<table>/g)).toBe(fit);
    expect(count(html, /<pre><code>\|a\|a\|/g)).toBe(1);
  });

  it('renders moderate nesting and shows deeper nesting as source instead of dropping it', () => {
    expect(count(renderMarkdown(`${'>'.repeat(10)} 深い`), /<blockquote>/g)).toBe(10);

    const deep = renderMarkdown(`${'> '.repeat(40)}最深部`);
    expect(count(deep, /<blockquote>/g)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxNesting);
    expect(deep).toContain('最深部');
    expect(deep).toContain('<pre><code>');

    const list = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- 項目${i}`).join('\n');
    const lists = renderMarkdown(list);
    expect(lists).toContain('<li>項目0');
    expect(lists).toContain('項目29');
    expect(count(lists, /<ul>/g)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxNesting / 2);
  });

  it('shows what is over the token budget as plain text, without losing any of it', () => {
    const source = `# 最初\n${'# a\n'.repeat(4_900)}# 最後`;
    expect(source.length).toBeLessThanOrEqual(MAX_BODY);
    const html = renderMarkdown(source);
    expect(html.startsWith('<h1>最初</h1>\n<h1>a</h1>')).toBe(true);
    expect(html).not.toContain('<h1>最後</h1>');
    expect(html.endsWith('# a<br>\n# 最後</p>\n')).toBe(true);
    expect(count(html, /<h1>/g) + count(html, /# a<br>/g)).toBe(4_901);
    expect(html.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxOutputChars);
  });

  it('escapes raw HTML in the plain-text remainder too', () => {
    const source = `${'- a\n'.repeat(4_000)}\n<script>alert(1)</script> [x](javascript:alert(1))`;
    expect(source.length).toBeLessThanOrEqual(MAX_BODY);
    const html = renderMarkdown(source);
    expect(html).toContain('<li>a</li>');
    expect(html).toContain('</ul>\n<p>- a<br>');
    expect(/<script|href="javascript/i.test(html)).toBe(false);
    expect(html.endsWith('<p>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))</p>\n')).toBe(true);
  });

  it('keeps injection payloads inert wherever a cap sends them', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '[z](&#106;avascript:alert(1))',
      '<a href="javascript:alert(1)">a</a>',
      '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<javascript:alert(1)>',
      '<svg onload=alert(1)>',
    ];
    const body = payloads.join('\n\n');
    const places = {
      plain: body,
      wideTable: `${'|a'.repeat(30)}|\n${'|-'.repeat(30)}|\n${payloads.map((p) => `|${p.replace(/\|/g, '\\|')}${'|a'.repeat(29)}|`).join('\n')}`,
      tooDeep: payloads.map((p) => `${'> '.repeat(30)}${p}`).join('\n'),
      overBudget: `${'- a\n'.repeat(3_000)}\n${body}`,
    };
    for (const [place, source] of Object.entries(places)) {
      const html = renderMarkdown(source);
      const live = (html.match(/<[a-zA-Z][^>]*>/g) ?? []).filter(
        (tag) => /^<(script|img|svg|iframe)/i.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /\bhref\s*=\s*["']?\s*(javascript|data):/i.test(tag),
      );
      expect({ place, live }).toEqual({ place, live: [] });
      expect({ place, shown: html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') }).toEqual({ place, shown: true });
    }
  });

  it('still makes links, with rel and target, in a long document', () => {
    const n = MARKDOWN_LIMITS.maxLinks / 4;
    const source = Array.from({ length: n }, (_, i) => `- [資料${i}](https://example.jp/${i}) https://example.jp/a${i}`).join('\n');
    const html = renderMarkdown(source);
    expect(count(html, /<a href="https:\/\/example\.jp\/\d+" rel="noopener noreferrer nofollow" target="_blank">/g)).toBe(n);
    expect(count(html, /<a href="https:\/\/example\.jp\/a\d+" rel="noopener noreferrer nofollow" target="_blank">/g)).toBe(n);
  });

  it('renders a list that does not fit as far as its items fit, and the rest as text', () => {
    const source = Array.from({ length: 1_200 }, (_, i) => `- 項目${i} **重要**`).join('\n');
    expect(source.length).toBeLessThanOrEqual(MAX_BODY);
    const html = renderMarkdown(source);
    expect(html.startsWith('<ul>\n<li>項目0 <strong>重要</strong></li>')).toBe(true);
    const rendered = count(html, /<li>/g);
    expect(rendered).toBeGreaterThan(100);
    expect(html).toContain(`</ul>\n<p>- 項目${rendered} **重要**<br>`);
    expect(html.endsWith('- 項目1199 **重要**</p>\n')).toBe(true);
  });

  it('makes at most maxLinks links per document, and shows the rest as text', () => {
    for (const name of ['linkify e-mail', 'linkify URLs', 'inline links', 'autolinks']) {
      const html = renderMarkdown(MARKDOWN_BOMBS.find((b) => b.name === name)!.source);
      expect(count(html, /<a /g)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxLinks);
    }
    const html = renderMarkdown(`${'<https://example.jp> '.repeat(MARKDOWN_LIMITS.maxLinks)}[最後](https://example.jp/last)`);
    expect(count(html, /<a /g)).toBe(MARKDOWN_LIMITS.maxLinks);
    expect(html.endsWith(' [最後](https://example.jp/last)</p>\n')).toBe(true);
  });

  it('does not take a run of brackets for one huge link', () => {
    const html = renderMarkdown(`[正常](https://example.jp/ok) ${'['.repeat(5_000)}x](https://example.jp)`);
    expect(html.startsWith('<p><a href="https://example.jp/ok" rel="noopener noreferrer nofollow" target="_blank">正常</a> [[[[')).toBe(true);
    const label = 'a'.repeat(MARKDOWN_LIMITS.maxLinkLabelChars);
    expect(renderMarkdown(`[${label}](https://example.jp)`).startsWith(`<p><a href="https://example.jp"`)).toBe(true);
    expect(renderMarkdown(`[${label}a](https://example.jp)`).startsWith(`<p>[${label}a](`)).toBe(true);
  });

  it.each(MARKDOWN_BOMBS.map((b) => [b.name, b.source]))('bounds the output of %s', (_name, source) => {
    expect(source.length).toBeLessThanOrEqual(MAX_BODY);
    const html = renderMarkdownUncached(source);
    expect(html.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxOutputChars);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxOutputChars * 1.5);
    expect(/<(script|img|iframe|style)\b|<[^>]*\son\w+=/i.test(html)).toBe(false);
    expect(html.length).toBeGreaterThan(0);
  });

  it('cuts input over the length limit and says so', () => {
    const html = renderMarkdown('あ'.repeat(MARKDOWN_LIMITS.maxSourceChars + 5_000));
    expect(html.endsWith('<p>…</p>\n')).toBe(true);
    expect(count(html, /あ/g)).toBe(MARKDOWN_LIMITS.maxSourceChars);
  });
});

describe('markdownToText', () => {
  it('gives the text of a document, including what is over the limits', () => {
    expect(markdownToText('# 見出し\n\n本文 **強調** `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe('見出し 本文 強調 code a b 1 2');
    const long = `${'- 項目\n'.repeat(3_000)}\n最後の段落`;
    expect(markdownToText(long).endsWith('最後の段落')).toBe(true);
  });
});

describe('excerpt', () => {
  it('reads only the start of a 20,000-character body', () => {
    const body =
      `## 住民票の写しの交付について\n\n窓口での**本人確認**の手順です。${'詳しくは[手引き](https://example.jp/guide)を参照。\n'.repeat(2_000)}`.slice(
        0,
        MAX_BODY,
      );
    const text = excerpt(body);
    expect(text.length).toBeLessThanOrEqual(121);
    expect(text.startsWith('住民票の写しの交付について 窓口での本人確認の手順です。詳しくは手引きを参照。')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('stays short for every bomb', () => {
    for (const { source } of MARKDOWN_BOMBS) expect(excerpt(source).length).toBeLessThanOrEqual(121);
  });

  it('does not add an ellipsis to a short body', () => {
    expect(excerpt('短い本文です。')).toBe('短い本文です。');
  });
});
