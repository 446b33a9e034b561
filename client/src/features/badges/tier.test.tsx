import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test-utils';
import { TIER_STYLE, TierBadge, tierOrder } from './tier';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('badge tiers', () => {
  it('labels each tier in Japanese and English', () => {
    const { unmount } = renderWithProviders(<TierBadge tier="GOLD" />);
    expect(screen.getByText('ゴールド')).toBeInTheDocument();
    unmount();
    renderWithProviders(<TierBadge tier="BRONZE" />, { locale: 'en' });
    expect(screen.getByText('Bronze')).toBeInTheDocument();
  });

  it('orders gold before silver before bronze', () => {
    expect(tierOrder('GOLD')).toBeLessThan(tierOrder('SILVER'));
    expect(tierOrder('SILVER')).toBeLessThan(tierOrder('BRONZE'));
  });

  it('keeps tier text readable (contrast ≥ 4.5:1 on its background and on white)', () => {
    for (const s of Object.values(TIER_STYLE)) {
      expect(contrast(s.color, s.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
