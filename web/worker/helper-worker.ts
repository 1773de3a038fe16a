// A helper of the simulation worker: runs the replications it is handed, one at a time, and
// sends each one's Metrics back. The simulation worker assembles them in replication order,
// so the summaries equal the CLI's.
import { normalise, type Scenario } from '../../src/index.js';
import { metricsOf, type HelperMessage, type HelperRequest } from './replicate.js';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent) => void) | null };

let current = { id: 0, scenario: null as Scenario | null };

// The page's one message hands over the port to the simulation worker; all work comes through it.
scope.onmessage = (e) => {
  const port = e.ports[0];
  if (port) port.onmessage = (m: MessageEvent<HelperRequest>) => answer(port, m.data);
};

function answer(port: MessagePort, req: HelperRequest): void {
  const reply = (m: HelperMessage): void => port.postMessage(m);
  try {
    if (req.type === 'scenario') {
      current = { id: req.id, scenario: normalise(req.data) };
      return;
    }
    // Every task is answered (the worker counts what a helper holds); one without its scenario is refused.
    if (req.id !== current.id || !current.scenario) {
      reply({ type: 'failed', id: req.id, message: `helper: no scenario for run ${req.id}` });
      return;
    }
    reply({ type: 'row', id: req.id, row: metricsOf(current.scenario, { mode: req.mode, replication: req.replication }) });
  } catch (err) {
    reply({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}
