// The fitted scenario as a commented YAML file: every estimate says where it came from, every
// default says it is one, and the proposed team says it is an assumption
// (docs/model.md#fitting-a-scenario-to-data).
import { Document, isMap, isScalar, type Node } from 'yaml';
import {
  FLAT_LEVEL,
  MERGE_THRESHOLD,
  proposeTeams,
  weekEntries,
  type DistributionFit,
  type FittedDistribution,
  type FittedScenario,
  type LeadTimes,
} from '../../src/index.js';

export interface YamlOptions {
  source: string;
  cross: number;
  calendar: 'auto' | 'none';
  unusable: number;
}

/** Four significant digits: estimates carry sampling error far above that. */
export const round = (x: number): number => Number(x.toPrecision(4));

const minutes = (x: number): string => {
  if (!Number.isFinite(x)) return 'n/a';
  if (x >= 2 * 1440) return `${round(x / 1440)}d`;
  if (x >= 120) return `${round(x / 60)}h`;
  return `${round(x)}m`;
};

function distributionValue(d: FittedDistribution): Record<string, number | string> {
  const out: Record<string, number | string> = { dist: d.dist };
  for (const [k, v] of Object.entries(d)) if (k !== 'dist') out[k] = k === 'k' ? (v as number) : round(v as number);
  if (d.dist === 'gamma') out.cv = Math.min(10, Math.max(0.001, round(d.cv)));
  return out;
}

const describe = (d: FittedDistribution): string =>
  Object.entries(d)
    .filter(([k]) => k !== 'dist')
    .map(([k, v]) => `${k} ${round(v as number)}`)
    .join(', ');

/** The comment above a fitted distribution: the sample and every candidate's score. */
export function candidateLines(what: string, fit: DistributionFit): string[] {
  const m = fit.moments;
  const head = `${what}: ${fit.n} observed, mean ${minutes(m.mean)}, sd ${minutes(m.sd)}, min ${minutes(m.min)}, max ${minutes(m.max)}`;
  if (fit.candidates.length === 0) return [head, 'every observation the same: a constant'];
  const lines = fit.candidates.map((c) => {
    const chosen = c.distribution === fit.best ? '  <- chosen (highest log-likelihood)' : '';
    const ll = Number.isFinite(c.logLik) ? c.logLik.toFixed(1) : 'impossible (a value at or below 0)';
    const ks = Number.isFinite(c.ks) ? c.ks.toFixed(3) : '-';
    return `  ${c.distribution.dist.padEnd(11)} logLik ${ll.padStart(10)}  KS ${ks}  (${describe(c.distribution)})${chosen}`;
  });
  return [head, 'maximum-likelihood fit of each family (KS: largest gap between the observed and fitted distribution function):', ...lines];
}

export function leadTimeLines(lead: LeadTimes): string[] {
  return [
    `observed lead time of the ${lead.resolved} resolved concerns (wall clock, first arrival to last finish):`,
    `  mean ${minutes(lead.mean)}, p50 ${minutes(lead.p50)}, p85 ${minutes(lead.p85)}, p95 ${minutes(lead.p95)}` +
      (lead.open > 0 ? `; ${lead.open} still open at the end of the export (not counted)` : ''),
    'orgflow run --mode silo on this file should come close to these (orgflow fit --check shows both).',
  ];
}

const asComment = (lines: readonly string[]): string => lines.map((l) => ` ${l}`).join('\n');

function setComment(doc: Document, path: (string | number)[], lines: readonly string[], where: 'before' | 'after' = 'before'): void {
  const node = doc.getIn(path, true) as Node | undefined;
  if (!node) throw new Error(`scenario-yaml: no node at ${path.join('.')}`);
  if (where === 'before') node.commentBefore = asComment(lines);
  else node.comment = asComment(lines);
}

function flow(doc: Document, path: (string | number)[]): void {
  const node = doc.getIn(path, true);
  if (isMap(node)) node.flow = true;
}

/**
 * With a pickup the gaps are delay plus the wait for the next pickup (about half an interval
 * on average), so the delay keeps the gap's mean less half the interval, as an exponential.
 */
function handoffValue(fit: FittedScenario): Record<string, unknown> {
  if (!fit.handoff) return { delay: 0, infoLoss: 0 };
  if (fit.pickup === null) return { delay: distributionValue(fit.handoff.best), infoLoss: 0 };
  const mean = round(Math.max(0, fit.handoff.moments.mean - fit.pickup / 2));
  return { delay: mean > 0 ? { dist: 'exponential', mean } : 0, pickup: fit.pickup, infoLoss: 0 };
}

/** One profile entry per rate: a segment across midnight (or several days) lists its pieces together. */
function profileEntries(entries: readonly { when: string; value: string }[]): { when: string | string[]; rate: string }[] {
  const byRate = new Map<string, string[]>();
  for (const { when, value } of entries) byRate.set(value, [...(byRate.get(value) ?? []), when]);
  return [...byRate].map(([value, whens]) => ({ when: whens.length === 1 ? whens[0] : whens, rate: value }));
}

export function scenarioYaml(fit: FittedScenario, options: YamlOptions): string {
  const rate = (perHour: number): string => `${round(perHour)}/h`;
  const openSlots = options.calendar === 'auto' ? fit.openSlots : null;
  const hours = openSlots ? weekEntries(openSlots.map((open) => (open ? 'open' : null))).map((e) => e.when) : null;
  const profile = fit.profile.flat
    ? null
    : weekEntries(
        Array.from({ length: 168 }, (_, slot) => {
          const s = fit.profile.segments.find((seg) => slot >= seg.from && slot < seg.to)!;
          return s.ratePerHour > 0 ? rate(s.ratePerHour) : null;
        }),
      );
  const workOf = new Map(fit.tasks.map((t) => [t.id, t]));
  const teams = proposeTeams(fit.departments, fit.intake, options.cross);

  const value = {
    name: `Fitted from ${options.source}`,
    description: `Estimated by orgflow fit from ${options.source}; the team organisation is a proposal, not an observation.`,
    time: { horizon: `${Math.max(1, Math.ceil(fit.span / 1440))}d`, warmup: 0 },
    run: { seed: 1, replications: 10 },
    ...(hours ? { calendar: { hours: hours.length === 1 ? hours[0] : hours } } : {}),
    arrivals: profile ? { profile: profileEntries(profile) } : { rate: rate(fit.profile.ratePerHour) },
    concerns: fit.types.map((type) => ({
      id: type.id,
      share: round(type.share),
      tasks: type.tasks.map((t) => ({
        id: t.id,
        skill: workOf.get(t.id)!.skill,
        work: distributionValue(workOf.get(t.id)!.work.best),
        ...(t.after.length > 0 ? { after: t.after } : {}),
      })),
    })),
    organisations: {
      silo: {
        ...(fit.intake
          ? {
              intake: {
                staff: fit.intake.staff,
                work: distributionValue(fit.intake.work.best),
                misroute: round(fit.intake.misroutes / fit.intake.parts),
              },
            }
          : {}),
        departments: fit.departments.map((d) => ({ id: d.id, skills: d.skills, staff: d.staff })),
        split: fit.split,
        handoff: handoffValue(fit),
      },
      team: {
        teams: teams.map((t) => ({ id: t.id, members: t.members.map((m) => ({ count: m.count, skills: m.skills })) })),
      },
    },
  };
  const doc = new Document(value, { aliasDuplicateObjects: false });
  doc.commentBefore = asComment([
    `Fitted by orgflow fit from ${options.source}: ${fit.rows} rows of work, ${fit.concerns} concerns` +
      (fit.periods > 1 ? ` in ${fit.periods} separate periods (replications)` : '') +
      `; ${options.unusable} unusable rows were listed on stderr.`,
    '',
    ...leadTimeLines(fit.leadTime),
    '',
    'Estimated: arrivals, concern types and shares, task order and dependencies, work per task,',
    'departments and their staff, intake, misrouting, split and the handoff delay (see the comments).',
    'Defaults, not estimated: warm-up 0, seed and replications, handoff infoLoss 0 (context lost',
    'on the way shows up as longer work, so it is inside the work distributions), no failure demand',
    '(customers who came back are ordinary arrivals in the export).',
  ]);
  setComment(doc, ['time', 'horizon'], ['the export covers this long (first to last arrival)'], 'after');
  setComment(doc, ['time', 'warmup'], ['the export started with an empty office? Set a warm-up if it started with a backlog'], 'after');
  if (hours) {
    setComment(
      doc,
      ['calendar'],
      [
        '--calendar auto: opening hours from when work was started: an hour of the week is open when work',
        'was started in it in at least half as many weeks as in the busiest hour. Work is counted in open minutes only.',
      ],
    );
  }
  if (profile) (value.arrivals as { profile: unknown[] }).profile.forEach((_, i) => flow(doc, ['arrivals', 'profile', i]));
  const rates = fit.profile.segments.filter((s) => s.hours > 0);
  setComment(
    doc,
    ['arrivals'],
    [
      `${fit.profile.arrivals} arrivals in ${round(fit.profile.hours)} observed hours: ${rate(fit.profile.ratePerHour)} on average.`,
      `Hours of the week were merged with their neighbours while a Poisson likelihood-ratio test`,
      `found their rates alike (2·ΔlogL < ${MERGE_THRESHOLD}, p > 0.001): ${rates.length} segments.`,
      fit.profile.flat
        ? `Against one constant rate they differ with p = ${fit.profile.flatP.toPrecision(2)} ≥ ${FLAT_LEVEL}: the profile is flat, so a constant rate.`
        : `Against one constant rate they differ with p = ${fit.profile.flatP.toPrecision(2)} < ${FLAT_LEVEL}: a weekly profile (hours not listed had no arrivals).`,
    ],
  );
  fit.types.forEach((type, i) => {
    const notes = [`${type.concerns} concerns (${(100 * type.share).toFixed(1)} %)`];
    for (const left of type.leftOut) notes.push(`task ${left.id} appears in only ${(100 * left.presence).toFixed(0)} % of them: left out`);
    setComment(doc, ['concerns', i], notes);
    type.tasks.forEach((t, j) => {
      const lines = candidateLines(`work of ${t.id}`, workOf.get(t.id)!.work);
      if (t.after.length > 0) {
        lines.push(
          fit.split === 'sequential'
            ? `after: in every concern of this type ${t.id} started only once ${t.after.join(', ')} had finished`
            : `after: ${t.id} started only once ${t.after.join(', ')} had finished in every concern, or was corrected when it finished`,
        );
      }
      setComment(doc, ['concerns', i, 'tasks', j], lines);
      flow(doc, ['concerns', i, 'tasks', j, 'work']);
    });
  });
  if (fit.intake) {
    setComment(
      doc,
      ['organisations', 'silo', 'intake'],
      [
        `intake: ${fit.intake.staff} people (${fit.intake.staffFrom === 'assignees' ? 'distinct assignees' : 'most pieces in work at once'});`,
        `misroute: ${fit.intake.misroutes} of ${fit.intake.parts} parts went to a wrong department first`,
        ...candidateLines('triage work (with recognising misrouted parts)', fit.intake.work),
      ],
    );
    flow(doc, ['organisations', 'silo', 'intake', 'work']);
  }
  fit.departments.forEach((d, i) => {
    setComment(
      doc,
      ['organisations', 'silo', 'departments', i, 'staff'],
      [d.staffFrom === 'assignees' ? 'distinct assignees' : 'most pieces in work at once (no assignee column)'],
      'after',
    );
  });
  setComment(
    doc,
    ['organisations', 'silo', 'split'],
    [fit.split === 'sequential' ? 'no concern ever had two tasks in work at once' : 'some concerns had tasks in work at the same time'],
    'after',
  );
  setComment(
    doc,
    ['organisations', 'silo', 'handoff'],
    fit.handoff
      ? [
          ...candidateLines(
            'handoff delay (from the previous unit finishing to the part being ready at the next; includes any pickup wait)',
            fit.handoff,
          ),
          ...(fit.pickup !== null
            ? [
                `pickup: at least 95 % of the handed-off parts became ready on a multiple of ${minutes(fit.pickup)} (a traffic light);`,
                `the delay before it keeps the gaps' mean less half the interval, as an exponential (by moments, not by likelihood)`,
              ]
            : []),
          ...(fit.handoffGapsInferred > 0
            ? [
                `${fit.handoffGapsInferred} of these gaps end where a person who had been idle started the part (the export has no`,
                'ready time per step; a part cannot wait while someone who could take it is idle, so it became ready then)',
              ]
            : []),
          ...(fit.handoffGapsUnusable > 0
            ? [`${fit.handoffGapsUnusable} handed-off parts give no gap (no ready time of their own, and they may have queued): not used`]
            : []),
        ]
      : ['handoff delay: the export shows no part becoming ready after another unit finished, so 0 (a default, not an estimate)'],
  );
  if (fit.handoff) flow(doc, ['organisations', 'silo', 'handoff', 'delay']);
  if (fit.pickup !== null) setComment(doc, ['organisations', 'silo', 'handoff', 'pickup'], ['minutes'], 'after');
  setComment(
    doc,
    ['organisations', 'team'],
    [
      `ASSUMPTION, not fitted: the same ${teams.reduce((s, t) => s + t.members.reduce((n, m) => n + m.count, 0), 0)} people in ${teams.length} cross-functional team(s),`,
      `each person T-shaped: her department's skills at 1.0, every other skill at ${options.cross} (--cross-skill).`,
      ...(fit.intake ? ['The intake people become generalists at that proficiency.'] : []),
      'Check this with the people concerned before trusting the comparison.',
    ],
  );
  for (const [i, team] of teams.entries()) {
    team.members.forEach((m, j) => {
      flow(doc, ['organisations', 'team', 'teams', i, 'members', j, 'skills']);
      const node = doc.getIn(['organisations', 'team', 'teams', i, 'members', j, 'count'], true);
      if (isScalar(node)) node.comment = ` from ${m.from}`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}
