/**
 * The personal-information guard (#13): what must never be posted on a staff forum.
 *
 * This file is pure and has no imports, because the SPA warns with the very same rules: it is
 * copied byte for byte to `client/src/features/guard/personalInfo.ts` (the client cannot import
 * server code), and `personal-info.spec.ts` fails when the two copies differ. Both run the
 * example table `client/src/features/guard/personalInfoExamples.json`.
 *
 * Findings carry a masked excerpt only: a message or a log line never repeats the number.
 */

export type PersonalInfoKind = 'MY_NUMBER' | 'PHONE' | 'EMAIL' | 'ADDRESS' | 'WORD';

export interface PersonalInfoFinding {
  kind: PersonalInfoKind;
  /** What was found, masked (digits hidden except the last two; an e-mail's local part hidden). */
  excerpt: string;
}

export interface PersonalInfoRules {
  /** The city's own e-mail domains (and their sub-domains): addresses there are staff, not residents. */
  staffEmailDomains: readonly string[];
  /** Words the DX office lists (compared after NFKC and lower-casing). */
  words: readonly string[];
}

export const PERSONAL_INFO_LABELS: Record<PersonalInfoKind, string> = {
  MY_NUMBER: 'マイナンバー（個人番号）',
  PHONE: '電話番号',
  EMAIL: '庁外のメールアドレス',
  ADDRESS: '住所',
  WORD: '注意が必要な語',
};

/** Full-width digits and letters to ASCII (NFKC), and the dashes people type between digits to '-'. */
export function normalizeForGuard(text: string): string {
  return text.normalize('NFKC').replace(/(?<=\d)\s*[ー‐‑‒–—―−ｰ－]\s*(?=\d)/g, '-');
}

/**
 * The マイナンバー check digit (個人番号の検査用数字, 総務省令第85号 第5条): with Pn the n-th of
 * the first eleven digits counted from the right and Qn = n + 1 (n ≤ 6) or n − 5 (n ≥ 7),
 * the check digit is 11 − (Σ Pn × Qn mod 11), or 0 when the remainder is 0 or 1.
 */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Twelve digits (separators removed) whose last digit is the valid check digit. */
export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

const maskDigits = (s: string, keep = 2): string => {
  const total = (s.match(/\d/g) ?? []).length;
  let seen = 0;
  return s.replace(/\d/g, (d) => (++seen > total - keep ? d : '*'));
};

// Twelve digits, optionally with one space or hyphen between any two, not part of a longer
// (hyphenated) run; a space may separate it from a neighbouring number.
const MY_NUMBER = /(?<!\d-?)\d(?:[ -]?\d){11}(?!-?\d)/g;
// Phone numbers with separators: 03-1234-5678, 0467-82-1111, (0467)82-1111, 090 1234 5678.
const PHONE_SEPARATED = /(?<![\d-])(?:\(0\d{1,4}\)\s?\d{1,4}|0\d{1,4}[- ]\d{1,4})[- ]\d{3,4}(?![\d-])/g;
// Phone numbers without separators: 10 digits (landline, 0120) or 11 digits (070/080/090/050, 0800).
const PHONE_PLAIN = /(?<!\d)0\d{9,10}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/g;
// 都道府県・市区町村 (+ 町名) followed by a house number: 2丁目3番4号, 1-1-1, 12番地, 3番5号.
const PLACE = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ヶヵ々〇ー]';
const KANJI_NUMBER = '[一二三四五六七八九十]{1,3}';
const ADDRESS = new RegExp(
  `${PLACE}{1,12}?[都道府県市区町村郡]${PLACE}{0,12}?\\s?` +
    `(?:(?:\\d{1,3}|${KANJI_NUMBER})丁目(?:\\s?\\d{1,5}(?:番地?|-))?(?:\\s?\\d{1,5}号?)?` +
    '|\\d{1,5}番地(?:\\s?\\d{1,5}(?:号|-\\d{1,4})?)?' +
    '|\\d{1,5}番\\s?\\d{1,5}号' +
    '|\\d{1,5}-\\d{1,5}-\\d{1,5})',
  'gu',
);

function phoneDigitsPlausible(digits: string): boolean {
  if (digits.startsWith('00')) return false;
  if (digits.length === 11) return /^0[5789]0/.test(digits);
  return digits.length === 10;
}

function emailInside(domain: string, staffDomains: readonly string[]): boolean {
  const d = domain.toLowerCase();
  return staffDomains.some((s) => {
    const staff = s.trim().toLowerCase().replace(/^@/, '');
    return staff !== '' && (d === staff || d.endsWith(`.${staff}`));
  });
}

function maskEmail(local: string, domain: string): string {
  return `${local.slice(0, 1)}***@${domain}`;
}

function maskAddress(match: string): string {
  return match.replace(/\d/g, '*').replace(/[一二三四五六七八九十]+(?=丁目)/g, '*');
}

/**
 * Everything in `text` that looks like personal information, masked, in order of kind and
 * without repeats. Markdown code spans and blocks are checked like the rest (people paste data
 * there).
 */
export function findPersonalInfo(text: string, rules: PersonalInfoRules): PersonalInfoFinding[] {
  const normalized = normalizeForGuard(text);
  const findings: PersonalInfoFinding[] = [];
  const seen = new Set<string>();
  const add = (kind: PersonalInfoKind, excerpt: string) => {
    const key = `${kind}:${excerpt}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ kind, excerpt });
  };

  for (const m of normalized.matchAll(MY_NUMBER)) {
    if (isValidMyNumber(m[0].replace(/\D/g, ''))) add('MY_NUMBER', maskDigits(m[0]));
  }

  for (const re of [PHONE_SEPARATED, PHONE_PLAIN]) {
    for (const m of normalized.matchAll(re)) {
      const before = normalized.slice(Math.max(0, (m.index ?? 0) - 4), m.index);
      // 「内線 0123」 is an extension inside the city hall, not a resident's number.
      if (/内線\s*$/.test(before)) continue;
      if (phoneDigitsPlausible(m[0].replace(/\D/g, ''))) add('PHONE', maskDigits(m[0]));
    }
  }

  for (const m of normalized.matchAll(EMAIL)) {
    const [address, domain] = [m[0], m[1]];
    if (emailInside(domain, rules.staffEmailDomains)) continue;
    add('EMAIL', maskEmail(address.slice(0, address.indexOf('@')), domain.toLowerCase()));
  }

  for (const m of normalized.matchAll(ADDRESS)) add('ADDRESS', maskAddress(m[0]));

  const folded = normalized.toLowerCase();
  for (const word of rules.words) {
    const w = word.normalize('NFKC').trim().toLowerCase();
    if (w !== '' && folded.includes(w)) add('WORD', word.trim());
  }
  return findings;
}

/** 「マイナンバー（個人番号）: **********18、電話番号: 090-****-**78」 for a message. */
export function describeFindings(findings: readonly PersonalInfoFinding[]): string {
  return findings.map((f) => `${PERSONAL_INFO_LABELS[f.kind]}: ${f.excerpt}`).join('、');
}
