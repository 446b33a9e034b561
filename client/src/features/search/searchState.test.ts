import { parseSearchState, searchUrl, suggestions, toSearchVariables } from './searchState';

describe('search URL state', () => {
  it('round-trips and ignores invalid values', () => {
    const s = parseSearchState(new URLSearchParams('q=窓口 申請&kind=CASE&status=BOGUS&from=2026-04-01&to=yesterday'));
    expect(s).toEqual({ q: '窓口 申請', kind: 'CASE', status: null, ideaStatus: null, tag: null, from: '2026-04-01', to: null });
    expect(parseSearchState(new URLSearchParams(searchUrl(s).split('?')[1]))).toEqual(s);
  });

  it("keeps an idea's status (?idea=) only with ideas", () => {
    const s = parseSearchState(new URLSearchParams('q=窓口&kind=IDEA&idea=ADOPTED'));
    expect(s).toMatchObject({ kind: 'IDEA', ideaStatus: 'ADOPTED' });
    expect(searchUrl(s)).toBe(`/search?${new URLSearchParams('q=窓口&kind=IDEA&idea=ADOPTED').toString()}`);
    expect(parseSearchState(new URLSearchParams(searchUrl(s).split('?')[1]))).toEqual(s);
    // A status alone means ideas; with another kind, or an unknown status, it is dropped.
    expect(parseSearchState(new URLSearchParams('q=窓口&idea=DECLINED'))).toMatchObject({ kind: 'IDEA', ideaStatus: 'DECLINED' });
    expect(parseSearchState(new URLSearchParams('q=窓口&kind=QUESTION&idea=ADOPTED'))).toMatchObject({ kind: 'QUESTION', ideaStatus: null });
    expect(parseSearchState(new URLSearchParams('q=窓口&kind=IDEA&idea=MAYBE'))).toMatchObject({ kind: 'IDEA', ideaStatus: null });
    // Switching to another kind drops it from the URL.
    expect(searchUrl({ ...s, kind: 'CASE' })).toBe(`/search?${new URLSearchParams('q=窓口&kind=CASE').toString()}`);
    // The API gets the status with kind IDEA (it refuses another kind with a status).
    expect(toSearchVariables(parseSearchState(new URLSearchParams('q=a&idea=UNDER_REVIEW')))).toEqual({
      filter: { kind: 'IDEA', ideaStatus: 'UNDER_REVIEW' },
      createdAt: null,
    });
  });

  it('builds GraphQL variables only for set filters', () => {
    expect(toSearchVariables(parseSearchState(new URLSearchParams('q=a')))).toEqual({ filter: null, createdAt: null });
    expect(toSearchVariables(parseSearchState(new URLSearchParams('q=a&tag=RPA&to=2026-05-31')))).toEqual({
      filter: { tag: 'RPA' },
      createdAt: { to: '2026-05-31' },
    });
  });

  it('suggests dropping filters, quotes and extra words when nothing is found', () => {
    const state = parseSearchState(new URLSearchParams('q="書かない窓口" 研修&kind=IDEA'));
    const labels = suggestions(state, [
      { text: '書かない窓口', phrase: true },
      { text: '研修', phrase: false },
    ]).map((s) => s.label);
    expect(labels).toEqual(['"書かない窓口" 研修', '書かない窓口 研修', '書かない窓口', '研修']);
  });
});
