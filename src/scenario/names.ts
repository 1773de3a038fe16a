// Names and free text in a scenario file. They end up in tables on a terminal, in CSV files
// and on the page, so control characters (which a terminal obeys: a bell, a cursor move, an
// escape sequence) are refused; tab and newline are kept, so a label may wrap. `__proto__` is
// refused as a name: the objects keyed by names cannot hold it (a member's skill of that name
// silently vanished, and the team never finished a concern).
import * as z from 'zod';
import { report } from './values.js';

/** Every C0 and C1 control and DEL, except tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** The same rule for editors (JSON Schema `pattern`). */
const NO_CONTROL_PATTERN = '^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]*$';

export const RESERVED_NAME = '__proto__';

/** The first control character's code point and position, or null when there is none. */
export function controlCharacter(text: string): { codePoint: string; at: number } | null {
  const m = CONTROL.exec(text);
  return m ? { codePoint: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, at: m.index + 1 } : null;
}

function noControl(v: string, ctx: z.RefinementCtx): void {
  const c = controlCharacter(v);
  if (c) {
    report(
      ctx,
      'CONTROL_CHARACTER',
      `the text holds the control character ${c.codePoint} (character ${c.at}), which a terminal would act on`,
      'text without control characters (tab and newline are allowed)',
    );
  }
}

/** Free text: the scenario's name and description, labels. */
export const Text = z.string().superRefine(noControl).meta({ pattern: NO_CONTROL_PATTERN });

/** A name other things refer to: ids, skills, `after` entries. */
export const Id = z
  .string()
  .min(1)
  .superRefine((v, ctx) => {
    noControl(v, ctx);
    if (v === RESERVED_NAME) report(ctx, 'RESERVED_NAME', `"${RESERVED_NAME}" cannot be used as a name`, 'any other name');
  })
  .meta({ pattern: NO_CONTROL_PATTERN });
