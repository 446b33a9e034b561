import { corpusDocuments, keyOf } from '../fixtures/search/corpus';
import { SearchHarness } from '../fixtures/search/harness';
import { RELEVANCE } from '../fixtures/search/queries';

/**
 * The relevance set: Japanese queries a municipal user would type, with the results they
 * should see first, over a fixture corpus (test/fixtures/search). Runs on FTS5 in npm test.
 */
describe('search relevance (FTS5, fixture corpus)', () => {
  let h: SearchHarness;
  beforeAll(async () => {
    h = await SearchHarness.open('fts5');
    await h.index(corpusDocuments());
  });
  afterAll(() => h.close());

  it('has at least 30 queries', () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RELEVANCE.map((c) => [c.q, c.why, c] as const))('%s (%s)', async (_q, _why, c) => {
    const page = await h.search(c.q, {}, 50);
    const keys = page.hits.map((x) => keyOf(x.id));
    expect(page.totalCount).toBe(keys.length);
    if (c.only) expect([...keys].sort()).toEqual([...c.only].sort());
    if (c.top) expect(keys[0]).toBe(c.top);
    if (c.topSet) expect([...keys.slice(0, c.topSet.length)].sort()).toEqual([...c.topSet].sort());
    if (c.includes) expect(keys).toEqual(expect.arrayContaining(c.includes));
    for (const k of c.excludes ?? []) expect(keys).not.toContain(k);
  });
});
