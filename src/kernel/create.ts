// Picks the event list behind the Kernel interface. `fast` is the default; `simjs` stays
// selectable (--kernel simjs, SimulateOptions.kernel) as the reference it was checked against.
import { createFastKernel } from './fast-kernel.js';
import type { Kernel, KernelName } from './kernel.js';
import { createSimjsKernel } from './simjs-kernel.js';

/** A fresh simulation clock at time 0 with an empty event list; `run` may be called once. */
export function createKernel(name: KernelName = 'fast'): Kernel {
  switch (name) {
    case 'fast':
      return createFastKernel();
    case 'simjs':
      return createSimjsKernel();
    default:
      throw new RangeError(`createKernel: unknown kernel ${JSON.stringify(name)}, expected "fast" or "simjs"`);
  }
}
