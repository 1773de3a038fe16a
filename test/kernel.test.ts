import { describe, expect, it, vi } from 'vitest';
import { KERNEL_NAMES, loadKernel } from '../src/kernel/index.js';
import { SimJS } from '../src/kernel/simjs.js';
import { createRng } from '../src/random/rng.js';

describe.each(KERNEL_NAMES)('loadKernel(%s)', async (name) => {
  const createKernel = await loadKernel(name);

  it('runs actions in time order, with now() at each action time', () => {
    const kernel = createKernel();
    const log: string[] = [];
    const at = (name: string) => () => log.push(`${name}@${kernel.now()}`);
    kernel.schedule(3, at('c'));
    kernel.schedule(1, at('a'));
    kernel.schedule(2.5, at('b'));
    kernel.run(10);
    expect(log).toEqual(['a@1', 'b@2.5', 'c@3']);
  });

  it('runs equal-time actions in scheduling order, including ones scheduled at delay 0 from inside an action', () => {
    const kernel = createKernel();
    const log: string[] = [];
    kernel.schedule(5, () => {
      log.push('first');
      kernel.schedule(0, () => log.push('fourth (delay 0 from first)'));
    });
    kernel.schedule(5, () => {
      log.push('second');
      kernel.schedule(0, () => log.push('fifth (delay 0 from second)'));
    });
    kernel.schedule(2, () => kernel.schedule(3, () => log.push('third (scheduled at 2 for 5)')));
    kernel.schedule(0, () => log.push('zeroth'));
    kernel.run(5);
    expect(log).toEqual([
      'zeroth',
      'first',
      'second',
      'third (scheduled at 2 for 5)',
      'fourth (delay 0 from first)',
      'fifth (delay 0 from second)',
    ]);
  });

  it('schedules relative to the current time', () => {
    const kernel = createKernel();
    const times: number[] = [];
    kernel.schedule(4, () => kernel.schedule(6, () => times.push(kernel.now())));
    kernel.run(100);
    expect(times).toEqual([10]);
  });

  it('run(until) runs actions due at until, none after it, and leaves now() at until', () => {
    const kernel = createKernel();
    const ran: number[] = [];
    for (const t of [1, 7, 7.5, 7.5000001, 9]) kernel.schedule(t, () => ran.push(t));
    kernel.run(7.5);
    expect(ran).toEqual([1, 7, 7.5]);
    expect(kernel.now()).toBe(7.5);
  });

  it('run(until) moves the clock to until even when the last action was earlier', () => {
    const kernel = createKernel();
    kernel.schedule(2, () => {});
    kernel.run(60);
    expect(kernel.now()).toBe(60);
  });

  it('now() is 0 before run', () => {
    expect(createKernel().now()).toBe(0);
  });

  it('handles 100k events in time order with ties in scheduling order', () => {
    const kernel = createKernel();
    const rng = createRng(7);
    const n = 100_000;
    let executed = 0;
    let lastTime = -1;
    let lastSeqAtTime = -1;
    let orderViolations = 0;
    // Half the delays are whole minutes so that many actions share a time.
    for (let seq = 0; seq < n; seq++) {
      const delay = seq % 2 === 0 ? Math.floor(rng.next() * 500) : rng.next() * 500;
      kernel.schedule(delay, () => {
        const now = kernel.now();
        if (now < lastTime || (now === lastTime && seq < lastSeqAtTime)) orderViolations++;
        if (now !== lastTime) lastSeqAtTime = -1;
        lastTime = now;
        lastSeqAtTime = seq;
        executed++;
      });
    }
    kernel.run(500);
    expect(orderViolations).toBe(0);
    expect(executed).toBe(n);
  });

  it('handles a 100k-long chain of actions that each schedule the next', () => {
    const kernel = createKernel();
    let count = 0;
    const step = () => {
      count++;
      if (count < 100_000) kernel.schedule(0.5, step);
    };
    kernel.schedule(0, step);
    kernel.run(1e6);
    expect(count).toBe(100_000);
    expect(kernel.now()).toBe(1e6);
  });

  it('rejects a negative, NaN or infinite delay, naming the invariant', () => {
    const kernel = createKernel();
    for (const delay of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => kernel.schedule(delay, () => {})).toThrow(/delay must be a finite number >= 0/);
    }
  });

  it('may run only once, and refuses to schedule after it ran', () => {
    const kernel = createKernel();
    kernel.run(10);
    expect(() => kernel.run(20)).toThrow(/only once/);
    expect(() => kernel.schedule(1, () => {})).toThrow(/already run/);
  });

  it('leaves no window global behind in Node', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });

  it('survives a re-evaluated adapter while simjs itself stays cached (vi.resetModules)', async () => {
    // simjs registers window.Sim only the first time it runs in a realm.
    vi.resetModules();
    const again = await import('../src/kernel/index.js');
    const kernel = (await again.loadKernel(name))();
    let ranAt = -1;
    kernel.schedule(2, () => (ranAt = kernel.now()));
    kernel.run(3);
    expect(ranAt).toBe(2);
    const rngAgain = await import('../src/random/rng.js');
    expect(rngAgain.createRng(9).next()).toBe(createRng(9).next());
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });
});

it('loadKernel rejects an unknown kernel name', async () => {
  await expect(loadKernel('quick' as never)).rejects.toThrow(/unknown kernel "quick"/);
});

describe('createRng', () => {
  const draw = (seed: number, count: number) => {
    const rng = createRng(seed);
    return Array.from({ length: count }, () => rng.next());
  };

  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 1000)).toEqual(draw(42, 1000));
  });

  it('gives a different sequence for a different seed', () => {
    const a = draw(42, 100);
    const b = draw(43, 100);
    expect(a.filter((x, i) => x === b[i]).length).toBeLessThan(3);
  });

  it('draws uniforms in [0, 1) with the moments of U(0, 1)', () => {
    const n = 100_000;
    const xs = draw(1, n);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    // sd of U(0,1) is 1/sqrt(12); allow 5 standard errors.
    expect(Math.abs(mean - 0.5)).toBeLessThan((5 * Math.sqrt(1 / 12)) / Math.sqrt(n));
  });

  it("draws exactly simjs's Random stream (init_by_array([seed]), genrand_int32 / 2^32)", () => {
    for (const seed of [0, 1, 42, 5489, 19650218, 0x7fffffff, 0x80000000, 0xffffffff, 3_000_000_000]) {
      const ours = createRng(seed);
      const theirs = new SimJS.Random(seed);
      // 2000 draws cross the regeneration of the 624-word state three times.
      for (let i = 0; i < 2000; i++) expect(ours.next()).toBe(theirs.random());
    }
  });

  it('accepts the whole unsigned 32-bit range', () => {
    expect(() => createRng(0)).not.toThrow();
    expect(() => createRng(0xffffffff)).not.toThrow();
  });

  it('throws without a valid seed: never a default or clock seed', () => {
    const bad: unknown[] = [undefined, null, '42', 1.5, Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 32];
    for (const seed of bad) {
      expect(() => createRng(seed as number)).toThrow(/seed must be an integer/);
    }
  });
});
