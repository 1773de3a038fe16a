// Picks the event list behind the Kernel interface. `fast` is the default and always
// loaded; `simjs` (the reference the fast one was checked against, --kernel simjs) loads
// only when asked for, so the page, which never asks, does not ship simjs.
import { createFastKernel } from './fast-kernel.js';
import type { KernelFactory, KernelName } from './kernel.js';

export async function loadKernel(name: KernelName = 'fast'): Promise<KernelFactory> {
  switch (name) {
    case 'fast':
      return createFastKernel;
    case 'simjs':
      return (await import('./simjs-kernel.js')).createSimjsKernel;
    default:
      throw new RangeError(`loadKernel: unknown kernel ${JSON.stringify(name)}, expected "fast" or "simjs"`);
  }
}
