import { humanSize, markdownFor } from './uploadFile';

describe('the Markdown an upload inserts', () => {
  const base = { id: 'AbCdEfGhIjKlMnOpQrStUv', url: '/uploads/AbCdEfGhIjKlMnOpQrStUv' };

  it('an image is shown inline: ![name](url)', () => {
    expect(markdownFor({ ...base, name: '画面.png', size: 2048, contentType: 'image/png' })).toBe('![画面.png](/uploads/AbCdEfGhIjKlMnOpQrStUv)');
  });

  it('anything else is a link with its size as the title; brackets in the name are escaped', () => {
    expect(markdownFor({ ...base, name: '様式[案].pdf', size: 1536 * 1024, contentType: 'application/pdf' })).toBe(
      '[様式\\[案\\].pdf](/uploads/AbCdEfGhIjKlMnOpQrStUv "1.5 MB")',
    );
    // An SVG is a download, never an image.
    expect(markdownFor({ ...base, name: 'a.svg', size: 10, contentType: 'application/octet-stream' })).toBe('[a.svg](/uploads/AbCdEfGhIjKlMnOpQrStUv "10 B")');
  });

  it('sizes read like the server’s', () => {
    expect(humanSize(900)).toBe('900 B');
    expect(humanSize(5 * 1024 + 100)).toBe('5.1 KB');
    expect(humanSize(300 * 1024)).toBe('300 KB');
  });
});
