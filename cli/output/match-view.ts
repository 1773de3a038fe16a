// What `orgflow match` prints: the staffing found (each field from → to) or the plain
// statement that none up to the limit gets there, every staffing tried, the comparison at
// the answer (compare's own table) and the `orgflow compare` command that confirms it.
import type { Estimate } from '../../src/index.js';
import type { MatchOutcome } from '../match/run-match.js';
import { staffOverrides } from '../match/run-match.js';
import { humanise, humaniseInterval } from './humanise.js';
import { renderTable, type TableCell } from './table.js';
import { compareView } from './views.js';

/** A word a shell reads as itself; anything else is single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `orgflow compare FILE --set …`: the user's overrides (but the staff fields) and the staffing found. */
export function confirmCommand(outcome: MatchOutcome): string | null {
  const { found } = outcome.search;
  if (!found) return null;
  const staff = staffOverrides(outcome.fields, found.extra);
  const own = outcome.request.overrides.filter((o) => !staff.some((s) => s.path === o.path));
  const sets = [...own, ...staff].flatMap((o) => ['--set', `${o.path}=${o.value}`]);
  return ['orgflow', 'compare', outcome.request.file, ...sets].map(shellWord).join(' ');
}

/** The --json document: nothing in it varies between runs with the same seed. */
export function matchJson(outcome: MatchOutcome): unknown {
  const { base, metric, fields, maxExtra, search } = outcome;
  const found = search.found;
  return {
    scenario: base.scenario.name,
    metric: metric.key,
    better: metric.better,
    seed: base.scenario.seed,
    replications: base.scenario.replications,
    maxHeadcount: maxExtra,
    params: fields.map((f) => ({ path: f.path, unit: f.unit, from: f.from })),
    team: outcome.team,
    found: found !== null,
    extraHeadcount: found ? found.total : null,
    staffing: found ? fields.map((f, i) => ({ path: f.path, unit: f.unit, from: f.from, to: f.from + found.extra[i] })) : null,
    path: search.path.map((step) => ({
      extra: step.extra,
      staff: fields.map((f, i) => f.from + step.extra[i]),
      total: step.total,
      silo: step.silo,
      difference: step.difference,
      noWorse: step.noWorse,
    })),
    comparison: outcome.comparison,
    confirm: confirmCommand(outcome),
  };
}

export function matchView(outcome: MatchOutcome, colour: boolean): string {
  const { base, metric, fields, maxExtra, search } = outcome;
  const found = search.found;
  const show = (e: Estimate) => `${humanise(e.mean, metric.kind)} ${humaniseInterval(e.ci95, metric.kind)}`;
  const reps = `${base.scenario.replications} paired replications`;
  const head =
    `${base.scenario.name} · how many people would the silo (Ampel) need? · seed ${base.scenario.seed} · ${reps}\n` +
    `${metric.label} (${metric.better} is better); team (Kreisverkehr): ${show(outcome.team)}\n`;
  const people = (n: number) => `${n} more ${n === 1 ? 'person' : 'people'}`;
  const answer = found
    ? `${found.total === 0 ? 'The silo is already no worse than the team, with no more people:' : `The silo is no worse than the team with ${people(found.total)}:`}\n` +
      renderTable(
        [
          { title: 'staff field', align: 'left' },
          { title: 'unit', align: 'left' },
          { title: 'from', align: 'right' },
          { title: 'to', align: 'right' },
        ],
        fields.map((f, i) => [f.path, f.unit, String(f.from), String(f.from + found.extra[i])]),
        colour,
      )
    : `No staffing with up to ${people(maxExtra)} makes the silo's ${metric.label} no worse than the team's.\n`;
  const rows = search.path.map((step): (string | TableCell)[] => [
    String(step.total),
    ...fields.map((f, i) => String(f.from + step.extra[i])),
    show(step.silo),
    show(step.difference),
    step === found ? { text: 'yes ← answer', style: 'good' } : step.noWorse ? 'yes' : { text: 'no', style: 'dim' },
  ]);
  const path = renderTable(
    [
      { title: 'extra', align: 'right' },
      ...fields.map((f) => ({ title: f.unit, align: 'right' as const })),
      { title: `silo ${metric.label} (95% CI)`, align: 'right' },
      { title: 'difference team − silo (95% CI)', align: 'right' },
      { title: 'silo no worse', align: 'left' },
    ],
    rows,
    colour,
  );
  const parts = [head, answer, `Staffings tried, fewest extra people first:\n${path}`];
  if (outcome.comparison) parts.push(`At that staffing:\n\n${compareView(outcome.comparison, colour)}`);
  const confirm = confirmCommand(outcome);
  if (confirm) parts.push(`Confirm it with:\n  ${confirm}\n`);
  return parts.join('\n');
}
