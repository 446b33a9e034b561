import { render } from '@testing-library/react';
import { Highlighted, highlightParts } from './Highlighted';

describe('Highlighted', () => {
  it('splits marks and unescapes text', () => {
    expect(highlightParts('a &lt;b&gt; <mark>窓口</mark> &amp; c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '窓口', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  it('never renders user markup as elements', () => {
    const { container } = render(<Highlighted html={'&lt;img src=x onerror=alert(1)&gt;<mark>RPA</mark>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>RPA');
  });
});
