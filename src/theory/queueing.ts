// Textbook results the engine must reproduce where a model reduces to them
// (Kleinrock, Queueing Systems vol. 1, ch. 3): M/M/c with the Erlang C formula.

export interface StationTheory {
  /** Offered load per server, λ / (c μ). */
  utilisation: number;
  /** Probability that an arrival has to wait (Erlang C). */
  waitProbability: number;
  /** Mean wait in queue, Wq. */
  wait: number;
  /** Mean time in system, W = Wq + 1/μ. */
  lead: number;
}

/** M/M/c with arrival rate λ, service rate μ per server and c servers; requires λ < cμ. */
export function mmc(lambda: number, mu: number, c: number): StationTheory {
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) throw new Error(`mmc: unstable, utilisation ${rho} >= 1`);
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  const waitProbability = last / (sum + last);
  const wait = waitProbability / (c * mu - lambda);
  return { utilisation: rho, waitProbability, wait, lead: wait + 1 / mu };
}
