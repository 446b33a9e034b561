import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentNode, Kind, OperationDefinitionNode, parse, print, buildSchema, specifiedRules, validate } from 'graphql';
import { armorProtection } from './armor';
import { checkQueryCost, FIELD_WEIGHTS, queryCost, QUERY_LIMITS } from './limits';

function opOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return { document, operation };
}

function check(query: string, variables: Record<string, unknown> = {}): string | null {
  const { document, operation } = opOf(query);
  return checkQueryCost(document, operation, variables);
}

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const { document, operation } = opOf(query);
  return queryCost(document, operation, variables);
}

describe('query cost', () => {
  describe('cost', () => {
    it('charges one per field, and a plain object field multiplies its children by 1', () => {
      expect(costOf('{ me { id displayName } }')).toBe(3);
      expect(costOf('{ post(id: "1") { author { id } } }')).toBe(3);
    });

    it('multiplies a list by its `first` argument', () => {
      const page = (n: number) => costOf(`{ posts(first: ${n}) { edges { node { id title answers { id } } } } }`);
      expect(page(10) - 1).toBe(10 * (page(1) - 1));
      expect(page(100) - 1).toBe(100 * (page(1) - 1));
    });

    it('counts a list without `first` as more than one item', () => {
      expect(costOf('{ post(id: "1") { answers { id body } } }')).toBeGreaterThan(costOf('{ post(id: "1") { author { id body } } }'));
      expect(costOf('{ post(id: "1") { comments { id body } } }')).toBeGreaterThan(costOf('{ post(id: "1") { author { id body } } }'));
    });

    it('reads `first` from variables, so a variable cannot hide a large page', () => {
      const q = 'query($n: Int) { posts(first: $n) { edges { node { answers { comments { id } } } } } }';
      expect(costOf(q, { n: 100 })).toBe(costOf(q.replace('query($n: Int)', 'query').replace('$n', '100')));
      expect(costOf(q, { n: 100 })).toBe(100 * (costOf(q, { n: 1 }) - 1) + 1);
      expect(check(q, { n: 100 })).toMatch(/^クエリが大きすぎます（コスト \d+、上限 20000）。件数を減らしてください。$/);
      expect(check(q, { n: 1 })).toBeNull();
    });

    it('uses the default value of a variable that the request leaves out', () => {
      const q = 'query($n: Int = 100) { posts(first: $n) { edges { node { id } } } }';
      expect(costOf(q, {})).toBe(costOf(q, { n: 100 }));
    });

    it('counts a fragment once per spread, exactly like the same fields written inline', () => {
      const inline = '{ a: posts(first: 2) { edges { node { id title answers { id } } } } b: post(id: "1") { id title answers { id } } }';
      const withFragment = `{ a: posts(first: 2) { edges { node { ...P } } } b: post(id: "1") { ...P } }
        fragment P on Post { id title answers { id } }`;
      expect(costOf(withFragment)).toBe(costOf(inline));
      const once = costOf('{ post(id: "1") { ...P } } fragment P on Post { id title answers { id } }');
      const twice = costOf('{ post(id: "1") { ...P } x: post(id: "2") { ...P } } fragment P on Post { id title answers { id } }');
      expect(twice).toBe(2 * once);
    });

    it('counts inline fragments like inline fields', () => {
      expect(costOf('{ post(id: "1") { ... on Post { id title } } }')).toBe(costOf('{ post(id: "1") { id title } }'));
    });

    it('refuses the classic nested fan-out but accepts an ordinary feed page', () => {
      expect(check('{ posts(first: 100) { edges { node { answers { comments { author { displayName } } } } } } }')).toMatch(/クエリが大きすぎます/);
      expect(
        check(
          '{ posts(first: 20) { totalCount edges { cursor node { id title excerpt tags { name } author { displayName } answerCount } } pageInfo { hasNextPage endCursor } } }',
        ),
      ).toBeNull();
    });
  });

  describe('expensive fields', () => {
    it('charges a Markdown preview, a search and a similarity query by their weight', () => {
      expect(costOf('{ markdownPreview(body: "x") }')).toBe(1 + FIELD_WEIGHTS.markdownPreview);
      expect(costOf('{ search(query: "窓口") { edges { node { id } } } }')).toBeGreaterThan(FIELD_WEIGHTS.search);
    });

    it('refuses 30 aliased previews or related posts on a page of posts', () => {
      const previews = `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: markdownPreview(body: "x")`).join(' ')} }`;
      expect(check(previews)).toMatch(/クエリが大きすぎます/);
      expect(check('{ posts(first: 100) { edges { node { relatedPosts(first: 10) { id } } } } }')).toMatch(/クエリが大きすぎます/);
      expect(
        check(
          '{ a: search(query: "a") { totalCount } b: search(query: "b") { totalCount } c: search(query: "c") { totalCount } d: search(query: "d") { totalCount } e: search(query: "e") { totalCount } f: search(query: "f") { totalCount } g: search(query: "g") { totalCount } }',
        ),
      ).toMatch(/クエリが大きすぎます/);
    });
  });

  describe('every operation the SPA sends', () => {
    const root = join(__dirname, '../../../client/src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.graphql')) files.push(p);
      }
    };
    walk(root);
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const doc = parse(all);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

    /** The operation with exactly the fragments it uses, transitively: the document the client sends. */
    const asSent = (op: OperationDefinitionNode): DocumentNode => {
      const used = new Set<string>();
      const collect = (node: unknown) => {
        JSON.stringify(node, (_k, v) => {
          if (v && v.kind === Kind.FRAGMENT_SPREAD && !used.has(v.name.value)) {
            used.add(v.name.value);
            collect(doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === v.name.value));
          }
          return v;
        });
      };
      collect(op);
      return { kind: Kind.DOCUMENT, definitions: [op, ...doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION && used.has(d.name.value))] };
    };

    it('finds the SPA documents', () => {
      expect(ops.length).toBeGreaterThan(30);
    });

    it.each(ops.map((o) => [o.name?.value ?? '?', o] as const))('%s fits the limits with its largest page', (_name, op) => {
      // Each variable named first/limit takes the largest value the SPA uses (50).
      const vars: Record<string, unknown> = {};
      for (const v of op.variableDefinitions ?? []) if (/first/i.test(v.variable.name.value)) vars[v.variable.name.value] = 50;
      expect(queryCost(doc, op, vars)).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    });

    it('passes graphql-armor (depth, aliases, directives, coarse cost) against the schema, in production settings too', () => {
      const schema = buildSchema(readFileSync(join(root, '../schema.graphql'), 'utf8'));
      for (const production of [false, true]) {
        const { validationRules } = armorProtection(production);
        for (const op of ops) {
          const errors = validate(schema, asSent(op), [...specifiedRules, ...validationRules]);
          expect([op.name?.value, errors.map((e) => e.message)]).toEqual([op.name?.value, []]);
        }
      }
    });

    it('sends documents far below the token limit (an operation plus the fragments it uses)', () => {
      // Each operation as the client sends it (with exactly the fragments it spreads,
      // transitively) fits in half the limit.
      for (const op of ops) {
        const text = print(asSent(op));
        let error = '';
        try {
          parse(text, { maxTokens: QUERY_LIMITS.maxTokens / 2 });
        } catch (e) {
          error = (e as Error).message;
        }
        expect([op.name?.value, error]).toEqual([op.name?.value, '']);
      }
    });
  });
});
