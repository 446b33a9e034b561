import { excerpt, renderMarkdown } from './markdown';

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
});
