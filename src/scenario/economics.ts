// The top-level `economics` key (docs/model.md#cost-metrics): what an hour of a person, an hour
// of a customer's wait and a customer coming back cost, in one currency.
import * as z from 'zod';
import { report } from './values.js';

/** Far above any wage or penalty, and small enough that costs summed over a long run stay exact enough. */
const MAX_AMOUNT = 1e9;
const AMOUNT_TEXT = 'a number from 0 to 1,000,000,000';

const Amount = z
  .number()
  .superRefine((v, ctx) => {
    if (v < 0) report(ctx, 'NEGATIVE_VALUE', 'an amount of money cannot be negative', AMOUNT_TEXT);
    else if (v > MAX_AMOUNT) report(ctx, 'TOO_LARGE', 'an amount above a billion per hour or concern is not a real cost', AMOUNT_TEXT);
  })
  .meta({ minimum: 0, maximum: MAX_AMOUNT });

const Currency = z
  .string()
  .superRefine((v, ctx) => {
    if (!/^[A-Z]{3}$/.test(v))
      report(ctx, 'INVALID_CURRENCY', 'a currency is a three-letter ISO 4217 code', 'three capital letters, e.g. EUR');
  })
  .meta({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. EUR, CHF, USD' });

export const EconomicsInput = z
  .object({
    staffCostPerHour: Amount,
    delayCostPerHour: Amount,
    failureDemandCost: Amount,
    currency: Currency,
  })
  .strict()
  .meta({ description: 'costs for costPerResolved, staffCostPerDay and delayCostPerDay (docs/model.md, cost metrics)' });
export type EconomicsInput = z.infer<typeof EconomicsInput>;
