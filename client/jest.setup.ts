import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';
import { addMessages, registerDictionary } from './src/i18n';
import { en } from './src/i18n/en';
import { jaMore } from './src/i18n/ja-more';

// Mantine relies on these browser APIs, which jsdom lacks.
const { getComputedStyle } = window;
window.getComputedStyle = (elt: Element, pseudoElt?: string | null) => getComputedStyle(elt, pseudoElt);

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;

window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => undefined;

// react-router (for <Link> in component tests) needs TextEncoder/TextDecoder, which jsdom lacks.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// findBy*/waitFor give up after 1 s by default; on a loaded machine that is a flaky test, not a bug.
configure({ asyncUtilTimeout: 10_000 });

// English is loaded lazily in the app; tests render either language at once.

registerDictionary('en', en);
// The rest of the Japanese is its own chunk in the app (loaded with the pages); tests have it all at once.
addMessages('ja', jaMore);
