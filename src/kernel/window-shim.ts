// simjs registers its API only as `window.Sim`. In Node and in a Web Worker there is no
// `window`, so this module (imported by simjs.ts *before* 'simjs') installs a throwaway
// holder object for the bundle to write into; simjs.ts removes it again right after.
// ES module evaluation runs imports in order, which is what makes this work.

const g = globalThis as unknown as { window?: Record<string, unknown> };

/** Whether a real `window` existed (browser main thread, jsdom): then it is left alone. */
export const hadWindow = typeof g.window !== 'undefined';

if (!hadWindow) g.window = {};
