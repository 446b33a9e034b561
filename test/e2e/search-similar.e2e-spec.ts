import { corpusDocuments, keyOf } from '../fixtures/search/corpus';
import { SearchHarness } from '../fixtures/search/harness';
import { SIMILAR } from '../fixtures/search/similar-queries';

/**
 * The similar-titles relevance set (ask form, 「似た質問」): each title's expected first
 * suggestion over the fixture corpus. Prints top-1 accuracy and MRR (reciprocal rank of the
 * expected post among the first 10 suggestions, 0 when absent) for the whole set.
 */
describe('similar titles relevance (FTS5, fixture corpus)', () => {
  let h: SearchHarness;
  const ranks = new Map<string, number>();
  beforeAll(async () => {
    h = await SearchHarness.open('fts5');
    await h.index(corpusDocuments());
    for (const c of SIMILAR) {
      const keys = (await h.similar(c.title, 10)).map((id) => keyOf(id));
      ranks.set(c.title, keys.indexOf(c.top) + 1);
    }
    const n = SIMILAR.length;
    const top1 = SIMILAR.filter((c) => ranks.get(c.title) === 1).length;
    const mrr = SIMILAR.reduce((sum, c) => sum + (ranks.get(c.title)! > 0 ? 1 / ranks.get(c.title)! : 0), 0) / n;
    const misses = SIMILAR.filter((c) => ranks.get(c.title) !== 1).map((c) => `  ${c.title} → ${c.top} at ${ranks.get(c.title) || 'none'}`);
    console.log(
      [
        `similar titles: top-1 ${top1}/${n} (${((100 * top1) / n).toFixed(1)}%), MRR@10 ${mrr.toFixed(3)}`,
        ...(misses.length ? ['not first:', ...misses] : []),
      ].join('\n'),
    );
  });
  afterAll(() => h.close());

  it('has at least 20 titles', () => {
    expect(SIMILAR.length).toBeGreaterThanOrEqual(20);
  });

  it.each(SIMILAR.map((c) => [c.title, c.why, c] as const))('%s (%s)', async (_t, _why, c) => {
    const keys = (await h.similar(c.title, 5)).map((id) => keyOf(id));
    expect(keys[0]).toBe(c.top);
    if (c.includes) expect(keys).toEqual(expect.arrayContaining(c.includes));
  });

  it('leaves out the post itself (related posts)', async () => {
    const id = corpusDocuments().find((d) => keyOf(d.id) === 'okuyami')!.id;
    expect(await h.similar('おくやみコーナーの予約制について', 5, id)).not.toContain(id);
  });
});
