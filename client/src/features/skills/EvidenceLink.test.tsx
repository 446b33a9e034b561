import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { renderWithProviders } from '../../test-utils';
import { evidenceTarget } from './evidence';
import { EvidenceLink } from './ProfileSkills';

function renderEvidence(value: string) {
  return renderWithProviders(
    <MemoryRouter>
      <EvidenceLink value={value} />
    </MemoryRouter>,
  );
}

describe('EvidenceLink (certification evidence)', () => {
  it('links a post id and a post/answer path inside the app', () => {
    renderEvidence('42');
    expect(screen.getByRole('link', { name: '#42' })).toHaveAttribute('href', '/posts/42');
  });

  it('keeps the answer anchor of an answer reference', () => {
    renderEvidence('/posts/42#answer-7');
    const link = screen.getByRole('link', { name: '/posts/42#answer-7' });
    expect(link).toHaveAttribute('href', '/posts/42#answer-7');
    expect(link).not.toHaveAttribute('target');
  });

  it('opens an http(s) URL as an external link without opener or referrer', () => {
    renderEvidence('https://intra.city.example/reports/dx.pdf');
    const link = screen.getByRole('link', { name: 'https://intra.city.example/reports/dx.pdf' });
    expect(link).toHaveAttribute('href', 'https://intra.city.example/reports/dx.pdf');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it.each([
    '/\\evil.example/x',
    '//evil.example/x',
    '/\\/evil.example',
    '\\\\evil.example\\x',
    'javascript:alert(1)',
    'https:/\\evil.example',
    'https://intra.example\\@evil.example',
    'https://user:pass@evil.example/',
    '/users/5',
    '/posts/42/../../logout',
    '/posts/42?next=//evil.example',
    '/posts/007',
  ])('shows a stored legacy value %j as plain text, never as a link', (value) => {
    renderEvidence(value);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(value)).toBeInTheDocument();
    expect(evidenceTarget(value)).toEqual({ kind: 'text' });
  });
});
