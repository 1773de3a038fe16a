// The values of a sweep: `--values 2,3,4` or `--range FROM:TO:STEP` with an optional unit
// (`--range 6/h:14/h:2/h`, `--range 1h:4h:0.5h`). Ranges are computed in scaled integers,
// so 0.1 steps give 0.3, not 0.30000000000000004.
import { InvalidArgumentError } from 'commander';

const MAX_VALUES = 1000;
const PART = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(\S*?)\s*$/;

export function parseValueList(text: string): string[] {
  const values = text.split(',').map((v) => v.trim());
  if (values.some((v) => v === '')) throw new InvalidArgumentError('expected a comma-separated list without empty items, e.g. 2,3,4.');
  // Each value is validated as a scenario of its own before the run is sized up.
  if (values.length > MAX_VALUES)
    throw new InvalidArgumentError(`that list has ${values.length} values; at most ${MAX_VALUES} are allowed.`);
  return values;
}

export function parseRange(text: string): string[] {
  const parts = text.split(':');
  if (parts.length !== 3) throw new InvalidArgumentError('expected FROM:TO:STEP, e.g. 2:6:1 or 6/h:14/h:2/h.');
  const matches = parts.map((p) => PART.exec(p));
  if (matches.some((m) => m === null))
    throw new InvalidArgumentError('FROM, TO and STEP must each be a number with an optional unit, e.g. 6/h.');
  const [from, to, step] = matches as RegExpExecArray[];
  const unit = from[2];
  if (to[2] !== unit || (step[2] !== unit && step[2] !== '')) {
    throw new InvalidArgumentError(`FROM, TO and STEP need the same unit (got "${from[2]}", "${to[2]}", "${step[2]}").`);
  }
  const decimals = Math.max(...[from, to, step].map((m) => (m[1].split('.')[1] ?? '').length));
  const scale = 10 ** decimals;
  const a = Math.round(Number(from[1]) * scale);
  const b = Math.round(Number(to[1]) * scale);
  const s = Math.abs(Math.round(Number(step[1]) * scale));
  if (s === 0) throw new InvalidArgumentError('STEP must not be 0.');
  const count = Math.floor(Math.abs(b - a) / s) + 1;
  if (count > MAX_VALUES) throw new InvalidArgumentError(`that range has ${count} values; at most ${MAX_VALUES} are allowed.`);
  const direction = b >= a ? 1 : -1;
  return Array.from({ length: count }, (_, k) => `${format((a + direction * k * s) / scale, decimals)}${unit}`);
}

function format(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return decimals > 0 ? text.replace(/\.?0+$/, '') : text;
}
