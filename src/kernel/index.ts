export type { Kernel } from './kernel.js';
export { createKernel } from './simjs-kernel.js';
export { createRng } from './rng.js';
