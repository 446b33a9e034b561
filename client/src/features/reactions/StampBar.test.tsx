import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test-utils';
import { StampBar } from './StampBar';
import { toggledSummary } from './stamps';

const summary = { cheer: 3, helpful: 1, thanks: 0, viewerStamps: ['CHEER' as const] };

describe('StampBar', () => {
  it('shows each stamp with its label and count', () => {
    renderWithProviders(<StampBar summary={summary} onToggle={() => undefined} />);
    expect(screen.getByRole('button', { name: /^応援 3/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^参考になった 1/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^ありがとう 0/ })).toBeInTheDocument();
  });

  it("marks the viewer's own stamps as pressed", () => {
    renderWithProviders(<StampBar summary={summary} onToggle={() => undefined} />);
    expect(screen.getByRole('button', { name: /^応援/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^参考になった/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('calls onToggle with the stamp and whether it was pressed', async () => {
    const onToggle = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<StampBar summary={summary} onToggle={onToggle} />);
    await user.click(screen.getByRole('button', { name: /^応援/ }));
    await user.click(screen.getByRole('button', { name: /^ありがとう/ }));
    expect(onToggle).toHaveBeenNthCalledWith(1, 'CHEER', true);
    expect(onToggle).toHaveBeenNthCalledWith(2, 'THANKS', false);
  });

  it('is disabled on your own content and explains why', async () => {
    const onToggle = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<StampBar summary={summary} onToggle={onToggle} disabled />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(3);
    buttons.forEach((button) => expect(button).toBeDisabled());
    expect(screen.getByRole('button', { name: /^応援/ })).toHaveAccessibleDescription('自分の投稿にはスタンプを押せません');
    await user.click(buttons[0]);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('uses English labels in English', () => {
    renderWithProviders(<StampBar summary={summary} onToggle={() => undefined} />, { locale: 'en' });
    expect(screen.getByRole('button', { name: /^Cheer 3/ })).toBeInTheDocument();
  });
});

describe('toggledSummary', () => {
  it('adds and removes a stamp optimistically', () => {
    expect(toggledSummary(summary, 'HELPFUL', false)).toEqual({ cheer: 3, helpful: 2, thanks: 0, viewerStamps: ['CHEER', 'HELPFUL'] });
    expect(toggledSummary(summary, 'CHEER', true)).toEqual({ cheer: 2, helpful: 1, thanks: 0, viewerStamps: [] });
  });
});
