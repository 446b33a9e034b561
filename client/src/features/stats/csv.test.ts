import { csvCell, toCsv } from './csv';

describe('client CSV (Excel-ready)', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv([
      ['部署', '質問'],
      ['市民課', 12],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"部署","質問"\r\n"市民課","12"\r\n');
    expect(csv.slice(1).split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes every cell and doubles quotes inside; empty for null', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('「窓口」の"書かない"申請')).toBe('"「窓口」の""書かない""申請"');
    expect(csvCell(0)).toBe('"0"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell('行1\n行2')).toBe('"行1\n行2"');
  });

  it('neutralises formula starters = + - @ tab and CR with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});
