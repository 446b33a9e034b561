/**
 * Adversarial Markdown inputs for the render-cost limits in `markdown.ts` (test and bench
 * helper; nothing in the app imports it). Every input is at most `MAX_BODY` characters,
 * the longest body the API accepts.
 */
export const MAX_BODY = 20_000;

/** Repeat `unit` as often as it fits in `max` characters after `head` (and before `tail`). */
function fill(unit: string, head = '', tail = '', max = MAX_BODY): string {
  const n = Math.max(0, Math.floor((max - head.length - tail.length) / unit.length));
  return head + unit.repeat(n) + tail;
}

function table(columns: number, cell = 'a'): { header: string; separator: string; row: string } {
  return {
    header: `${`|${cell}`.repeat(columns)}|\n`,
    separator: `${'|-'.repeat(columns)}|\n`,
    row: `${`|${cell}`.repeat(columns)}|\n`,
  };
}

function nestedListByIndent(marker = '-'): string {
  let out = '';
  for (let depth = 0; ; depth++) {
    const line = `${' '.repeat(depth * 2)}${marker} a\n`;
    if (out.length + line.length > MAX_BODY) return out;
    out += line;
  }
}

function referenceDefinitions(): string {
  let defs = '';
  let uses = '';
  for (let i = 0; ; i++) {
    const def = `[r${i}]: https://example.jp/${i} "t"\n`;
    const use = `[r${i}] `;
    if (defs.length + uses.length + def.length + use.length + 2 > MAX_BODY) break;
    defs += def;
    uses += use;
  }
  return `${defs}\n${uses}`;
}

/** Not a bomb: a long post the way people write them, as a yardstick for the others. */
function ordinaryPost(): string {
  const sentences = [
    '住民票の写しの交付申請について、窓口での本人確認の手順を整理しました。',
    'マイナンバーカードを提示された場合は、顔写真と券面の記載事項を確認します。',
    '代理人による申請では、**委任状**の原本と代理人本人の確認書類が必要です。',
    '詳しくは[事務処理要領](https://example.jp/manual)の第3章を参照してください。',
    '不明な点があれば、市民課の担当（内線1234）までお問い合わせください。',
  ];
  let out = '';
  for (let i = 0; out.length < MAX_BODY - 400; i++) {
    out += `## ${i + 1}. 手順の確認\n\n`;
    out += `${sentences.join('')}\n${sentences.slice(0, 3).join('')}\n\n`;
    if (i % 3 === 0) out += '- 受付\n- 審査\n- 交付\n\n';
    if (i % 4 === 0) out += '> 参考：https://example.jp/guide\n\n';
  }
  return out;
}

const wide = table(3000);
const wideFull = table(1000);
const tall = table(2);
const twenty = table(20);

/** name → source. Kept as a list so the bench and the tests share one set of inputs. */
export const MARKDOWN_BOMBS: ReadonlyArray<{ name: string; source: string }> = [
  // Tables
  { name: 'wide table, short rows (autocompleted cells)', source: fill('a\n', wide.header + wide.separator) },
  { name: 'wide table, full rows', source: fill(wideFull.row, wideFull.header + wideFull.separator) },
  { name: 'wide table, 400 cols, empty rows', source: fill('|\n', table(400).header + table(400).separator) },
  { name: 'tall table (2 columns)', source: fill(tall.row, tall.header + tall.separator) },
  { name: 'tall table, 20 columns, short rows', source: fill('a\n', twenty.header + twenty.separator) },
  { name: 'many small tables', source: fill('|a|\n|-|\n|a|\n\n') },
  { name: 'many 20x20 tables', source: fill(`${twenty.header}${twenty.separator}${'|\n'.repeat(20)}\n`) },
  { name: 'tables in nested quotes', source: fill('> > > |a|b|\n> > > |-|-|\n> > > |a|b|\n\n') },
  { name: 'many | without a table', source: '|'.repeat(MAX_BODY) },
  { name: 'pipe lines without separator', source: fill('|a|b|c|d|e|f|g|h|\n') },
  // Nesting
  { name: 'deep blockquote (>>>>)', source: fill('>', '', 'a') },
  { name: 'deep blockquote per line', source: fill('> > > > > > > > > > > > > > > > > > > > > > > > > a\n') },
  { name: 'deep list on one line (- - - -)', source: fill('- ', '', 'a') },
  { name: 'deep list by indentation', source: nestedListByIndent() },
  { name: 'alternating quote/list', source: fill('> - ', '', 'a') },
  { name: 'many list items', source: fill('- a\n') },
  { name: 'many ordered items', source: fill('1. a\n') },
  // Inline
  { name: 'emphasis storm (*a **a _a)', source: fill('*a **a _a ') },
  { name: 'emphasis openers only', source: fill('*_') },
  { name: 'strikethrough storm', source: fill('~~a ') },
  { name: 'backtick storm', source: fill('` `` ``` ') },
  {
    name: 'backtick run lengths',
    source: Array.from({ length: 190 }, (_, i) => '`'.repeat(i + 1))
      .join(' ')
      .slice(0, MAX_BODY),
  },
  { name: 'inline links', source: fill('[a](https://a.jp) ') },
  { name: 'linkify URLs', source: fill('https://a.jp ') },
  { name: 'linkify fuzzy (www.)', source: fill('www.a.jp ') },
  { name: 'linkify e-mail', source: fill('a@a.jp ') },
  { name: 'autolinks', source: fill('<https://a.jp> ') },
  { name: 'unclosed link brackets', source: fill('[', '', '](x)') },
  { name: 'link label storm', source: fill('[a](') },
  { name: 'reference-definition storm', source: referenceDefinitions() },
  { name: 'entity storm (&amp;)', source: fill('&amp;') },
  { name: 'numeric entity storm', source: fill('&#12354;') },
  { name: '< storm (escaped)', source: '<'.repeat(MAX_BODY) },
  { name: 'raw HTML tags', source: fill('<b onclick=x>a</b>') },
  { name: 'escape storm', source: fill('\\*') },
  { name: 'hard breaks (a\\n)', source: fill('a\n') },
  // Size
  { name: 'long single line (ASCII)', source: 'a'.repeat(MAX_BODY) },
  { name: 'long single line (Japanese)', source: 'あ'.repeat(MAX_BODY) },
  { name: 'many headings', source: fill('# a\n') },
  { name: 'setext headings', source: fill('a\n=\n') },
  { name: 'thematic breaks', source: fill('***\n') },
  { name: 'fence open/close', source: fill('```\n') },
  { name: 'indented code', source: fill('    a\n') },
  // Mixtures
  {
    name: 'mixture',
    source: fill('> - *a* [b](https://a.jp) `c` |d|\n> |-|\n> |e|\n>> https://b.jp **f _g ~~h\n\n'),
  },
  { name: 'long ordinary post (reference)', source: ordinaryPost() },
  {
    name: 'realistic post x many',
    source: fill(
      '## 申請の手順\n\n1. **受付**：窓口で[様式](https://example.jp/form)を確認\n2. 審査 — `担当課` が確認\n\n| 項目 | 期限 |\n|---|---|\n| 受付 | 3日 |\n\n> 参考：https://example.jp/guide\n\n',
    ),
  },
];
