// src/random/portable-math.ts replaces Math.log / Math.exp / Math.log1p, whose last bit differs
// between JavaScript engines (docs/model.md#bit-identical-results: CLI and browser must agree bit for bit). Here:
// its accuracy against correctly rounded references and against this engine's Math.*, its
// special values, and a guard that keeps non-portable Math functions out of src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/random/rng.js';
import { createDistribution } from '../src/random/index.js';
import { exp, log, log1p } from '../src/random/portable-math.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const bits = new BigInt64Array(1);
const asDouble = new Float64Array(bits.buffer);

/** Position of a double on the number line of all doubles (-0 and +0 both 0). */
function ordinal(x: number): bigint {
  asDouble[0] = x;
  const b = bits[0];
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

/** How many doubles apart a and b are (0 when identical; NaN pairs count as 0). */
function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) && Number.isNaN(b)) return 0;
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** The double with the given 64-bit pattern. */
function fromBits(pattern: bigint): number {
  bits[0] = BigInt.asIntN(64, pattern);
  return asDouble[0];
}

/** mulberry32: a small seeded generator, so every run tests the same inputs. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A finite positive double with uniformly random bits: every binade, subnormals included. */
function randomPositiveBits(next: () => number): number {
  for (;;) {
    const hi = BigInt(Math.floor(next() * 0x80000000));
    const lo = BigInt(Math.floor(next() * 4294967296));
    const x = fromBits((hi << 32n) | lo);
    if (x > 0 && x < Infinity) return x;
  }
}

/** 2^e for an integer e in [-1074, 1023], built from bits (exact). */
function twoTo(e: number): number {
  return e >= -1022 ? fromBits(BigInt(e + 1023) << 52n) : fromBits(1n << BigInt(e + 1074));
}

const N = 100_000;

function inputs(seed: number, pick: (next: () => number) => number): number[] {
  const next = generator(seed);
  return Array.from({ length: N }, () => pick(next));
}

/** Largest ulp distance between f and g over xs, with the input where it happens. */
function worst(f: (x: number) => number, g: (x: number) => number, xs: number[]) {
  let max = 0;
  let at = NaN;
  for (const x of xs) {
    const d = ulpDistance(f(x), g(x));
    if (d > max) {
      max = d;
      at = x;
    }
  }
  return { max, at };
}

// ---------------------------------------------------------------------------------------------
// Correctly rounded references (mpmath at 300 bits, then rounded to the nearest double).
// The portable functions are faithful: at most 1 ulp from these.

const LOG_TABLE: [number, number][] = [
  [1e-300, -690.7755278982137],
  [5e-324, -744.4400719213812],
  [2.2250738585072014e-308, -708.3964185322641],
  [0.1, -2.3025850929940455],
  [0.5, -0.6931471805599453],
  [0.7071067811865475, -0.34657359027997275],
  [0.7071067811865476, -0.3465735902799726],
  [0.9, -0.10536051565782628],
  [0.9999999999999999, -1.1102230246251565e-16],
  [1.0000000000000002, 2.2204460492503128e-16],
  [1.1, 0.09531017980432493],
  [1.4142135623730951, 0.3465735902799727],
  [1.5, 0.4054651081081644],
  [2, 0.6931471805599453],
  [3, 1.0986122886681098],
  [10, 2.302585092994046],
  [10000000000, 23.025850929940457],
  [123456.789, 11.723646487185881],
  [1e300, 690.7755278982137],
  [1.7976931348623157e308, 709.782712893384],
];

const EXP_TABLE: [number, number][] = [
  [-745.13, 5e-324],
  [-744, 1e-323],
  [-708.4, 2.217119081664265e-308],
  [-700, 9.85967654375977e-305],
  [-50, 1.9287498479639178e-22],
  [-1, 0.36787944117144233],
  [-0.5, 0.6065306597126334],
  [-1e-10, 0.9999999999],
  [1e-10, 1.0000000001],
  [0.1, 1.1051709180756477],
  [0.34657359027997264, 1.414213562373095],
  [0.5, 1.6487212707001282],
  [1, 2.718281828459045],
  [2, 7.38905609893065],
  [10, 22026.465794806718],
  [88.7, 3.325986980250579e38],
  [500, 1.4035922178528375e217],
  [709.7, 1.6549840276802644e308],
];

const LOG1P_TABLE: [number, number][] = [
  [-0.9999999999999999, -36.7368005696771],
  [-0.9, -2.302585092994046],
  [-0.5, -0.6931471805599453],
  [-0.2928932188134524, -0.3465735902799726],
  [-0.1, -0.10536051565782631],
  [-1e-5, -1.0000050000333337e-5],
  [-1e-17, -1e-17],
  [1e-300, 1e-300],
  [1e-10, 9.999999999500001e-11],
  [1e-5, 9.999950000333332e-6],
  [0.1, 0.09531017980432487],
  [0.41421356237309503, 0.34657359027997264],
  [0.5, 0.4054651081081644],
  [1, 0.6931471805599453],
  [3, 1.3862943611198906],
  [100000, 11.51293546492023],
  [1e300, 690.7755278982137],
];

describe('portable-math against correctly rounded values', () => {
  const cases = [
    ['log', log, LOG_TABLE],
    ['exp', exp, EXP_TABLE],
    ['log1p', log1p, LOG1P_TABLE],
  ] as const;
  for (const [name, f, table] of cases) {
    it(`${name} is within 1 ulp of the correctly rounded value`, () => {
      const off = table.filter(([x, y]) => ulpDistance(f(x), y) > 1).map(([x, y]) => `${name}(${x}) = ${f(x)}, not ${y}`);
      expect(off).toEqual([]);
    });
  }

  it('gives the well-known constants exactly', () => {
    expect(log(2)).toBe(Math.LN2);
    expect(log(10)).toBe(Math.LN10);
    expect(exp(1)).toBe(Math.E);
    expect(log(Math.E)).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Against this engine's Math.* over many magnitudes. Math.* is itself within about 1 ulp of
// the truth, so 2 ulp between them is what two faithful implementations may differ by.

describe('portable-math within 2 ulp of Math.* on 100k inputs per range', () => {
  const logRanges: [string, (next: () => number) => number][] = [
    ['random bit patterns (every binade)', randomPositiveBits],
    ['subnormals', (next) => Math.floor(next() * 2 ** 52 + 1) * Number.MIN_VALUE],
    ['near 1 (1 + t, |t| from 2^-52 to 1/2)', (next) => 1 + (next() - 0.5) * twoTo(-Math.floor(next() * 52))],
    ['around sqrt(1/2) and sqrt(2)', (next) => (next() < 0.5 ? Math.SQRT1_2 : Math.SQRT2) * (1 + (next() - 0.5) * 1e-6)],
    ['moderate (1e-3 to 1e3)', (next) => 10 ** (6 * next() - 3)],
    ['large (beyond 2^900)', (next) => (1 + next()) * twoTo(900 + Math.floor(next() * 124))],
  ];
  for (const [name, pick] of logRanges) {
    it(`log: ${name}`, () => {
      const { max, at } = worst(log, Math.log, inputs(1, pick));
      expect(max, `worst at ${at}`).toBeLessThanOrEqual(2);
    });
  }

  const expRanges: [string, (next: () => number) => number][] = [
    ['uniform over [-745.2, 709.8]', (next) => -745.2 + 1455 * next()],
    ['small |x| (2^-60 to 1)', (next) => (next() - 0.5) * twoTo(1 - Math.floor(next() * 60))],
    ['moderate (-20 to 20)', (next) => 40 * next() - 20],
    ['subnormal results (-745.13 to -708.4)', (next) => -745.13 + 36.73 * next()],
    ['near overflow (700 to 709.78)', (next) => 700 + 9.78 * next()],
    ['halfway between multiples of ln 2', (next) => (Math.floor(next() * 2000) - 1000 + 0.5) * Math.LN2 * (1 + (next() - 0.5) * 1e-12)],
  ];
  for (const [name, pick] of expRanges) {
    it(`exp: ${name}`, () => {
      const { max, at } = worst(exp, Math.exp, inputs(2, pick));
      expect(max, `worst at ${at}`).toBeLessThanOrEqual(2);
    });
  }

  const log1pRanges: [string, (next: () => number) => number][] = [
    ['tiny |x| (2^-80 to 2^-20)', (next) => (next() - 0.5) * twoTo(-20 - Math.floor(next() * 60))],
    ['(-1, 1)', (next) => 2 * next() - 1],
    ['near -1', (next) => -1 + twoTo(-1 - Math.floor(next() * 52)) * (1 + next())],
    ['random bit patterns (every binade)', randomPositiveBits],
    ['moderate (0 to 1e6)', (next) => 1e6 * next()],
  ];
  for (const [name, pick] of log1pRanges) {
    it(`log1p: ${name}`, () => {
      const { max, at } = worst(log1p, Math.log1p, inputs(3, pick));
      expect(max, `worst at ${at}`).toBeLessThanOrEqual(2);
    });
  }
});

describe('portable-math special values', () => {
  it('log', () => {
    expect(log(1)).toBe(0);
    expect(Object.is(log(1), 0)).toBe(true);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(-Infinity)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Number.MIN_VALUE)).toBe(-744.4400719213812);
    expect(log(Number.MAX_VALUE)).toBe(709.782712893384);
  });

  it('exp', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(5e-324)).toBe(1);
    expect(exp(-5e-324)).toBe(1);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(exp(709.782712893384)).toBe(1.7976931348622732e308);
    expect(exp(709.7827128933841)).toBe(Infinity); // the next double up overflows
    expect(exp(710)).toBe(Infinity);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-745.13)).toBe(Number.MIN_VALUE);
    expect(exp(-745.1332191019412)).toBe(0); // just below ln(2^-1075): rounds to 0
    expect(exp(-746)).toBe(0);
    expect(exp(-1000)).toBe(0);
  });

  it('log1p', () => {
    expect(Object.is(log1p(0), 0)).toBe(true);
    expect(Object.is(log1p(-0), -0)).toBe(true);
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(-1.5)).toBeNaN();
    expect(log1p(-Infinity)).toBeNaN();
    expect(log1p(NaN)).toBeNaN();
    expect(log1p(Infinity)).toBe(Infinity);
    expect(log1p(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(log1p(1e-300)).toBe(1e-300);
    expect(log1p(Number.MAX_VALUE)).toBe(709.782712893384);
  });
});

describe('portable-math consistency', () => {
  it('exp(log(x)) returns x to within the error log(x) carries (100k x over every binade)', () => {
    const off: string[] = [];
    for (const x of inputs(4, randomPositiveBits)) {
      const y = exp(log(x));
      // log(x) is off by at most about |log x| 2^-53; exp turns that into a relative error,
      // adds its own ulp, and in the subnormal range can only hit the grid of 2^-1074.
      const tolerance = (Math.abs(log(x)) + 2) * 2 ** -52 * x + 2 * Number.MIN_VALUE;
      if (!(Math.abs(y - x) <= tolerance)) off.push(`exp(log(${x})) = ${y}`);
    }
    expect(off.slice(0, 5)).toEqual([]);
  });

  it('log(exp(x)) returns x (100k x in [-700, 700])', () => {
    const off: string[] = [];
    for (const x of inputs(5, (next) => 1400 * next() - 700)) {
      const y = log(exp(x));
      if (!(Math.abs(y - x) <= 2 * 2 ** -52 * Math.max(1, Math.abs(x)))) off.push(`log(exp(${x})) = ${y}`);
    }
    expect(off.slice(0, 5)).toEqual([]);
  });

  it('log1p(x) agrees with log(1 + x) where 1 + x is exact', () => {
    for (const x of [-0.5, -0.25, 0.25, 0.5, 1, 2, 3, 7, 1023, 2 ** 40]) {
      expect(ulpDistance(log1p(x), log(1 + x))).toBeLessThanOrEqual(1);
    }
  });

  it('log and exp are monotone across the points where their reduction switches', () => {
    // 2^10 consecutive doubles on either side of each switching point.
    const around = (center: number): number[] => {
      asDouble[0] = center;
      const raw = bits[0];
      return Array.from({ length: 2048 }, (_, i) => fromBits(raw + BigInt(i - 1024))).sort((a, b) => a - b);
    };
    const nonDecreasing = (f: (x: number) => number, xs: number[]): boolean => xs.every((x, i) => i === 0 || f(xs[i - 1]) <= f(x));
    for (const c of [Math.SQRT1_2, 1, Math.SQRT2, 2, 0.5, 2 ** -1022]) expect(nonDecreasing(log, around(c))).toBe(true);
    for (const c of [Math.SQRT2 - 1, Math.SQRT1_2 - 1]) expect(nonDecreasing(log1p, around(c))).toBe(true);
    for (const k of [-1000, -1, 0, 1, 1000]) expect(nonDecreasing(exp, around((k + 0.5) * Math.LN2))).toBe(true);
  });
});

describe('normals by the polar method (no trigonometry)', () => {
  it('have the shape of N(0, 1): P(|Z| < 1), P(|Z| < 2), P(|Z| < 3) and the kurtosis', () => {
    // Far from 0 the truncation never bites: (x - 100) / 5 is a plain standard normal.
    const dist = createDistribution({ dist: 'normal', mean: 100, sd: 5 });
    const rng = createRng(2718);
    const n = 200_000;
    const within = [0, 0, 0];
    let m2 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const z = (dist.sample(rng) - 100) / 5;
      for (let k = 0; k < 3; k++) if (Math.abs(z) < k + 1) within[k]++;
      m2 += z * z;
      m4 += z * z * z * z;
    }
    const expected = [0.6826894921370859, 0.9544997361036416, 0.9973002039367398];
    for (let k = 0; k < 3; k++) {
      const se = Math.sqrt((expected[k] * (1 - expected[k])) / n);
      expect(Math.abs(within[k] / n - expected[k])).toBeLessThan(5 * se);
    }
    expect(Math.abs(m2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
  });
});

// ---------------------------------------------------------------------------------------------
// Guard: src/ must compute every number with operations that are the same on every engine.

/** Math members that are exact by specification (or constants): the same bits everywhere. */
const PORTABLE_MATH = new Set([
  'abs',
  'ceil',
  'clz32',
  'floor',
  'fround',
  'imul',
  'max',
  'min',
  'round',
  'sign',
  'sqrt',
  'trunc',
  'E',
  'LN10',
  'LN2',
  'LOG10E',
  'LOG2E',
  'PI',
  'SQRT1_2',
  'SQRT2',
]);

const isIntegerLiteral = (node: ts.Expression): boolean =>
  ts.isNumericLiteral(node) && Number.isSafeInteger(Number(node.text.replaceAll('_', '')));

/**
 * Every use of a non-portable Math member (log, exp, pow, sin, random, ...; also Math used
 * other than as `Math.member`, which could hide one) and every `**` in the source, except
 * `integer ** integer` between literals with an exactly representable result (the same on every
 * engine). `x ** 2` is refused too: it is Math.pow, which need not round like `x * x`.
 */
function nonPortable(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${fileName}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'Math' && !ts.isTypeReferenceNode(node.parent)) {
      // The Math object itself: `Math`, or `globalThis.Math` (also self., window.).
      let math: ts.Expression | null = node;
      if (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) {
        const owner = node.parent.expression;
        const isGlobal = ts.isIdentifier(owner) && ['globalThis', 'self', 'window'].includes(owner.text);
        math = isGlobal ? node.parent : null; // otherwise just a property named Math
      }
      if (math) {
        const use = math.parent;
        if (ts.isPropertyAccessExpression(use) && use.expression === math) {
          if (!PORTABLE_MATH.has(use.name.text)) report(use, `Math.${use.name.text} is not portable`);
        } else {
          report(math, 'Math used other than as Math.member');
        }
      }
    }
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken ||
        node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken)
    ) {
      const exact =
        node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken &&
        isIntegerLiteral(node.left) &&
        isIntegerLiteral(node.right) &&
        Number.isSafeInteger(Number(node.left.getText(source)) ** Number(node.right.getText(source)));
      if (!exact) report(node, `\`${node.getText(source)}\` (** is Math.pow, not portable)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('guard: src/ uses no non-portable Math function', () => {
  const root = join(import.meta.dirname, '..');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('finds none in src/**/*.ts (use src/random/portable-math.ts, x * x, or sqrt)', () => {
    const files = sources(join(root, 'src'));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((path) => nonPortable(relative(root, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches what it is meant to catch, and ignores comments and strings', () => {
    const flagged = (code: string) => nonPortable('x.ts', code).length;
    for (const bad of [
      'const y = Math.log(x);',
      'const y = Math.exp(x);',
      'const y = Math.pow(x, 0.5);',
      'const y = Math.sin(x) + Math.cos(x);',
      'const y = Math.log1p(x);',
      'const y = Math.hypot(a, b);',
      'const y = Math.random();',
      "const y = Math['log'](x);",
      'const { log } = Math;',
      'const M = Math; M.exp(1);',
      'const y = globalThis.Math.log(x);',
      'const y = x ** 0.5;',
      'const y = x ** y;',
      'const y = x ** 2;',
      'const y = 2 ** -32;',
      'const y = 1.5 ** 2;',
      'x **= 2;',
    ]) {
      expect(flagged(bad), bad).toBeGreaterThan(0);
    }
    for (const good of [
      'const y = Math.sqrt(x) + Math.floor(x) + Math.max(a, b) + Math.imul(a, b) + Math.PI;',
      'const y = 2 ** 32;',
      'const y = x * x;',
      '// Math.log(x) and x ** 0.5 in a comment',
      "const s = 'Math.exp(1) or 2 ** 0.5 in a string';",
      'const s = `Math.exp in a template`;',
      '/** Math.cos in JSDoc */ function f(): void {}',
      'type T = Math;',
    ]) {
      expect(flagged(good), good).toBe(0);
    }
  });
});
