// Hand-written types for the part of simjs@2.0.3 that orgflow uses. The bundle ships no
// types, and its values only exist on `window.Sim` (see simjs.ts), so these describe
// what sim.js actually does, checked against node_modules/simjs/sim.js.

/**
 * One entry of simjs's future event list. `PQueue.insert` orders entries by `deliverAt`,
 * then by `order` (a counter it assigns on insert), so equal times keep insertion order.
 * `Sim.simulate` skips entries whose `cancelled` is true and calls `deliver()` on the rest.
 */
export interface SimEventEntry {
  deliverAt: number;
  order: number;
  cancelled: boolean;
  deliver(): void;
}

export interface SimPQueue {
  insert(entry: SimEventEntry): void;
}

/** A timer request: `.done(cb)` registers what runs when it fires. */
export interface SimRequest {
  done(callback: () => void): SimRequest;
}

export interface SimInstance {
  readonly queue: SimPQueue;
  time(): number;
  addEntity<E extends SimEntityInstance>(klass: new (sim: SimInstance, name?: string) => E, name?: string): E;
  /** Runs entries due at or before `endTime`; `maxEvents` must be given (see simjs.ts). */
  simulate(endTime: number, maxEvents: number): boolean;
}

export interface SimEntityInstance {
  readonly sim: SimInstance;
  time(): number;
  setTimer(duration: number): SimRequest;
}

/** simjs's Mersenne Twister. `random()` is genrand_int32 / 2^32, in [0, 1). */
export interface SimRandom {
  random(): number;
}

export interface SimJSApi {
  Sim: new () => SimInstance;
  Entity: new (sim: SimInstance, name?: string) => SimEntityInstance;
  /** Without a seed simjs seeds from the clock: always pass one. */
  Random: new (seed: number) => SimRandom;
}
