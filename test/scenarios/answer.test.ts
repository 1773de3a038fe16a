// The answer sentences and the sweep sentences take their verdict words from the 95% CI,
// never from the means: these specify how.
import { describe, expect, it } from 'vitest';
import type { Estimate, Metrics, MetricsSummary } from '../../src/metrics/types.js';
import { summarise } from '../../src/metrics/index.js';
import type { CompareResult } from '../../src/index.js';
import { renderAnswer, type AnswerNumbers } from '../../scripts/report/answer.js';
import { readMetadata } from '../../scripts/report/metadata.js';
import { crossoverSentence, crossSkillPaths, type SweepPoint, type SweepSpec } from '../../scripts/report/sweeps.js';

/** A summary whose every leaf is {mean: 0, ci95: [0, 0]}, with leadTime.mean and errorRate set. */
function summary(lead: Estimate, errorRate: Estimate = { mean: 0, ci95: [0, 0] }): MetricsSummary {
  const zero: Metrics = {
    arrived: 0,
    completed: 0,
    open: 0,
    failureDemand: 0,
    throughputPerDay: 0,
    leadTime: { mean: 0, p50: 0, p85: 0, p95: 0, max: 0 },
    waitTime: { mean: 0, p50: 0, p85: 0, p95: 0, max: 0 },
    touchTime: { mean: 0, p50: 0, p85: 0, p95: 0, max: 0 },
    flowEfficiency: 0,
    handoffsPerConcern: 0,
    errorRate: 0,
    errors: { order: 0, infoLoss: 0, misroute: 0 },
    wip: 0,
    utilisation: { overall: 0, byUnit: {} },
    headcount: 7,
  };
  const s = summarise([zero]);
  s.leadTime.mean = lead;
  s.errorRate = errorRate;
  return s;
}

const numbers = (difference: Estimate, baseline: AnswerNumbers['baseline'] = null): AnswerNumbers => ({
  silo: summary({ mean: 240, ci95: [230, 250] }, { mean: 0.2, ci95: [0.19, 0.21] }),
  team: summary({ mean: 30, ci95: [29, 31] }, { mean: 0, ci95: [0, 0] }),
  difference: summary(difference),
  baseline,
});

describe('renderAnswer', () => {
  const template = '{pick leadTime.mean: faster | slower | no significant difference} ({diff leadTime.mean})';

  it('picks the first text when the CI of team − silo lies entirely below 0', () => {
    expect(renderAnswer(template, numbers({ mean: -210, ci95: [-220, -200] }), 'x.yaml')).toBe('faster (−3.5 h [−3.7 h, −3.3 h])');
  });

  it('picks the second text when the CI lies entirely above 0', () => {
    expect(renderAnswer(template, numbers({ mean: 90, ci95: [60, 120] }), 'x.yaml')).toBe('slower (+1.5 h [+1.0 h, +2.0 h])');
  });

  it('picks the third text when the CI contains 0, even if the mean is far from 0', () => {
    expect(renderAnswer(template, numbers({ mean: -100, ci95: [-210, 10] }), 'x.yaml')).toBe(
      'no significant difference (−1.7 h [−3.5 h, +10 min])',
    );
  });

  it("writes means in the metric's unit and share differences in percentage points", () => {
    const n = numbers({ mean: -210, ci95: [-220, -200] });
    n.difference.errorRate = { mean: -0.2, ci95: [-0.21, -0.19] };
    expect(renderAnswer('{team leadTime.mean} vs {silo leadTime.mean}, {silo errorRate}, {diff errorRate}', n, 'x.yaml')).toBe(
      '30 min vs 4.0 h, 20.0 %, −20.0 pp [−21.0 pp, −19.0 pp]',
    );
  });

  it('renders tokens nested in a picked text and joins continuation whitespace', () => {
    expect(
      renderAnswer(
        '{pick leadTime.mean: the team needs {team leadTime.mean}\n   on average | a | b}.',
        numbers({ mean: -1, ci95: [-2, -0.5] }),
        'x.yaml',
      ),
    ).toBe('the team needs 30 min on average.');
  });

  it('compares with the baseline scenario through {diff silo K} and {pick silo K: ...}', () => {
    const base = {
      silo: summary({ mean: 300, ci95: [290, 310] }),
      team: summary({ mean: 30, ci95: [29, 31] }),
      siloDifference: summary({ mean: -60, ci95: [-70, -50] }),
      teamDifference: summary({ mean: 0, ci95: [-1, 1] }),
    };
    expect(
      renderAnswer(
        '{pick silo leadTime.mean: shorter | longer | same} by {diff silo leadTime.mean}, was {base silo leadTime.mean}; team {pick team leadTime.mean: a | b | unchanged}',
        numbers({ mean: -210, ci95: [-220, -200] }, base),
        'x.yaml',
      ),
    ).toBe('shorter by −1.0 h [−1.2 h, −50 min], was 5.0 h; team unchanged');
  });

  it('names the file and the problem for an unknown token, a missing baseline or a pick without three texts', () => {
    const n = numbers({ mean: -1, ci95: [-2, -0.5] });
    expect(() => renderAnswer('{mean leadTime.mean}', n, 'x.yaml')).toThrow(/x\.yaml: answer: unknown token \{mean leadTime\.mean\}/);
    expect(() => renderAnswer('{diff silo leadTime.mean}', n, 'x.yaml')).toThrow(/needs a "# baseline: <scenario>" line/);
    expect(() => renderAnswer('{pick leadTime.mean: a | b}', n, 'x.yaml')).toThrow(/needs three texts/);
    expect(() => renderAnswer('{team leadTime.avg}', n, 'x.yaml')).toThrow(/unknown metric "leadTime\.avg"/);
  });
});

describe('readMetadata', () => {
  it('reads question, answer and baseline from the leading comments, continuation lines joined', () => {
    const text =
      '# Title\n#\n# question: Does it\n#   work?\n# answer: {pick leadTime.mean: a | b | c}\n# baseline: versicherung\n#\n# more prose\nname: x\n# question: ignored after the first YAML line\n';
    expect(readMetadata(text, 'x.yaml')).toEqual({
      question: 'Does it work?',
      answer: '{pick leadTime.mean: a | b | c}',
      baseline: 'versicherung',
    });
  });

  it('refuses a file without a question', () => {
    expect(() => readMetadata('# answer: a\nname: x\n', 'x.yaml')).toThrow('x.yaml: the leading comments need a "# question: ..." line');
  });
});

describe('crossoverSentence', () => {
  const point = (value: string, lead: Estimate): SweepPoint => ({
    value,
    result: { difference: summary(lead) } as unknown as CompareResult,
  });
  const spec = { parameter: 'cross-skill proficiency', walk: 'reversed' } as SweepSpec;
  const faster: Estimate = { mean: -200, ci95: [-210, -190] };

  it('says the team beats the silo across the whole range when every CI lies below 0', () => {
    expect(crossoverSentence(spec, [point('0.5', faster), point('1', faster)])).toBe(
      'The team beats the silo on mean lead time across the whole range of cross-skill proficiency (1 to 0.5).',
    );
  });

  it('names the first value, in walking order, where the team stops being significantly faster', () => {
    const points = [
      point('0.2', { mean: 900, ci95: [800, 1000] }),
      point('0.3', { mean: -20, ci95: [-60, 25] }),
      point('0.4', faster),
      point('1', faster),
    ];
    expect(crossoverSentence(spec, points)).toBe(
      'The team stops beating the silo on mean lead time at cross-skill proficiency 0.3 ' +
        '(team − silo −20 min [−1.0 h, +25 min]). Going from 1 to 0.2: the team is faster from 1 to 0.4; ' +
        'there is no significant difference at 0.3; the team is slower at 0.2.',
    );
  });
});

describe('crossSkillPaths', () => {
  it('lists every team member proficiency below 1, not the own specialities and not the silo', () => {
    const text = [
      'organisations:',
      '  silo: { departments: [{ id: a, skills: [x], staff: 1 }] }',
      '  team:',
      '    teams:',
      '      - id: t',
      '        members:',
      '          - { count: 2, skills: { x: 1.0, y: 0.6 } }',
      '          - { count: 1, skills: { y: 1, x: 0.5, z: 0.3 } }',
    ].join('\n');
    expect(crossSkillPaths(text)).toEqual([
      'organisations.team.teams.0.members.0.skills.y',
      'organisations.team.teams.0.members.1.skills.x',
      'organisations.team.teams.0.members.1.skills.z',
    ]);
  });
});
