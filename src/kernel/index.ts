export type { Kernel, KernelFactory, KernelName } from './kernel.js';
export { KERNEL_NAMES } from './kernel.js';
export { createFastKernel } from './fast-kernel.js';
export { loadKernel } from './load.js';
