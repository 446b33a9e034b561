import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFindings, findPersonalInfo, isValidMyNumber, myNumberCheckDigit, type PersonalInfoKind, type PersonalInfoRules } from './personal-info';

const CLIENT_DIR = join(__dirname, '../../../client/src/features/guard');
const table = JSON.parse(readFileSync(join(CLIENT_DIR, 'personalInfoExamples.json'), 'utf8')) as {
  rules: PersonalInfoRules;
  examples: { text: string; kinds: PersonalInfoKind[]; note?: string }[];
};

describe('マイナンバー check digit (総務省令 第5条)', () => {
  it.each([
    ['12345678901', 8],
    ['98765432109', 3],
    ['11111111111', 8],
    // Remainders 0 and 1 give 0.
    ['00000000000', 0],
    ['20000000001', 8],
  ])('%s → %i', (first11, digit) => {
    expect(myNumberCheckDigit(first11)).toBe(digit);
  });

  it('accepts only twelve digits ending in the check digit', () => {
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
    expect(isValidMyNumber('12345678901')).toBe(false);
    expect(isValidMyNumber('12345678901a')).toBe(false);
  });

  it('every wrong last digit is refused', () => {
    for (let d = 0; d <= 9; d++) expect(isValidMyNumber(`98765432109${d}`)).toBe(d === 3);
  });
});

describe('findPersonalInfo: the example table shared with the SPA', () => {
  it.each(table.examples.map((e) => [e.note ?? e.text, e] as const))('%s', (_name, e) => {
    const kinds = [...new Set(findPersonalInfo(e.text, table.rules).map((f) => f.kind))].sort();
    expect(kinds).toEqual([...e.kinds].sort());
  });
});

describe('findPersonalInfo: masking', () => {
  const rules = table.rules;

  it('never repeats a number in full', () => {
    const found = findPersonalInfo('123456789018 と 090-1234-5678', rules);
    expect(found).toEqual([
      { kind: 'MY_NUMBER', excerpt: '**********18' },
      { kind: 'PHONE', excerpt: '***-****-**78' },
    ]);
    expect(describeFindings(found)).toBe('マイナンバー（個人番号）: **********18、電話番号: ***-****-**78');
  });

  it('hides an e-mail address except its first letter and domain, and an address except the place', () => {
    expect(findPersonalInfo('yamada@example.com 茅ヶ崎市茅ヶ崎1-1-1', rules)).toEqual([
      { kind: 'EMAIL', excerpt: 'y***@example.com' },
      { kind: 'ADDRESS', excerpt: '茅ヶ崎市茅ヶ崎*-*-*' },
    ]);
  });

  it('reports a repeated finding once', () => {
    expect(findPersonalInfo('123456789018\n123456789018', rules)).toHaveLength(1);
  });

  it('without staff domains every address is outside', () => {
    expect(findPersonalInfo('a@city.kaede.lg.jp', { staffEmailDomains: [], words: [] })).toHaveLength(1);
  });
});

describe('the SPA copy', () => {
  it('is the same file, byte for byte', () => {
    expect(readFileSync(join(CLIENT_DIR, 'personalInfo.ts'), 'utf8')).toBe(readFileSync(join(__dirname, 'personal-info.ts'), 'utf8'));
  });
});
