// The only module that imports 'simjs'. It takes the API the bundle put on `window.Sim`,
// removes the throwaway window again and hands out typed constructors.
import { hadWindow } from './window-shim.js';
import 'simjs';
import type { SimJSApi } from './simjs-types.js';

const g = globalThis as unknown as {
  window?: { Sim?: SimJSApi };
  [key: symbol]: SimJSApi | undefined;
};

// A module runner that re-evaluates this file while keeping simjs in its own cache (vitest
// without isolation, vi.resetModules) would find no `window.Sim` the second time, because
// the bundle runs only once per realm. So the first capture is also kept under a symbol.
const CAPTURED = Symbol.for('orgflow.simjs.api');

const fresh = g.window?.Sim;
if (!hadWindow) delete g.window;

const api = fresh ?? g[CAPTURED];
if (!api) {
  throw new Error('simjs did not register window.Sim: something imported simjs before src/kernel/simjs.ts');
}
g[CAPTURED] = api;

export const SimJS: SimJSApi = api;
