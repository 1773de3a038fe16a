// Looks up the schema that governs a field path, so that messages can list the keys a
// mapping allows and overrides can tell a misspelled key from a field that is merely absent.
import * as z from 'zod';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  valueType?: Schema;
  options?: Schema[];
}

const def = (s: Schema): Def => s._zod.def as unknown as Def;

/** Strips optional wrappers: `x.optional()` governs the same fields as `x`. */
function unwrap(s: Schema): Schema {
  let cur = s;
  while (def(cur).type === 'optional' || def(cur).type === 'nullable' || def(cur).type === 'default') {
    cur = def(cur).innerType!;
  }
  return cur;
}

/** The object schemas a value may match, picking a union's branch by `dist` when the data names one. */
function objectsOf(s: Schema, value: unknown): Schema[] {
  const d = def(unwrap(s));
  if (d.type === 'object') return [unwrap(s)];
  if (d.type !== 'union') return [];
  const all = d.options!.flatMap((o) => objectsOf(o, value));
  const tag = (value as { dist?: unknown } | null)?.dist;
  const tagged = all.filter((o) => {
    const dist = def(o).shape?.dist;
    return dist !== undefined && (dist._zod.values?.has(tag as string) ?? false);
  });
  return tagged.length > 0 ? tagged : all;
}

/** The schema for `path` under `root`, following `data` through unions; undefined if none. */
export function schemaAt(root: Schema, path: readonly (string | number)[], data: unknown): Schema | undefined {
  let s: Schema | undefined = root;
  let value = data;
  for (const seg of path) {
    if (!s) return undefined;
    const d = def(unwrap(s));
    if (d.type === 'array' && typeof seg === 'number') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else
      s = objectsOf(s, value)
        .map((o) => def(o).shape![String(seg)])
        .find((x) => x !== undefined);
    value = (value as Record<string | number, unknown> | null | undefined)?.[seg];
  }
  return s;
}

/** The keys a mapping at `path` may have (empty when it is not a fixed mapping). */
export function knownKeys(root: Schema, path: readonly (string | number)[], data: unknown): string[] {
  const s = schemaAt(root, path, data);
  if (!s) return [];
  let value: unknown = data;
  for (const seg of path) value = (value as Record<string | number, unknown> | null | undefined)?.[seg];
  return [...new Set(objectsOf(s, value).flatMap((o) => Object.keys(def(o).shape!)))];
}

/** The description a schema was given with `.meta`, used as the "expected" of a type error. */
export function describedAs(s: Schema | undefined): string | undefined {
  if (!s) return undefined;
  const own = z.globalRegistry.get(s)?.description;
  return own ?? (s !== unwrap(s) ? describedAs(unwrap(s)) : undefined);
}
