import { parseFeedState, toPostFilter } from './feedFilter';

const filterFor = (query: string) => toPostFilter(parseFeedState(new URLSearchParams(query)));

describe('feed filters', () => {
  it('新着 is the default: newest first, no other filter', () => {
    expect(filterFor('')).toEqual({ order: 'NEWEST' });
  });

  it('未回答 asks for unanswered posts', () => {
    expect(filterFor('tab=unanswered')).toEqual({ order: 'NEWEST', unanswered: true });
  });

  it('解決済み asks for RESOLVED posts', () => {
    expect(filterFor('tab=resolved')).toEqual({ order: 'NEWEST', status: 'RESOLVED' });
  });

  it('combines kind, tag, department and order from the URL', () => {
    expect(filterFor('kind=CASE&tag=RPA&dept=12&order=ACTIVITY')).toEqual({
      order: 'ACTIVITY',
      kind: 'CASE',
      tag: 'RPA',
      departmentId: '12',
    });
  });

  it('ignores unknown values', () => {
    expect(filterFor('tab=bogus&kind=POLL&order=RANDOM&tag=%20&featured=yes')).toEqual({ order: 'NEWEST' });
  });

  it('優良事例 narrows any tab to featured posts', () => {
    expect(filterFor('featured=1')).toEqual({ order: 'NEWEST', featured: true });
    expect(filterFor('featured=1&tab=resolved&kind=CASE')).toEqual({ order: 'NEWEST', status: 'RESOLVED', kind: 'CASE', featured: true });
  });

  it('an idea status (?idea=) narrows to ideas with that status; an unknown one is ignored', () => {
    expect(filterFor('idea=ADOPTED')).toEqual({ order: 'NEWEST', ideaStatus: 'ADOPTED', kind: 'IDEA' });
    expect(filterFor('kind=IDEA&idea=UNDER_REVIEW')).toEqual({ order: 'NEWEST', ideaStatus: 'UNDER_REVIEW', kind: 'IDEA' });
    expect(filterFor('idea=MAYBE')).toEqual({ order: 'NEWEST' });
  });
});
