// A progress bar with ETA on stderr for a person at a terminal; a no-op elsewhere
// (pipes, CI, --quiet), so logs and captured output stay clean.
import cliProgress from 'cli-progress';
import { progressEnabled } from '../io.js';

export interface Progress {
  tick(): void;
  stop(): void;
}

export function startProgress(total: number, label: string, quiet: boolean | undefined): Progress {
  if (!progressEnabled(quiet) || total < 1) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} replications · ETA {eta_formatted}`,
      hideCursor: false, // a hidden cursor would stay hidden after Ctrl-C
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let stopped = false;
  return {
    tick() {
      if (!stopped) bar.increment();
    },
    stop() {
      if (!stopped) {
        stopped = true;
        bar.stop();
      }
    },
  };
}
