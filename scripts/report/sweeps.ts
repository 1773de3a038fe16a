// Sweeps that answer "when?": one parameter of a shipped scenario over a list of values,
// both organisations at each value, and the value where the team stops beating the silo
// on mean lead time (judged by the 95% CI of the paired difference, never by the means alone).
import { isMap, isSeq, parseDocument } from 'yaml';
import type { CompareResult, Override } from '../../src/index.js';
import { difference, estimateAt, side, type Side } from './format.js';
import { compareEach } from './experiments.js';

export interface SweepSpec {
  /** Anchor in the README. */
  id: string;
  /** Shipped scenario, file name without .yaml. */
  scenario: string;
  title: string;
  /** What the values are, for the table head and the sentence: "arrival rate". */
  parameter: string;
  values: readonly string[];
  /** The sentence walks the values this way: towards more load, or towards less skill. */
  walk: 'as listed' | 'reversed';
  /** The overrides for one value, given the scenario's text. */
  overrides(value: string, text: string): Override[];
  /** Shown under the table: what was changed, in words, given the scenario's text. */
  note(text: string): string;
}

export interface SweepPoint {
  value: string;
  result: CompareResult;
}

export async function sweepPoints(spec: SweepSpec, text: string): Promise<SweepPoint[]> {
  const results = await compareEach(
    text,
    `${spec.scenario}.yaml`,
    spec.values.map((value) => spec.overrides(value, text)),
  );
  return spec.values.map((value, i) => ({ value, result: results[i] }));
}

/**
 * Paths of every team member's proficiency below 1 (the cross-skills; a member's own
 * speciality is 1.0), e.g. organisations.team.teams.0.members.0.skills.benefits.
 */
export function crossSkillPaths(text: string): string[] {
  const doc = parseDocument(text);
  const paths: string[] = [];
  const teams = doc.getIn(['organisations', 'team', 'teams'], true);
  if (!isSeq(teams)) return paths;
  teams.items.forEach((team, t) => {
    const members = isMap(team) ? team.get('members', true) : null;
    if (!isSeq(members)) return;
    members.items.forEach((member, m) => {
      const skills = isMap(member) ? member.get('skills', true) : null;
      if (!isMap(skills)) return;
      for (const pair of skills.items) {
        const skill = String((pair.key as { value?: unknown })?.value ?? pair.key);
        const proficiency = Number((pair.value as { value?: unknown })?.value);
        if (proficiency < 1) paths.push(`organisations.team.teams.${t}.members.${m}.skills.${skill}`);
      }
    });
  });
  return paths;
}

const LEAD = 'leadTime.mean';

/** Team faster / slower / no significant difference at one point, from the CI of team − silo. */
export function leadSide(point: SweepPoint): Side {
  return side(estimateAt(point.result.difference, LEAD));
}

const phrase = (s: Side): string =>
  s === 'below' ? 'the team is faster' : s === 'above' ? 'the team is slower' : 'there is no significant difference';

/** Consecutive points with the same verdict, as "phrase at X" or "phrase from X to Y". */
function runs(walk: readonly SweepPoint[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= walk.length; i++) {
    if (i < walk.length && leadSide(walk[i]) === leadSide(walk[start])) continue;
    const where = i - 1 === start ? `at ${walk[start].value}` : `from ${walk[start].value} to ${walk[i - 1].value}`;
    out.push(`${phrase(leadSide(walk[start]))} ${where}`);
    start = i;
  }
  return out;
}

/** "The team stops beating the silo at …" or "… beats it across the whole range …", generated. */
export function crossoverSentence(spec: SweepSpec, points: readonly SweepPoint[]): string {
  const walk = spec.walk === 'reversed' ? [...points].reverse() : [...points];
  const beats = walk.map((p) => leadSide(p) === 'below');
  const range = `${walk[0].value} to ${walk[walk.length - 1].value}`;
  if (beats.every(Boolean)) return `The team beats the silo on mean lead time across the whole range of ${spec.parameter} (${range}).`;
  if (!beats.some(Boolean))
    return `The team does not beat the silo on mean lead time anywhere in the range of ${spec.parameter} (${range}).`;
  const lead = (p: SweepPoint) => difference(estimateAt(p.result.difference, LEAD), LEAD);
  const stop = beats.findIndex((b, i) => i > 0 && !b && beats[i - 1]);
  const start = beats.indexOf(true);
  const head =
    stop !== -1
      ? `The team stops beating the silo on mean lead time at ${spec.parameter} ${walk[stop].value} (team − silo ${lead(walk[stop])})`
      : `The team starts beating the silo on mean lead time at ${spec.parameter} ${walk[start].value} (team − silo ${lead(walk[start])})`;
  return `${head}. Going from ${range}: ${runs(walk).join('; ')}.`;
}
