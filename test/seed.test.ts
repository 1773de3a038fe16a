import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/random/rng.js';
import { deriveSeed } from '../src/random/index.js';

const part = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const parts = fc.array(part, { maxLength: 4 });
const seed = fc.maxSafeInteger(); // any safe integer, negative ones included

const popcount = (x: number) => {
  let bits = 0;
  for (let v = x >>> 0; v !== 0; v >>>= 1) bits += v & 1;
  return bits;
};

describe('deriveSeed', () => {
  it('is deterministic: the same seed and parts give the same value', () => {
    fc.assert(
      fc.property(seed, parts, (s, ps) => {
        expect(deriveSeed(s, ...ps)).toBe(deriveSeed(s, ...ps));
      }),
    );
  });

  it('returns an unsigned 32-bit integer that createRng accepts', () => {
    fc.assert(
      fc.property(seed, parts, (s, ps) => {
        const derived = deriveSeed(s, ...ps);
        expect(Number.isInteger(derived) && derived >= 0 && derived <= 0xffffffff).toBe(true);
        expect(() => createRng(derived)).not.toThrow();
      }),
    );
  });

  it('gives 10k replications of a stream 10k distinct seeds', () => {
    for (const [s, stream] of [
      [42, 'arrivals'],
      [0, 'silo:handoff'],
      [-7, 'team:handoff'],
    ] as const) {
      const seeds = new Set<number>();
      for (let replication = 0; replication < 10_000; replication++) {
        seeds.add(deriveSeed(s, replication, stream));
      }
      expect(seeds.size).toBe(10_000);
    }
  });

  it('gives 10k run seeds 10k distinct derived seeds', () => {
    const seeds = new Set<number>();
    for (let s = 0; s < 10_000; s++) seeds.add(deriveSeed(s, 0, 'arrivals'));
    expect(seeds.size).toBe(10_000);
  });

  it('gives different streams of one replication different seeds', () => {
    const names = ['arrivals', 'work', 'silo', 'silo:handoff', 'silo:misroute', 'team', 'team:handoff'];
    const seeds = names.map((name) => deriveSeed(42, 3, name));
    expect(new Set(seeds).size).toBe(names.length);
  });

  it('keeps part boundaries and types apart', () => {
    const variants = [
      deriveSeed(1),
      deriveSeed(1, 0),
      deriveSeed(1, ''),
      deriveSeed(1, 'ab'),
      deriveSeed(1, 'a', 'b'),
      deriveSeed(1, 'ab', ''),
      deriveSeed(1, 1),
      deriveSeed(1, '1'),
      deriveSeed(1, 1.5),
      deriveSeed(1, -1),
      deriveSeed(1, 2 ** 32),
      deriveSeed(1, 0, 0),
    ];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('distinguishes seeds that agree in their low 32 bits, and negative seeds', () => {
    const variants = [deriveSeed(0), deriveSeed(2 ** 32), deriveSeed(-(2 ** 32)), deriveSeed(5), deriveSeed(-5)];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('mixes well: neighbouring replications differ in about half of the 32 bits', () => {
    let totalBits = 0;
    const n = 10_000;
    for (let r = 0; r < n; r++) totalBits += popcount(deriveSeed(42, r, 'arrivals') ^ deriveSeed(42, r + 1, 'arrivals'));
    // A random pair differs in 16 bits on average (sd 2.83; the mean over 10k has sd 0.03).
    expect(Math.abs(totalBits / n - 16)).toBeLessThan(0.2);
  });

  it('rejects a seed that is not a safe integer, and non-finite parts', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => deriveSeed(bad)).toThrow(/seed must be a safe integer/);
    }
    expect(() => deriveSeed(1, Number.NaN)).toThrow(/finite numbers/);
  });
});
