// Independent seeds for every replication and every named random stream ("arrivals",
// "silo:handoff", ...), derived from the one seed of a run. Pure 32-bit integer math
// (Math.imul, shifts), so every JS engine gives the same numbers.

/** murmur3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Each absorbed word goes through a bijection (xor, then fmix32), so for fixed other parts
// the result is injective in any single 32-bit word: replications 0..2^32-1 of the same
// stream can never share a seed. A tag word per part (kind and length) keeps
// ("ab") apart from ("a", "b") and 1 apart from "1".
const absorb = (h: number, word: number): number => fmix32((h ^ word) >>> 0);

const TAG_STRING = 0x53000000;
const TAG_NONNEGATIVE_INT = 0x49000000;
const TAG_NEGATIVE_INT = 0x4e000000;
const TAG_FLOAT = 0x46000000;
const TWO_POW_32 = 4294967296;

const floatView = new DataView(new ArrayBuffer(8));

function absorbPart(h: number, part: string | number): number {
  if (typeof part === 'string') {
    h = absorb(h, (TAG_STRING | (part.length & 0xffffff)) >>> 0);
    for (let i = 0; i < part.length; i++) h = absorb(h, part.charCodeAt(i));
    return h;
  }
  if (Number.isSafeInteger(part)) {
    const magnitude = Math.abs(part);
    h = absorb(h, part < 0 ? TAG_NEGATIVE_INT : TAG_NONNEGATIVE_INT);
    h = absorb(h, magnitude % TWO_POW_32);
    return absorb(h, Math.floor(magnitude / TWO_POW_32));
  }
  if (Number.isFinite(part)) {
    // Fractional values (a swept parameter) enter by their IEEE 754 bits, little-endian.
    floatView.setFloat64(0, part, true);
    h = absorb(h, TAG_FLOAT);
    h = absorb(h, floatView.getUint32(0, true));
    return absorb(h, floatView.getUint32(4, true));
  }
  throw new RangeError(`deriveSeed: parts must be strings or finite numbers, got ${String(part)}`);
}

/** FNV-1a's 32-bit offset basis: any fixed non-zero start would do. */
const START = 0x811c9dc5;

/**
 * A deterministic unsigned 32-bit seed for the stream named by `parts` under `seed`,
 * e.g. `deriveSeed(42, replication, 'arrivals')`. Suitable for createRng.
 */
export function deriveSeed(seed: number, ...parts: (string | number)[]): number {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`deriveSeed: seed must be a safe integer, got ${String(seed)}`);
  }
  let h = absorbPart(START, seed);
  for (const part of parts) h = absorbPart(h, part);
  return fmix32(h ^ (parts.length + 1));
}
