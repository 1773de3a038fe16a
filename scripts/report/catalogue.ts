// Which shipped scenarios the report shows, in which order (the ladder of the story first,
// then the other domains), and the sweeps that answer "when?". A scenario file that is not
// listed here is still reported, after the listed ones, so none is silently left out.
import { crossSkillPaths, type SweepSpec } from './sweeps.js';

export const SCENARIO_ORDER: readonly string[] = [
  'versicherung',
  'versicherung-mehr-personal',
  'versicherung-led-ampel',
  'versicherung-lokale-ziele',
  'lastspitze',
  'team-ohne-querkompetenz',
  'team-spezialisten-zuerst',
  'bank-kontoeroeffnung',
  'buergeramt-umzug',
  'telekom-servicedesk',
];

/** The scenario whose lead-time distributions are drawn for the story. */
export const CHART_SCENARIO = 'versicherung';
export const CHART_FILE = 'docs/img/lead-time-versicherung.svg';

export const SWEEPS: readonly SweepSpec[] = [
  {
    id: 'sweep-arrival-rate',
    scenario: 'versicherung',
    title: 'Versicherung: how much load?',
    parameter: 'arrival rate',
    values: ['6/h', '8/h', '10/h', '12/h', '14/h', '16/h'],
    walk: 'as listed',
    overrides: (value) => [{ path: 'arrivals.rate', value }],
    note: () =>
      'Only `arrivals.rate` changes (the story has 10/h); everything else is versicherung.yaml. ' +
      'Same as `orgflow sweep scenarios/versicherung.yaml --param arrivals.rate --range 6/h:16/h:2/h`.',
  },
  {
    id: 'sweep-cross-skill',
    scenario: 'versicherung',
    title: 'Versicherung: how good must the cross-skills be?',
    parameter: 'cross-skill proficiency',
    values: ['0.2', '0.3', '0.35', '0.4', '0.45', '0.5', '0.6', '0.8', '1'],
    walk: 'reversed',
    overrides: (value, text) => crossSkillPaths(text).map((path) => ({ path, value })),
    note: (text) =>
      "Every team member's proficiency in the other speciality (the 0.6 entries of versicherung.yaml, all at once) " +
      'is set to the value; own specialities stay 1.0, the silo does not change. 1 means full generalists. One value on the ' +
      `command line: \`orgflow compare scenarios/versicherung.yaml ${crossSkillPaths(text)
        .map((p) => `--set ${p}=0.4`)
        .join(' ')}\`.`,
  },
  {
    id: 'sweep-cross-skill-specialists-first',
    scenario: 'team-spezialisten-zuerst',
    title: 'Specialists first: how good must the cross-skills be now?',
    parameter: 'cross-skill proficiency',
    values: ['0.1', '0.2', '0.3', '0.35', '0.4', '0.45', '0.5', '0.6', '0.8', '1'],
    walk: 'reversed',
    overrides: (value, text) => crossSkillPaths(text).map((path) => ({ path, value })),
    note: (text) =>
      "The sweep above again, with the team rule `prefer-specialist` (helpAfter 30m): every team member's proficiency in " +
      'the other speciality (the 0.3 entries of team-spezialisten-zuerst.yaml, all at once) is set to the value; own ' +
      'specialities stay 1.0, the silo does not change. At 1 everyone is a specialist for everything and the rule changes ' +
      `nothing. One value on the command line: \`orgflow compare scenarios/team-spezialisten-zuerst.yaml ${crossSkillPaths(text)
        .map((p) => `--set ${p}=0.2`)
        .join(' ')}\`.`,
  },
];
