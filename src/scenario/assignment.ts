// The team's `assignment` key (docs/model.md#assignment-rules) as the file writes it: `any`
// (the default) or `{rule: prefer-specialist, helpAfter: 30m}`. normalise.ts turns it into the
// rule the engine runs (without zod, which workers must not load).
import * as z from 'zod';
import { tryDuration } from './units.js';
import { MAX_DURATION, MAX_DURATION_TEXT } from './limits.js';
import { TimeValue, checkDuration, report } from './values.js';

/** How long a task waits for a specialist before a colleague below the team's best may take it. */
const HelpAfter = TimeValue.superRefine((v, ctx) => {
  const minutes = tryDuration(v);
  if ((minutes ?? 0) < 0) report(ctx, 'NEGATIVE_VALUE', 'a duration cannot be negative', 'a duration >= 0');
  else checkDuration(minutes, ctx, 'helpAfter', MAX_DURATION, MAX_DURATION_TEXT);
}).meta({ description: `0 (help at once, as rule any) or a duration up to ${MAX_DURATION_TEXT}, e.g. "30m"; minutes as a plain number` });

const RuleObject = z
  .object({
    rule: z.enum(['any', 'prefer-specialist']),
    helpAfter: HelpAfter.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.rule === 'prefer-specialist' && a.helpAfter === undefined)
      report(ctx, 'MISSING', 'prefer-specialist needs helpAfter: how long a task waits for a specialist', 'a duration, e.g. "30m"', [
        'helpAfter',
      ]);
    if (a.rule === 'any' && a.helpAfter !== undefined)
      report(
        ctx,
        'CONFLICTING_KEYS',
        'helpAfter belongs to rule prefer-specialist; rule any lets anyone help at once',
        'no helpAfter, or rule: prefer-specialist',
        ['helpAfter'],
      );
  });

// A plain string with its own rule rather than z.literal: an unknown name is then reported
// as a bad rule name, and {rule: typo} at its rule, not as "the wrong type" of the union.
const RuleName = z
  .string()
  .superRefine((v, ctx) => {
    if (v !== 'any')
      report(ctx, 'INVALID_VALUE', `unknown assignment rule ${JSON.stringify(v)}`, 'any, or {rule: prefer-specialist, helpAfter: 30m}');
  })
  .meta({ enum: ['any'] });

export const AssignmentInput = z.union([RuleName, RuleObject]).meta({
  description: 'any (whoever is free takes any task she can do) or {rule: prefer-specialist, helpAfter: 30m}',
});
export type AssignmentInput = z.infer<typeof AssignmentInput>;
