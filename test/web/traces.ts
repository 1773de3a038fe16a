// Hand-built traces and layouts for the replay and panel tests.
import type { TraceEvent } from '../../src/trace/events.js';
import type { ScenarioLayout } from '../../web/worker/protocol.js';

const ev = (e: TraceEvent): TraceEvent => e;

/** Two customers through intake → Stammdaten / Leistung, light every 120 min. */
export const SILO_TRACE: TraceEvent[] = [
  ev({ type: 'arrived', at: 0, concern: '1', concernType: 'move-and-question', failureDemand: false }),
  ev({ type: 'queued', at: 0, concern: '1', task: 'intake', piece: 'intake', unit: 'intake' }),
  ev({ type: 'started', at: 0, concern: '1', task: 'intake', piece: 'intake', unit: 'intake', worker: 0, duration: 3 }),
  ev({ type: 'finished', at: 3, concern: '1', task: 'intake', piece: 'intake', unit: 'intake', worker: 0 }),
  ev({ type: 'handoff', at: 3, concern: '1', task: 'update-address', from: 'intake', to: 'stammdaten', readyAt: 120 }),
  ev({ type: 'handoff', at: 3, concern: '1', task: 'answer', from: 'intake', to: 'leistung', readyAt: 120 }),
  ev({ type: 'error', at: 3, concern: '1', task: 'answer', kind: 'infoLoss' }),
  ev({ type: 'arrived', at: 10, concern: '2', concernType: 'move', failureDemand: true }),
  ev({ type: 'queued', at: 10, concern: '2', task: 'intake', piece: 'intake', unit: 'intake' }),
  ev({ type: 'started', at: 10, concern: '2', task: 'intake', piece: 'intake', unit: 'intake', worker: 0, duration: 5 }),
  ev({ type: 'finished', at: 15, concern: '2', task: 'intake', piece: 'intake', unit: 'intake', worker: 0 }),
  ev({ type: 'handoff', at: 15, concern: '2', task: 'update-address', from: 'intake', to: 'stammdaten', readyAt: 120 }),
  ev({ type: 'queued', at: 120, concern: '1', task: 'update-address', piece: 'task', unit: 'stammdaten' }),
  ev({ type: 'started', at: 120, concern: '1', task: 'update-address', piece: 'task', unit: 'stammdaten', worker: 1, duration: 12 }),
  ev({ type: 'queued', at: 120, concern: '1', task: 'answer', piece: 'task', unit: 'leistung' }),
  ev({ type: 'queued', at: 120, concern: '2', task: 'update-address', piece: 'task', unit: 'stammdaten' }),
  ev({ type: 'started', at: 130, concern: '1', task: 'answer', piece: 'task', unit: 'leistung', worker: 0, duration: 20 }),
  ev({ type: 'finished', at: 132, concern: '1', task: 'update-address', piece: 'task', unit: 'stammdaten', worker: 1 }),
  ev({ type: 'started', at: 132, concern: '2', task: 'update-address', piece: 'task', unit: 'stammdaten', worker: 1, duration: 10 }),
  ev({ type: 'finished', at: 142, concern: '2', task: 'update-address', piece: 'task', unit: 'stammdaten', worker: 1 }),
  ev({ type: 'resolved', at: 142, concern: '2' }),
  ev({ type: 'finished', at: 150, concern: '1', task: 'answer', piece: 'task', unit: 'leistung', worker: 0 }),
  ev({ type: 'resolved', at: 150, concern: '1' }),
];

/** One team of four; customer 1 is handed from member 0 to member 2, customer 2 is held first. */
export const TEAM_TRACE: TraceEvent[] = [
  ev({ type: 'arrived', at: 0, concern: '1', concernType: 'move-and-question', failureDemand: false }),
  ev({ type: 'queued', at: 0, concern: '1', task: 'update-address', piece: 'task', unit: 'team-a' }),
  ev({ type: 'started', at: 0, concern: '1', task: 'update-address', piece: 'task', unit: 'team-a', worker: 0, duration: 12 }),
  ev({ type: 'arrived', at: 1, concern: '2', concernType: 'move', failureDemand: false }),
  ev({ type: 'held', at: 1, concern: '2' }),
  ev({ type: 'queued', at: 5, concern: '2', task: 'update-address', piece: 'task', unit: 'team-a' }),
  ev({ type: 'finished', at: 12, concern: '1', task: 'update-address', piece: 'task', unit: 'team-a', worker: 0 }),
  ev({ type: 'handoff', at: 12, concern: '1', task: 'answer', from: 'team-a', to: 'team-a', readyAt: 17 }),
  ev({ type: 'queued', at: 17, concern: '1', task: 'answer', piece: 'task', unit: 'team-a' }),
  ev({ type: 'started', at: 17, concern: '1', task: 'answer', piece: 'task', unit: 'team-a', worker: 2, duration: 20 }),
  ev({ type: 'finished', at: 37, concern: '1', task: 'answer', piece: 'task', unit: 'team-a', worker: 2 }),
  ev({ type: 'resolved', at: 37, concern: '1' }),
  ev({ type: 'started', at: 40, concern: '2', task: 'update-address', piece: 'task', unit: 'team-a', worker: 1, duration: 10 }),
  ev({ type: 'finished', at: 50, concern: '2', task: 'update-address', piece: 'task', unit: 'team-a', worker: 1 }),
  ev({ type: 'resolved', at: 50, concern: '2' }),
];

export const TYPES = ['move', 'question', 'move-and-question'];

export const LAYOUT: ScenarioLayout = {
  name: 'test',
  description: '',
  horizon: 600,
  warmup: 0,
  seed: 1,
  replications: 2,
  modes: ['silo', 'team'],
  concernTypes: TYPES.map((id) => ({ id, label: id })),
  silo: {
    intake: { staff: 1 },
    departments: [
      { id: 'stammdaten', label: 'Stammdaten', staff: 2, skills: ['a'] },
      { id: 'leistung', label: 'Leistung', staff: 4, skills: ['b'] },
    ],
    split: 'parallel',
    pickup: 120,
    delayMean: 60,
  },
  team: {
    teams: [{ id: 'team-a', label: 'team-a', members: [{ a: 1 }, { a: 1 }, { b: 1 }, { b: 1 }] }],
    wipLimit: 1,
    pickup: 0,
    delayMean: 5,
  },
};

/**
 * A parallel split with an order error: "answer" is done at Leistung before its prerequisite
 * "update-address", waits, and is corrected once Stammdaten has finished.
 */
export const ORDER_TRACE: TraceEvent[] = [
  ev({ type: 'arrived', at: 0, concern: '5', concernType: 'move-and-question', failureDemand: false }),
  ev({ type: 'queued', at: 0, concern: '5', task: 'update-address', piece: 'task', unit: 'stammdaten' }),
  ev({ type: 'queued', at: 0, concern: '5', task: 'answer', piece: 'task', unit: 'leistung' }),
  ev({ type: 'started', at: 0, concern: '5', task: 'answer', piece: 'task', unit: 'leistung', worker: 2, duration: 10 }),
  ev({ type: 'finished', at: 10, concern: '5', task: 'answer', piece: 'task', unit: 'leistung', worker: 2 }),
  ev({ type: 'error', at: 10, concern: '5', task: 'answer', kind: 'order' }),
  ev({ type: 'started', at: 30, concern: '5', task: 'update-address', piece: 'task', unit: 'stammdaten', worker: 0, duration: 10 }),
  ev({ type: 'finished', at: 40, concern: '5', task: 'update-address', piece: 'task', unit: 'stammdaten', worker: 0 }),
  ev({ type: 'queued', at: 40, concern: '5', task: 'answer', piece: 'correction', unit: 'leistung' }),
  ev({ type: 'started', at: 45, concern: '5', task: 'answer', piece: 'correction', unit: 'leistung', worker: 1, duration: 10 }),
  ev({ type: 'finished', at: 55, concern: '5', task: 'answer', piece: 'correction', unit: 'leistung', worker: 1 }),
  ev({ type: 'resolved', at: 55, concern: '5' }),
];
