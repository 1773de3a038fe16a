// Working hours in the model (docs/model.md#working-hours): a unit's free people take the
// waiting work when it opens. One event per opening, none for a unit open around the clock.
import type { Kernel } from '../kernel/kernel.js';
import type { Hours } from '../scenario/types.js';

/** Calls `open` at each opening of `hours` up to `horizon`. */
export function atEachOpening(kernel: Kernel, hours: Hours, horizon: number, open: () => void): void {
  if (hours === null) return;
  const next = (): void => {
    const at = hours.nextOpening(kernel.now());
    if (at > horizon) return;
    kernel.schedule(at - kernel.now(), () => {
      open();
      next();
    });
  };
  next();
}
