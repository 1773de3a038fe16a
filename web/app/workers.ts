// Starts the simulation worker and its helper workers together, as the page loads. The
// helpers used to be started by the simulation worker itself, once its own (larger) module
// had loaded, so on the first run they sat loading while it computed; started here, they
// are ready by the time it hands out the first replications. Each helper talks to the
// simulation worker over a MessageChannel of its own; the page only reports a helper's crash.
import type { WorkerRequest } from '../worker/protocol.js';

/** Helpers besides the simulation worker: one per core beyond the first, at most this many. */
const HELPERS_MAX = 3;

export function startSimulationWorkers(): Worker {
  const worker = new Worker(new URL('../worker/sim-worker.ts', import.meta.url), { type: 'module', name: 'orgflow-simulation' });
  const cores = navigator.hardwareConcurrency ?? 1;
  const ports: MessagePort[] = [];
  for (let i = 0; i < Math.min(HELPERS_MAX, cores - 1); i++) {
    const helper = new Worker(new URL('../worker/helper-worker.ts', import.meta.url), { type: 'module', name: `orgflow-helper-${i + 1}` });
    const channel = new MessageChannel();
    helper.postMessage(null, [channel.port1]);
    ports.push(channel.port2);
    helper.addEventListener('error', () => worker.postMessage({ type: 'helper-lost', index: i } satisfies WorkerRequest));
  }
  // Sent before any run request, so the simulation worker knows its helpers from the first run on.
  worker.postMessage({ type: 'helpers', ports } satisfies WorkerRequest, ports);
  return worker;
}
