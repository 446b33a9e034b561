import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ja } from './ja';
import { jaMore } from './ja-more';

/**
 * The first screen (the shell and the feed) carries only `ja`; the rest of the Japanese arrives
 * with the other pages (#13, initial load). So no code the first screen loads — main.tsx and the
 * feed's page, following static imports only — may use a key that lives only in `jaMore`: it would
 * show blank until the rest loaded. Keys are found as string literals and as template prefixes
 * (`kind.${k}`).
 */
const SRC = join(__dirname, '..');
const ENTRIES = ['main.tsx', 'features/feed/HomePage.tsx'].map((f) => join(SRC, f));

function resolveImport(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

/** Key-like strings in code: whole literals, and the fixed start of composed ones (`kind.${k}`, 'kind.' + k). */
function keysIn(code: string): { literals: Set<string>; prefixes: string[] } {
  const found = [...code.matchAll(/['"`]([a-zA-Z][\w.]*)(['"`]|\$\{)/g)];
  const literals = new Set(found.filter((m) => m[2] !== '${').map((m) => m[1]));
  const prefixes = found.filter((m) => m[2] === '${' || m[1].endsWith('.')).map((m) => m[1]);
  return { literals, prefixes: prefixes.filter((p) => p.includes('.')) };
}

function firstScreenFiles(): Set<string> {
  const seen = new Set<string>();
  const queue = [...ENTRIES];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports and re-exports of our own modules; `import type` and `import()` load nothing.
    for (const m of code.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const target = resolveImport(file, m[1]);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('the first screen needs only the built-in Japanese', () => {
  const core = new Set(Object.keys(ja));
  const moreOnly = Object.keys(jaMore).filter((k) => !core.has(k));
  const files = firstScreenFiles();

  it('follows the shell and the feed into their modules', () => {
    const names = [...files].map((f) => relative(SRC, f));
    expect(names).toEqual(expect.arrayContaining(['App.tsx', 'features/layout/AppLayout.tsx', 'features/feed/FeedList.tsx', 'features/feed/PostCard.tsx']));
    // and not into the pages loaded on demand
    expect(names).not.toContain('features/admin/AdminPage.tsx');
    expect(names).not.toContain('features/post/PostPage.tsx');
  });

  it('uses no key that only the rest of the Japanese has', () => {
    const offenders: string[] = [];
    for (const file of files) {
      if (file.includes(`${join('i18n', '')}`)) continue;
      const code = readFileSync(file, 'utf8');
      const { literals, prefixes } = keysIn(code);
      for (const key of moreOnly) if (literals.has(key) || prefixes.some((p) => key.startsWith(p))) offenders.push(`${relative(SRC, file)}: ${key}`);
    }
    expect(offenders).toEqual([]);
  });
});
