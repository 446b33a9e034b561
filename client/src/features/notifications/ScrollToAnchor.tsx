import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** Room for the fixed header (64 px) above the element scrolled to. */
const HEADER_OFFSET = 80;

/**
 * Scrolls to `#answer-<id>` / `#comment-<id>` (a notification's link) once the element is on the
 * page, briefly highlights it and moves focus there. Render it inside the page whose content
 * holds the anchors: it tries again each time that page re-renders (the post may come from the
 * cache first and the new answer with the network answer), at most once per navigation.
 */
export function ScrollToAnchor() {
  const { hash, key } = useLocation();
  const done = useRef<string | null>(null);

  useEffect(() => {
    if (!hash || hash.length < 2 || done.current === key) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const el = document.getElementById(id);
    if (!el) return;
    done.current = key;
    // After the layout's own scroll-to-top for the new page (a parent's effect, which runs after this one).
    setTimeout(() => {
      if (!el.isConnected) return;
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.style.scrollMarginTop = `${HEADER_OFFSET}px`;
      el.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
      // Content that renders just after (the rest of the thread, related posts, a late image)
      // can move the answer: keep it in place while the page settles (up to 2 s).
      const body = document.body;
      if (typeof ResizeObserver === 'function' && body) {
        const keep = new ResizeObserver(() => {
          if (el.isConnected) el.scrollIntoView({ block: 'start', behavior: 'auto' });
        });
        keep.observe(body);
        const stop = () => keep.disconnect();
        setTimeout(stop, 2000);
        window.addEventListener('wheel', stop, { once: true, passive: true });
        window.addEventListener('keydown', stop, { once: true });
        window.addEventListener('touchstart', stop, { once: true, passive: true });
      }
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      if (typeof el.animate === 'function') {
        el.animate(
          [
            { boxShadow: '0 0 0 4px var(--mantine-color-banso-3)' },
            { boxShadow: '0 0 0 4px var(--mantine-color-banso-3)', offset: 0.6 },
            { boxShadow: '0 0 0 4px transparent' },
          ],
          { duration: 2600, easing: 'ease-out' },
        );
      }
    }, 50);
  });

  return null;
}
