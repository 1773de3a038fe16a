// --shard K/N --out FILE on run, compare and sweep: run the K-th of N slices of the
// experiment's tasks and write a part for `orgflow merge`. What the command would print or
// write (tables, --json, --csv) is made by merge, so those options are refused here rather
// than silently dropped.
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../errors.js';

export interface ShardOptions {
  shard?: { k: number; n: number };
  out?: string;
}

/** The most shards a run may be cut into (far more than any batch engine runs at once). */
const MAX_SHARDS = 1_000_000;

export function parseShard(text: string): { k: number; n: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new InvalidArgumentError('expected K/N, e.g. 3/8 (the third of eight shards).');
  const k = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || n > MAX_SHARDS) throw new InvalidArgumentError(`N must be between 1 and ${MAX_SHARDS.toLocaleString('en-US')}.`);
  if (k < 1 || k > n) throw new InvalidArgumentError(`K must be between 1 and N (${n}).`);
  return { k, n };
}

export function addShardOptions(cmd: Command): Command {
  return cmd
    .option('--shard <k/n>', 'run only the K-th of N equal slices of the replications (for a batch engine; needs --out)', parseShard)
    .option('--out <file>', 'with --shard: write the partial result to FILE, for orgflow merge');
}

/**
 * The shard to run, or undefined for a whole run. `outputs` are the options of this command that
 * make files or stdout documents and so belong to merge, by flag name.
 */
export function shardRequest(
  options: ShardOptions,
  outputs: Record<string, unknown>,
  command: string,
): { k: number; n: number; out: string } | undefined {
  const hint = `see orgflow ${command} --help`;
  if (options.shard === undefined) {
    if (options.out !== undefined) throw new UsageError('--out FILE only goes with --shard K/N', hint);
    return undefined;
  }
  if (options.out === undefined) throw new UsageError('--shard K/N needs --out FILE for the partial result', hint);
  const given = Object.entries(outputs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([flag]) => flag);
  if (given.length > 0) {
    throw new UsageError(
      `${given.join(', ')} cannot be combined with --shard: a shard writes only its part; ` +
        (command === 'sweep'
          ? 'give --json or --csv FILE to orgflow merge'
          : 'give --json to orgflow merge; record files (--csv DIR, --trace) need a run without --shard'),
      hint,
    );
  }
  return { ...options.shard, out: options.out };
}
