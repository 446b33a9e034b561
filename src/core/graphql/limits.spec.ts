import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { checkQueryLimits, DEFAULT_LIMITS, QueryLimits } from './limits';

function check(query: string, variables: Record<string, unknown> = {}, limits: QueryLimits = DEFAULT_LIMITS): string | null {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return checkQueryLimits(document, operation, variables, limits);
}

/** The computed cost, read from the message produced when every query is over budget. */
function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const msg = check(query, variables, { maxDepth: 1000, maxAliases: 1000, maxCost: 0 });
  const m = msg?.match(/コスト (\d+)/);
  if (!m) throw new Error(`no cost in ${msg}`);
  return Number(m[1]);
}

/** post → answers → post → answers … with `levels` nested selection sets. */
function nestedPostAnswers(levels: number): string {
  let inner = 'id';
  for (let i = levels - 1; i >= 1; i--) inner = `${i % 2 === 1 ? 'post(id: "1")' : 'answers'} { ${inner} }`;
  return `{ ${inner} }`;
}

/** post → author → posts → edges → node → author → … with exactly `levels` selection sets (cheap lists). */
function nestedCheap(levels: number): string {
  const chain = ['author', 'posts(first: 1)', 'edges', 'node'];
  let fields = ['post(id: "1")'];
  while (fields.length < levels - 1) fields.push(chain[(fields.length - 1) % chain.length]);
  return `{ ${fields.join(' { ')} { id ${' }'.repeat(fields.length)} }`;
}

describe('checkQueryLimits', () => {
  describe('depth', () => {
    it('accepts 10 levels of nesting and refuses 11, in Japanese', () => {
      expect(check(nestedCheap(10))).toBeNull();
      expect(check(nestedCheap(11))).toBe('クエリの入れ子が深すぎます（最大 10 階層）。');
    });

    it('reports depth (not cost) for a deep and expensive post→answers→post… query', () => {
      expect(check(nestedPostAnswers(30))).toBe('クエリの入れ子が深すぎます（最大 10 階層）。');
    });

    it('counts depth through fragments and inline fragments', () => {
      const q = `query { post(id: "1") { ...A } }
        fragment A on Post { author { posts(first: 1) { edges { node { ... on Post { author { posts(first: 1) { edges { node { id } } } } } } } } } }`;
      // post(2) author(3) posts(4) edges(5) node(6) author(7) posts(8) edges(9) node(10) id → 10 levels
      expect(check(q)).toBeNull();
      const deeper = q.replace('node { id }', 'node { author { id } }');
      expect(check(deeper)).toMatch(/入れ子が深すぎます/);
    });
  });

  describe('aliases', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

    it('accepts 30 aliases and refuses 31', () => {
      expect(check(aliases(30))).toBeNull();
      expect(check(aliases(31))).toBe('エイリアスが多すぎます（最大 30 個）。');
    });

    it('counts aliases inside nested selections and on __typename', () => {
      const q = `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: me { n${i}: displayName }`).join(' ')} }`;
      expect(check(q)).toMatch(/エイリアスが多すぎます/);
      const t = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      expect(check(t)).toMatch(/エイリアスが多すぎます/);
    });

    it('counts aliases of a fragment each time it is spread', () => {
      const q = `query { ${Array.from({ length: 4 }, (_, i) => `m${i}: me { ...F }`).join(' ')} }
        fragment F on User { ${Array.from({ length: 7 }, (_, i) => `f${i}: id`).join(' ')} }`;
      // 4 + 4 × 7 = 32 aliases
      expect(check(q)).toMatch(/エイリアスが多すぎます/);
    });
  });

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
        check('{ posts(first: 20) { totalCount edges { cursor node { id title excerpt tags { name } author { displayName } answerCount } } pageInfo { hasNextPage endCursor } } }'),
      ).toBeNull();
    });
  });
});
