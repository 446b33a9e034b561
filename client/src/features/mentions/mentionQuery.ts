/**
 * The `@…` being typed just before the caret, or null: `@` at the start or after a space or
 * punctuation (not inside an e-mail address), followed by up to 30 characters of a name or an
 * e-mail local part, without spaces. Inside a code span or fence nothing is suggested
 * (the server does not notify mentions there either).
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|[^A-Za-z0-9._%+\-@])@([^\s@`]{0,30})$/.exec(before);
  if (!m) return null;
  const start = before.length - m[2].length - 1;
  const fences = (before.match(/^```/gm) ?? []).length;
  if (fences % 2 === 1) return null;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if ((line.match(/`/g) ?? []).length % 2 === 1) return null;
  return { start, query: m[2] };
}

/** The text with the `@query` at `start` replaced by `@name ` and the caret after it. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(caret).replace(/^[^\s@`]*/, '');
  return { text: text.slice(0, start) + inserted + rest, caret: start + inserted.length };
}
