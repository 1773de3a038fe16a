// The reference: the same M/M/c and tandem models written directly on raw simjs, the way
// performance-anchors.md wrote them. One source Entity schedules arrivals with setTimer;
// each customer uses one Facility(FCFS, c) per station with useFacility(...).done(...);
// times come from simjs's seeded Random.exponential. Nothing of orgflow's model is used,
// only the adapter that makes simjs importable (src/kernel/simjs.ts).
import { loadSimjs } from '../../src/index.js';

const SimJS = await loadSimjs();

interface RawRequest {
  done(callback: () => void): RawRequest;
}
interface RawEntity {
  time(): number;
  setTimer(duration: number): RawRequest;
  useFacility(facility: unknown, duration: number): RawRequest;
}
interface RawSim {
  readonly queue: { order: number };
  addEntity(klass: new (sim: RawSim, name?: string) => RawEntity): RawEntity;
  simulate(endTime: number, maxEvents: number): boolean;
}
interface RawApi {
  Sim: new () => RawSim;
  Entity: new (sim: RawSim, name?: string) => RawEntity & { start?(): void };
  Facility: (new (name: string, discipline: number, servers: number) => unknown) & { FCFS: number };
  Random: new (seed: number) => { exponential(lambda: number): number };
}
const Raw = SimJS as unknown as RawApi;

export interface ReferenceResult {
  arrived: number;
  completed: number;
  /** Mean time in system of the completed customers (minutes). */
  meanLead: number;
  /** Entries simjs put on its event list (sim.queue.order). */
  kernelEvents: number;
}

/**
 * Poisson arrivals at `lambda` per minute up to `horizon`, through `stations` (servers per
 * station) in a row, exponential service with rate `mu` at each; runs until `horizon`.
 */
export function rawSimjsNetwork(lambda: number, mu: number, stations: readonly number[], horizon: number, seed: number): ReferenceResult {
  const sim = new Raw.Sim();
  const random = new Raw.Random(seed);
  const facilities = stations.map((c, i) => new Raw.Facility(`s${i}`, Raw.Facility.FCFS, c));
  let arrived = 0;
  let completed = 0;
  let leadSum = 0;

  class Source extends Raw.Entity {
    override start(): void {
      this.next();
    }
    next(): void {
      const gap = random.exponential(lambda);
      if (this.time() + gap > horizon) return;
      this.setTimer(gap).done(() => {
        arrived++;
        this.visit(0, this.time());
        this.next();
      });
    }
    visit(station: number, arrival: number): void {
      this.useFacility(facilities[station], random.exponential(mu)).done(() => {
        if (station + 1 < facilities.length) return this.visit(station + 1, arrival);
        completed++;
        leadSum += this.time() - arrival;
      });
    }
  }

  sim.addEntity(Source as unknown as new (sim: RawSim) => RawEntity);
  sim.simulate(horizon, Number.POSITIVE_INFINITY);
  return { arrived, completed, meanLead: leadSum / completed, kernelEvents: sim.queue.order };
}
