import '@testing-library/jest-dom';

// Suites that run in Node (an HTTP client against a loopback server) have
// no DOM to prepare.
if (typeof window !== 'undefined') {
  // React Flow measures its canvas; jsdom has no layout, so give it fixed
  // sizes and the observers it subscribes to.
  class ResizeObserverStub {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      this.callback(
        [{ target, contentRect: { width: 1200, height: 800 } } as any],
        this as any,
      );
    }
    unobserve() {}
    disconnect() {}
  }
  (global as any).ResizeObserver ??= ResizeObserverStub;
  (global as any).DOMMatrixReadOnly ??= class {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
      this.m22 = scale ? Number(scale) : 1;
    }
  };
  Object.defineProperties(HTMLElement.prototype, {
    offsetWidth: { configurable: true, get: () => 1200 },
    offsetHeight: { configurable: true, get: () => 800 },
  });
  (SVGElement.prototype as any).getBBox ??= () => ({
    x: 0,
    y: 0,
    width: 100,
    height: 20,
  });
}
