// number-text.ts writes the record files' numbers; String(x) is the reference. Over random
// doubles of every kind, times as the model makes them, and the hard cases of shortest
// digits (neighbours of powers of two and ten, 15-, 16- and 17-digit forms) the bytes must
// be String()'s, or the fast way must decline (and never for an ordinary time).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeInteger, writeShortest } from '../../src/records/number-text.js';

const buf = new Uint8Array(64);
const decoder = new TextDecoder();
/** What writeShortest writes for x, or null when it declines. */
function shortest(x: number, point = 46): string | null {
  const end = writeShortest(buf, 0, x, point);
  return end < 0 ? null : decoder.decode(buf.subarray(0, end));
}

/** x moved by `steps` doubles up (negative: down). */
function nextDoubles(x: number, steps: number): number {
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += BigInt(steps);
  return new Float64Array(bits.buffer)[0];
}

const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const time = fc.double({ min: 1e-5, max: 1e9, noNaN: true });
const nearPower = fc
  .tuple(fc.integer({ min: -16, max: 49 }), fc.boolean(), fc.integer({ min: -3, max: 3 }))
  .map(([n, two, steps]) => nextDoubles(two ? 2 ** n : Number(`1e${Math.round(n / 3.3)}`), steps));
// Short binary fractions: their exact decimals end in 5, so two shortest candidates tie
// (String() takes the even one).
const shortBinary = fc
  .tuple(fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 1, max: 40 }), fc.nat())
  .map(([whole, bits, odd]) => whole + ((odd % 2 ** (bits - 1)) * 2 + 1) / 2 ** bits);
const decimal = fc.tuple(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 12 })).map(([n, places]) => n / 10 ** places);

describe('writeShortest', () => {
  it("writes String(x)'s text whenever it does not decline", () => {
    fc.assert(
      fc.property(fc.oneof(anyDouble, time, nearPower, decimal, shortBinary), (x) => {
        const text = shortest(x);
        if (text !== null) expect(text).toBe(String(x));
      }),
      { numRuns: 50_000 },
    );
  }, 60_000);

  it('writes every time of a long run (1e-5 to 1e9 minutes) without declining, ties included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          time,
          shortBinary.filter((x) => x >= 1e-5 && x <= 1e9),
        ),
        (x) => {
          expect(shortest(x)).toBe(String(x));
          expect(shortest(-x)).toBe(String(-x));
        },
      ),
      { numRuns: 30_000 },
    );
  }, 60_000);

  it('writes the decimal separator it is given', () => {
    expect(shortest(2.5, 44)).toBe('2,5');
    expect(shortest(0.000123, 44)).toBe('0,000123');
    expect(shortest(1234.5678901234567)).toBe(String(1234.5678901234567));
  });

  it('declines outside its range', () => {
    for (const x of [0, 1e15, 1e21, 1e-6, 5e-324, Number.MAX_VALUE]) expect(shortest(x)).toBeNull();
  });
});

describe('writeInteger', () => {
  it('writes String(n) for every safe integer, -0 as "0"', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer()), (n) => {
        expect(decoder.decode(buf.subarray(0, writeInteger(buf, 0, n)))).toBe(String(n));
      }),
      { numRuns: 20_000 },
    );
    expect(decoder.decode(buf.subarray(0, writeInteger(buf, 0, -0)))).toBe('0');
  });
});
