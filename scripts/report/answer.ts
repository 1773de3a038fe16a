// The answer sentence of a scenario is a template whose numbers AND verdict words come
// from the run, so the sentence cannot drift from the table:
//   {silo K} {team K}              mean of metric K in this scenario ("3.9 h", "21.6 %")
//   {base silo K} {base team K}    mean of K in the baseline scenario (# baseline: ...)
//   {diff K}                       team − silo with its 95% CI: "−3.4 h [−3.5 h, −3.3 h]"
//   {diff silo K} {diff team K}    this scenario − baseline, for one organisation
//   {pick K: below | above | straddles}
//   {pick silo K: ...} {pick team K: ...}
//       the first text when the difference's 95% CI lies entirely below 0, the second when
//       entirely above 0, the third when it contains 0 (no significant difference).
// K is a dotted metric key of docs/model.md#metric-definitions (leadTime.mean, errorRate, ...). Texts may nest tokens.
import type { MetricsSummary } from '../../src/index.js';
import { difference, estimateAt, side, value } from './format.js';

export interface AnswerNumbers {
  silo: MetricsSummary;
  team: MetricsSummary;
  /** Paired team − silo. */
  difference: MetricsSummary;
  baseline: {
    silo: MetricsSummary;
    team: MetricsSummary;
    /** Paired this silo − baseline silo, and the same for the team. */
    siloDifference: MetricsSummary;
    teamDifference: MetricsSummary;
  } | null;
}

export function renderAnswer(template: string, numbers: AnswerNumbers, file: string): string {
  try {
    return render(template, numbers).replace(/\s+/g, ' ').trim();
  } catch (e) {
    throw new Error(`${file}: answer: ${(e as Error).message}`, { cause: e });
  }
}

function render(text: string, numbers: AnswerNumbers): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const close = text.indexOf('}', i);
    if (close !== -1 && (open === -1 || close < open)) throw new Error(`unmatched "}" in "${text}"`);
    if (open === -1) return out + text.slice(i);
    out += text.slice(i, open);
    const end = matching(text, open);
    out += token(text.slice(open + 1, end), numbers);
    i = end + 1;
  }
  return out;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed "{" in "${text.slice(open)}"`);
}

/** Splits on `|` outside nested tokens. */
function branches(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

type Who = 'silo' | 'team';
const isWho = (w: string | undefined): w is Who => w === 'silo' || w === 'team';

function baseline(numbers: AnswerNumbers, token: string): NonNullable<AnswerNumbers['baseline']> {
  if (!numbers.baseline) throw new Error(`{${token}} needs a "# baseline: <scenario>" line`);
  return numbers.baseline;
}

/** The difference a {diff ...} or {pick ...} talks about: team − silo, or this − baseline. */
function differenceOf(numbers: AnswerNumbers, who: Who | null, token: string): MetricsSummary {
  if (who === null) return numbers.difference;
  const base = baseline(numbers, token);
  return who === 'silo' ? base.siloDifference : base.teamDifference;
}

function token(body: string, numbers: AnswerNumbers): string {
  const pick = /^pick\s+(?:(silo|team)\s+)?([\w.-]+)\s*:([\s\S]*)$/.exec(body.trim());
  if (pick) {
    const options = branches(pick[3]);
    if (options.length !== 3)
      throw new Error(`{pick ${pick[2]}: ...} needs three texts separated by "|" (below | above | straddles), got ${options.length}`);
    const which = side(estimateAt(differenceOf(numbers, (pick[1] as Who | undefined) ?? null, body), pick[2]));
    return render(options[which === 'below' ? 0 : which === 'above' ? 1 : 2].trim(), numbers);
  }
  const words = body.trim().split(/\s+/);
  const [first, second, third] = words;
  if (words.length === 2 && isWho(first)) return value(estimateAt(numbers[first], second).mean, second);
  if (words.length === 3 && first === 'base' && isWho(second)) return value(estimateAt(baseline(numbers, body)[second], third).mean, third);
  if (words.length === 2 && first === 'diff') return difference(estimateAt(numbers.difference, second), second);
  if (words.length === 3 && first === 'diff' && isWho(second))
    return difference(estimateAt(differenceOf(numbers, second, body), third), third);
  throw new Error(`unknown token {${body}}; see scripts/report/answer.ts for the forms`);
}
