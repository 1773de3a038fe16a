// The animation loop: one clock for both panels, advanced by requestAnimationFrame while
// playing. Views read the clock; they never advance it themselves.
import { createClock, tick, type Clock } from '../replay/clock.js';

export interface Playback {
  get(): Clock;
  update(change: (c: Clock) => Clock): void;
  /** A new run: same speed, clock back to 0 with the new horizon, playing. */
  reset(horizon: number): void;
  /** Restarts the frame loop if it stopped; call whenever `ready()` may have turned true. */
  wake(): void;
}

/**
 * `ready()` says whether there is anything to play: until the run's replay has arrived the
 * clock stands still and no frame is drawn, so the page leaves the CPU to the simulation
 * (on two cores, drawing empty frames slowed a run by half). While paused or not ready the
 * loop stops altogether, since even an empty animation frame makes Chromium compose one.
 */
export function createPlayback(onFrame: (c: Clock) => void, ready: () => boolean, speed = 60): Playback {
  let clock = createClock(1, speed);
  let last: number | null = null;
  let looping = false;
  const loop = (now: number): void => {
    if (!clock.playing || !ready()) {
      looping = false;
      last = null;
      return;
    }
    if (last !== null) {
      clock = tick(clock, Math.min(250, now - last));
      onFrame(clock);
    }
    last = now;
    requestAnimationFrame(loop);
  };
  const wake = (): void => {
    if (looping) return;
    looping = true;
    requestAnimationFrame(loop);
  };
  wake();
  return {
    get: () => clock,
    update(change) {
      clock = change(clock);
      onFrame(clock);
      wake();
    },
    reset(horizon) {
      clock = { ...createClock(horizon, clock.speed), playing: true };
      // Until the new replay is there, the last frame stays on screen.
      if (ready()) onFrame(clock);
      wake();
    },
    wake,
  };
}
