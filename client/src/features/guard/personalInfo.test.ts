import { findPersonalInfo, isValidMyNumber, type PersonalInfoKind, type PersonalInfoRules } from './personalInfo';
import examples from './personalInfoExamples.json';
import { checkTexts } from './usePersonalInfo';

/** The same example table as the server's `personal-info.spec.ts`: the SPA warns exactly where the server refuses. */
const table = examples as { rules: PersonalInfoRules; examples: { text: string; kinds: PersonalInfoKind[]; note?: string }[] };

describe('personal-information check in the SPA', () => {
  it.each(table.examples.map((e) => [e.note ?? e.text, e] as const))('%s', (_name, e) => {
    const kinds = [...new Set(findPersonalInfo(e.text, table.rules).map((f) => f.kind))].sort();
    expect(kinds).toEqual([...e.kinds].sort());
  });

  it('checks the マイナンバー check digit', () => {
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
  });

  it('masks what it found and reports a finding once across the fields of a form', () => {
    const found = checkTexts(['タイトル 123456789018', '本文 123456789018、090-1234-5678'], table.rules);
    expect(found).toEqual([
      { kind: 'MY_NUMBER', excerpt: '**********18' },
      { kind: 'PHONE', excerpt: '***-****-**78' },
    ]);
  });
});
