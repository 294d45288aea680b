/*
 * What antd needs from a browser that happy-dom leaves out. Each component test file imports this first
 * (and picks its DOM with a `// @vitest-environment happy-dom` docblock), so node-only tests pay nothing.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd's responsive grid and Table ask for media queries; none ever matches.
if (!('matchMedia' in window) || typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

// rc-virtual-list and Table measure sizes; layout does not exist here, so nothing is ever resized.
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

afterEach(() => {
  cleanup();
});
