/*
 * What antd needs from a browser that happy-dom leaves out, and Testing Library's clean-up. A vitest setup
 * file (tests/vitest.config.ts): it runs before every test file — a module's top level would run once per
 * worker, since workers keep modules between files — and does nothing in files without a DOM. A component
 * test picks its DOM with a `// @vitest-environment happy-dom` docblock.
 */
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') installBrowserShims();

function installBrowserShims(): void {
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
}

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
