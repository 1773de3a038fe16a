// The two-sided 95% quantile of Student's t distribution, for confidence intervals over
// replications.

/** t_{0.975, df} for df = 1..30, to double precision (computed with scipy.stats.t.ppf). */
const TABLE: readonly number[] = [
  NaN, // df 0 does not exist
  12.706204736174694,
  4.302652729749462,
  3.1824463052837078,
  2.7764451051977934,
  2.5705818356363146,
  2.4469118511449786,
  2.364624251592784,
  2.306004135204166,
  2.262157162798205,
  2.228138851986274,
  2.200985160091639,
  2.1788128296672284,
  2.1603686564627913,
  2.144786687917804,
  2.131449545559776,
  2.1199052992212546,
  2.1098155778333156,
  2.1009220402410382,
  2.0930240544083087,
  2.085963447265864,
  2.0796138447276795,
  2.0738730679040254,
  2.0686576104190486,
  2.0638985616280245,
  2.0595385527532972,
  2.0555294386428735,
  2.0518305164802846,
  2.0484071417952454,
  2.045229642132703,
  2.0422724563012378,
];

/** The standard normal 97.5% quantile, the limit as df → ∞. */
const Z = 1.959963984540054;

/**
 * t_{0.975, df}: exact table for integer df 1..30; beyond, the Cornish-Fisher expansion of t
 * around the normal quantile (Abramowitz & Stegun 26.7.5, terms to 1/df⁴), whose error at
 * df > 30 is below 1e-7. df = Infinity gives the normal quantile.
 */
export function studentT975(df: number): number {
  if (df >= 1 && df <= 30 && Number.isInteger(df)) return TABLE[df];
  if (!(df > 30)) throw new RangeError(`studentT975: df must be an integer >= 1 (or any number > 30), got ${df}`);
  if (df === Infinity) return Z;
  const z = Z;
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}
