import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * The shape the code keeps (issue #8), checked so it cannot drift silently:
 * SQL only in repositories, `core/` independent of features, no cycles between feature
 * folders, and no role comparisons outside the policy layer.
 */
const SRC = __dirname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

const rel = (p: string) => relative(SRC, p).split(sep).join('/');
const source = files(SRC).map((p) => ({ path: rel(p), text: readFileSync(p, 'utf8') }));

/** Places allowed to hold SQL besides `*.repository.ts`, with the reason. */
const SQL_ALLOWED: Record<string, string> = {
  'core/database/migrations/': 'the migrations are the schema',
  'core/database/db.service.ts': 'the connection itself',
  'modules/search/fts/fts-search.backend.ts': 'the FTS5 adapter behind the search port (its repository)',
};

describe('architecture', () => {
  it('keeps SQL in repositories', () => {
    const offenders = source
      .filter((f) => !f.path.endsWith('.repository.ts') && !Object.keys(SQL_ALLOWED).some((a) => f.path.startsWith(a)))
      .flatMap((f) => (f.text.match(/\bdb\s*\.\s*(run|get|all|insert)\b/g) ?? []).map((m) => `${f.path}: ${m}`));
    expect(offenders).toEqual([]);
  });

  it('keeps core/ free of feature modules', () => {
    const offenders = source
      .filter((f) => f.path.startsWith('core/'))
      .flatMap((f) =>
        [...f.text.matchAll(/from '([^']+)'/g)].map((m) => ({
          f: f.path,
          target: normalize(join(dirname(f.path), m[1]))
            .split(sep)
            .join('/'),
        })),
      )
      .filter(({ target }) => target.startsWith('modules/'))
      .map(({ f, target }) => `${f} → ${target}`);
    expect(offenders).toEqual([]);
  });

  it('has no import cycles between feature folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const f of source.filter((x) => x.path.startsWith('modules/'))) {
      const from = f.path.split('/')[1];
      for (const m of f.text.matchAll(/from '(\.[^']+)'/g)) {
        const target = normalize(join(dirname(f.path), m[1]))
          .split(sep)
          .join('/');
        const to = target.startsWith('modules/') ? target.split('/')[1] : null;
        if (to && to !== from && !to.endsWith('.ts') && !/\.(module|events)$/.test(to)) {
          if (!graph.has(from)) graph.set(from, new Set());
          graph.get(from)!.add(to);
        }
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        const at = path.indexOf(next);
        if (at >= 0) cycles.push([...path.slice(at), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const start of graph.keys()) visit(start, [start]);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it('compares roles only in the policy layer', () => {
    const offenders = source
      .filter((f) => !f.path.startsWith('core/policy/') && !f.path.startsWith('modules/demo/'))
      .flatMap((f) => (f.text.match(/\brole\s*[!=]==\s*'|'(DX_OFFICE|ADMIN|MANAGER)'\s*[!=]==|\.role\s*===/g) ?? []).map((m) => `${f.path}: ${m}`));
    expect(offenders).toEqual([]);
  });
});
