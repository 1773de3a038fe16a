// Records cross to the helper thread as packed batches (src/records/record-batch.ts): what
// the helper unpacks must be what the simulation packed, field by field, over batches that
// reuse a ring of shared-memory slots and a text table that grows batch by batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcernPacker, PiecePacker, RecordUnpacker, type BatchMemory, type RecordBatch } from '../../src/index.js';
import type { ConcernRecord } from '../../src/metrics/types.js';
import type { PieceRecord } from '../../src/records/pieces.js';

const id = fc.oneof(
  fc.nat().map(String),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}/${b}`),
);
const text = fc.constantFrom('move', 'question', 'stammdaten', 'Vertrag, "neu"', 'ä€', '', '=1');
const time = fc.double({ min: 0, max: 1e7, noNaN: true });
const orNull = fc.option(time, { nil: null });

const piece: fc.Arbitrary<PieceRecord> = fc.record({
  concern: id,
  type: text,
  task: text,
  piece: fc.constantFrom('intake', 'task', 'misroute', 'correction'),
  skill: text,
  unit: text,
  worker: fc.integer({ min: -1, max: 50 }),
  ready: time,
  started: time,
  finished: time,
});
const concern: fc.Arbitrary<ConcernRecord> = fc.record({
  id,
  type: text,
  arrival: time,
  completion: orNull,
  lead: orNull,
  wait: orNull,
  touch: time,
  handoffs: fc.nat({ max: 20 }),
  errors: fc.nat({ max: 20 }),
  failureDemand: fc.boolean(),
});

/**
 * Packs `records` in batches of `capacity` rows and unpacks each batch as soon as it is
 * sent, as the helper would (before the packer can come round to the same slot again).
 */
function roundTrip<R>(
  records: readonly R[],
  pack: (send: (batch: RecordBatch) => void) => { add(r: R): void; flush(): void },
  unpack: (unpacker: RecordUnpacker, batch: RecordBatch, each: (r: R) => void) => void,
): R[] {
  const unpacker = new RecordUnpacker();
  const out: R[] = [];
  const packer = pack((batch) => unpack(unpacker, batch, (r) => out.push({ ...r })));
  for (const r of records) packer.add(r);
  packer.flush();
  return out;
}

describe.each<BatchMemory>([{ shared: false }, { shared: true, slots: 3 }])('packed batches (%j)', (memory) => {
  it('give back every piece as it was packed, in order', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (pieces, capacity) => {
        const back = roundTrip(
          pieces,
          (send) => new PiecePacker(send, memory, capacity),
          (u, batch, each) => u.pieces(batch, each),
        );
        expect(back).toEqual(pieces);
      }),
    );
  });

  it('give back every concern record, open ones with null times', () => {
    fc.assert(
      fc.property(fc.array(concern, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (records, capacity) => {
        const back = roundTrip(
          records,
          (send) => new ConcernPacker(send, memory, capacity),
          (u, batch, each) => u.concerns(batch, each),
        );
        expect(back).toEqual(records);
      }),
    );
  });
});
