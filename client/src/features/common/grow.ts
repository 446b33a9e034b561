import type { CSSProperties } from 'react';

/**
 * Props for a Mantine Textarea that grows with its text, sized by the browser (CSS
 * `field-sizing: content`, styles.css `.auto-grow`) between `minRows` and `maxRows` lines.
 * Mantine's `autosize` measured the page with getComputedStyle in a layout effect for every
 * textarea on it — ~100 ms of forced layout in a post page's first render (#13, Lighthouse).
 * Where field-sizing is unsupported the box keeps `minRows` and can be resized by hand.
 */
export function growProps(minRows: number, maxRows = 30): { rows: number; classNames: { input: string }; style: CSSProperties } {
  return {
    rows: minRows,
    classNames: { input: 'auto-grow' },
    style: { '--auto-grow-rows': minRows, '--auto-grow-max': maxRows } as CSSProperties,
  };
}
