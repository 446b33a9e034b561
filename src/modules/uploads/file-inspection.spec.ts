import { cleanFileName, contentDisposition, extensionOf, textCharset } from './file-inspection';
import { referencedUploadIds } from './uploads.service';

describe('file names and headers', () => {
  it('keeps the last path segment, drops control and header-breaking characters, caps the length with the extension kept', () => {
    expect(cleanFileName('C:\\Users\\kaede\\様式 第1号.xlsx')).toBe('様式 第1号.xlsx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a"b<c>\u0000\r\nd.pdf')).toBe('abcd.pdf');
    expect(cleanFileName('.htaccess')).toBe('htaccess');
    expect(cleanFileName('')).toBe('file');
    const long = cleanFileName(`${'あ'.repeat(200)}.pdf`);
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(extensionOf('report.PDF')).toBe('pdf');
  });

  it('Content-Disposition: an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    expect(contentDisposition('attachment', '申請書 (案).pdf')).toBe(
      `attachment; filename="___ (_).pdf"; filename*=UTF-8''%E7%94%B3%E8%AB%8B%E6%9B%B8%20%28%E6%A1%88%29.pdf`,
    );
    expect(contentDisposition('inline', 'a.png')).toBe(`inline; filename="a.png"; filename*=UTF-8''a.png`);
  });

  it('text is UTF-8 or Shift_JIS without control characters', () => {
    expect(textCharset(Buffer.from('名前,課\r\n', 'utf8'))).toBe('utf-8');
    expect(textCharset(Buffer.from([0x96, 0xbc, 0x91, 0x4f]))).toBe('shift_jis');
    expect(textCharset(Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
    expect(textCharset(Buffer.from([0xff, 0xfe, 0xfd]))).toBeNull();
  });

  it('finds the uploads Markdown references (images, links, bare paths), each once', () => {
    const id = 'AbCdEfGhIjKlMnOpQrStUv';
    const other = 'ZZZZZZZZZZZZZZZZZZZZZ_';
    expect(referencedUploadIds(`![a](/uploads/${id}) [b](/uploads/${other} "1 KB") /uploads/${id} /uploads/${id}x /uploads/short`)).toEqual([id, other]);
  });
});
