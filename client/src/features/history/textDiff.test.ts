import { diffText, hasChanges } from './textDiff';

describe('diffText', () => {
  it('marks a replaced Japanese phrase as one removal and one addition, not scattered characters', () => {
    const parts = diffText('住民票の写しの交付申請は窓口で受け付けています。', '住民票の写しの交付申請はオンラインでも受け付けています。')!;
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['窓口で']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['オンラインでも']);
    // putting the parts back together gives both texts
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('住民票の写しの交付申請は窓口で受け付けています。');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('住民票の写しの交付申請はオンラインでも受け付けています。');
  });

  it('says when nothing changed, and gives up on texts too long to compare', () => {
    expect(hasChanges(diffText('同じ本文', '同じ本文'))).toBe(false);
    expect(diffText('あ'.repeat(40_000), 'い')).toBeNull();
    expect(hasChanges(null)).toBe(true);
  });
});
