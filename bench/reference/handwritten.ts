// The hand-written event-scheduling DES of performance-anchors.md, for the stretch target:
// a binary min-heap over Float64Array/Int32Array as event list, a FIFO ring buffer over a
// Float64Array per station, xoshiro128** uniforms. No trace, no metrics beyond a mean.
import type { ReferenceResult } from './simjs-models.js';

const ARRIVAL = -1;

export function handwrittenNetwork(
  lambda: number,
  mu: number,
  stations: readonly number[],
  horizon: number,
  seed: number,
): ReferenceResult {
  // xoshiro128**, seeded by splitmix32.
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  let sm = seed >>> 0;
  const split = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  s0 = split();
  s1 = split();
  s2 = split();
  s3 = split();
  const next32 = (): number => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return r >>> 0;
  };
  const uniform = (): number => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
  const exponential = (rate: number): number => -Math.log(1 - uniform()) / rate;

  // Event list: time, station (-1 = arrival), customer's arrival time.
  let cap = 1024;
  let times = new Float64Array(cap);
  let kinds = new Int32Array(cap);
  let born = new Float64Array(cap);
  let size = 0;
  let pushed = 0;
  const push = (t: number, kind: number, b: number): void => {
    if (size === cap) {
      cap *= 2;
      const nt = new Float64Array(cap);
      nt.set(times);
      times = nt;
      const nk = new Int32Array(cap);
      nk.set(kinds);
      kinds = nk;
      const nb = new Float64Array(cap);
      nb.set(born);
      born = nb;
    }
    let i = size++;
    pushed++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] <= t) break;
      times[i] = times[p];
      kinds[i] = kinds[p];
      born[i] = born[p];
      i = p;
    }
    times[i] = t;
    kinds[i] = kind;
    born[i] = b;
  };
  let topTime = 0,
    topKind = 0,
    topBorn = 0;
  const pop = (): void => {
    topTime = times[0];
    topKind = kinds[0];
    topBorn = born[0];
    const n = --size;
    const t = times[n],
      k = kinds[n],
      b = born[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && times[c + 1] < times[c]) c++;
      if (times[c] >= t) break;
      times[i] = times[c];
      kinds[i] = kinds[c];
      born[i] = born[c];
      i = c;
    }
    times[i] = t;
    kinds[i] = k;
    born[i] = b;
  };

  const free = stations.slice();
  const queues = stations.map(() => ({ data: new Float64Array(1024), head: 0, count: 0 }));
  const enqueue = (q: (typeof queues)[number], b: number): void => {
    if (q.count === q.data.length) {
      const next = new Float64Array(q.data.length * 2);
      for (let i = 0; i < q.count; i++) next[i] = q.data[(q.head + i) & (q.data.length - 1)];
      q.data = next;
      q.head = 0;
    }
    q.data[(q.head + q.count) & (q.data.length - 1)] = b;
    q.count++;
  };

  let arrived = 0,
    completed = 0,
    leadSum = 0,
    now = 0;
  const arrive = (station: number, b: number): void => {
    if (free[station] > 0) {
      free[station]--;
      push(now + exponential(mu), station, b);
    } else enqueue(queues[station], b);
  };
  const first = exponential(lambda);
  if (first <= horizon) push(first, ARRIVAL, first);
  while (size > 0) {
    pop();
    if (topTime > horizon) break;
    now = topTime;
    if (topKind === ARRIVAL) {
      arrived++;
      const gap = exponential(lambda);
      if (now + gap <= horizon) push(now + gap, ARRIVAL, now + gap);
      arrive(0, now);
    } else {
      const q = queues[topKind];
      if (q.count > 0) {
        const b = q.data[q.head];
        q.head = (q.head + 1) & (q.data.length - 1);
        q.count--;
        push(now + exponential(mu), topKind, b);
      } else free[topKind]++;
      if (topKind + 1 < stations.length) arrive(topKind + 1, topBorn);
      else {
        completed++;
        leadSum += now - topBorn;
      }
    }
  }
  return { arrived, completed, meanLead: leadSum / completed, kernelEvents: pushed };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
