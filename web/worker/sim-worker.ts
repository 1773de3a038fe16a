// The module Web Worker that runs the engine: the same src/ code as the CLI, so every KPI
// equals `orgflow compare --json`. It only takes the page's requests in: the session keeps
// what lasts between them (session.ts), the scheduler shares a run's replications with the
// helper workers (scheduler.ts). A newer request cancels an older one between replications.
import type { WorkerMessage, WorkerRequest } from './protocol.js';
import { metricsOf } from './replicate.js';
import { Scheduler } from './scheduler.js';
import { messageOf, Session } from './session.js';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};

const post = (m: WorkerMessage, transfer: Transferable[] = []): void => scope.postMessage(m, transfer);

/**
 * Lets queued messages (a newer run, a helper's answer) in between replications. A
 * MessageChannel message is a task like the page's requests (queued after any request already
 * waiting) but, unlike setTimeout(0), it is not clamped to >= 4 ms after five nested timers.
 */
function breather(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
const breathe = breather();

const scheduler = new Scheduler({
  runLocally: metricsOf,
  breathe,
  now: () => performance.now(),
  progress: (id, done, total) => post({ type: 'progress', id, done, total }),
});
const session = new Session(post, breathe, scheduler);

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'helpers') {
    scheduler.adopt(req.ports);
  } else if (req.type === 'helper-lost') {
    scheduler.lost(req.index);
  } else if (req.type === 'run') {
    session.run(req);
  } else if (req.type === 'replay') {
    session.replay(req).catch((err: unknown) => post({ type: 'failed', id: req.id, message: messageOf(err) }));
  } else {
    session.csv(req).catch((err: unknown) => post({ type: 'csv', id: req.id, kind: req.kind, text: null, error: messageOf(err) }));
  }
};
