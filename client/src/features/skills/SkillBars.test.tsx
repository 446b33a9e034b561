import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test-utils';
import { SkillBars } from './SkillBars';

const entries = [
  { points: 30.5, level: 2, requirement: 'REQUIRED' as const, skill: { code: 'BPR', name: 'BPR 利活用' } },
  { points: 12, level: 1, requirement: 'FOR_RELEVANT_STAFF' as const, skill: { code: 'MYNUMBER_BASIC', name: 'マイナンバー制度(基礎)' } },
  { points: 0, level: 0, requirement: 'REQUIRED' as const, skill: { code: 'SECURITY_BASIC', name: '情報セキュリティ(基礎)' } },
];

describe('SkillBars', () => {
  it('renders one named progressbar per skill with its level and points as value text', () => {
    renderWithProviders(<SkillBars entries={entries} />);
    const bars = screen.getAllByRole('progressbar');
    expect(bars).toHaveLength(3);
    const bpr = screen.getByRole('progressbar', { name: 'BPR 利活用' });
    expect(bpr).toHaveAttribute('aria-valuetext', 'Lv.2・30.5pt');
    expect(bpr).toHaveAttribute('aria-valuenow', '30.5');
    expect(screen.getByRole('progressbar', { name: '情報セキュリティ(基礎)' })).toHaveAttribute('aria-valuetext', 'Lv.0・0pt');
  });

  it('shows the level visibly and explains the requirement marks to screen readers', () => {
    renderWithProviders(<SkillBars entries={entries} />);
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0]).getByText('Lv.2')).toBeInTheDocument();
    expect(within(rows[0]).getByText('◎')).toHaveAttribute('aria-hidden', 'true');
    expect(within(rows[0]).getByText('原則必修')).toHaveClass('visually-hidden');
    expect(within(rows[1]).getByText('該当業務の担当者')).toBeInTheDocument();
    expect(screen.getByText(/^◎ 原則必修\s+○ 該当業務の担当者$/)).toBeInTheDocument();
  });

  it('speaks English value text in English', () => {
    renderWithProviders(<SkillBars entries={entries.slice(0, 1)} />, { locale: 'en' });
    expect(screen.getByRole('progressbar', { name: 'BPR 利活用' })).toHaveAttribute('aria-valuetext', 'Lv.2, 30.5 pt');
  });
});
