export type { Kernel, KernelName } from './kernel.js';
export { KERNEL_NAMES } from './kernel.js';
export { createKernel } from './create.js';
export { createRng } from './rng.js';
