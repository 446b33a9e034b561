import type { ReactNode } from 'react';

/**
 * A hint shown on hover and keyboard focus, drawn by CSS (styles.css `.tip`), for what is
 * repeated on every card — counts, the bookmark toggle. Mantine's Tooltip sets up floating-ui
 * per instance: a feed page had ~100 of them, a large part of its first render. The element
 * inside still carries its own accessible name; the hint only repeats it for the eye.
 */
export function Tip({ label, multiline, children }: { label: string; multiline?: boolean; children: ReactNode }) {
  return (
    <span className="tip" data-tip={label} data-multiline={multiline || undefined}>
      {children}
    </span>
  );
}
