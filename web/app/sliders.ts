// The what-if sliders: which scenario fields they move, their ranges and starting values,
// and the overrides (`path=value`, as `--set` takes them) a position stands for. A slider
// whose field is written in a form it cannot move faithfully (a uniform delay, say) is
// left out rather than changing the distribution's shape.
import { tryDuration, tryRate } from '../../src/index.js';
import type { Override } from '../worker/protocol.js';
import type { StringKey } from '../i18n/index.js';

export type SliderUnit = 'perHour' | 'count' | 'minutes' | 'share' | 'proficiency';

export interface SliderDef {
  id: string;
  group: 'arrivals' | 'silo' | 'team';
  label: StringKey;
  /** A unit's name shown next to the label (department; for members the skill they bring). */
  detail: string;
  /** Sliders of one kind are listed under a heading: members by team (the team's name). */
  section: string;
  /** Members only: no single main skill (several share the top proficiency). */
  generalist?: boolean;
  unit: SliderUnit;
  min: number;
  max: number;
  step: number;
  initial: number;
  overrides(value: number): Override[];
}

type Data = Record<string, unknown>;
const obj = (v: unknown): Data | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const round = (v: number, step: number): number => Number((Math.round(v / step) * step).toFixed(10));
/** Numbers as override values: no float noise like 0.30000000000000004. */
const num = (v: number): string => String(Number(v.toPrecision(12)));

/** A slider over a duration or a distribution's mean, when the field allows one. */
function meanSlider(
  base: Omit<SliderDef, 'initial' | 'overrides' | 'min' | 'max' | 'step'>,
  path: string,
  value: unknown,
  max: number,
  step: number,
): SliderDef | null {
  const constant = tryDuration(value);
  const d = obj(value);
  const mean = d && 'mean' in d ? tryDuration(d.mean) : null;
  if (constant !== null) {
    return { ...base, min: 0, max: Math.max(max, constant * 2), step, initial: constant, overrides: (v) => [{ path, value: num(v) }] };
  }
  if (mean !== null) {
    return {
      ...base,
      min: step,
      max: Math.max(max, mean * 2),
      step,
      initial: mean,
      overrides: (v) => [{ path: `${path}.mean`, value: num(Math.max(step, v)) }],
    };
  }
  return null;
}

export function sliderDefs(data: Data): SliderDef[] {
  const defs: SliderDef[] = [];
  const arrivals = obj(data.arrivals);
  const rate = arrivals ? tryRate(arrivals.rate) : null;
  if (rate !== null) {
    const perHour = rate * 60;
    defs.push({
      id: 'rate',
      group: 'arrivals',
      label: 'slider.rate',
      detail: '',
      section: '',
      unit: 'perHour',
      min: 0.5,
      max: Math.max(2, Math.ceil(perHour * 2)),
      step: 0.5,
      initial: perHour,
      overrides: (v) => [{ path: 'arrivals.rate', value: `${num(v)}/h` }],
    });
  }
  defs.push(absenceSlider(obj(data.absence)));
  const orgs = obj(data.organisations);
  const silo = obj(orgs?.silo);
  // A member's main skill reads as the Ampel department that does that work (as on the map).
  const skillName = new Map<string, string>();
  for (const raw of list(silo?.departments)) {
    const d = obj(raw);
    const skills = list(d?.skills).filter((x): x is string => typeof x === 'string');
    for (const sk of skills)
      if (!skillName.has(sk))
        skillName.set(sk, skills.length === 1 ? String(d?.label ?? d?.id ?? sk) : `${String(d?.label ?? d?.id)}: ${sk}`);
  }
  if (silo) {
    const intake = obj(silo.intake);
    if (intake && typeof intake.staff === 'number') {
      const staff = intake.staff;
      defs.push({
        id: 'staff.intake',
        group: 'silo',
        label: 'slider.staff',
        detail: 'intake',
        section: '',
        unit: 'count',
        min: 1,
        max: Math.max(staff * 2, staff + 4),
        step: 1,
        initial: staff,
        overrides: (v) => [{ path: 'organisations.silo.intake.staff', value: num(v) }],
      });
    }
    list(silo.departments).forEach((raw, i) => {
      const d = obj(raw);
      if (!d || typeof d.staff !== 'number') return;
      const staff = d.staff;
      defs.push({
        id: `staff.${i}`,
        group: 'silo',
        label: 'slider.staff',
        detail: String(d.label ?? d.id ?? i),
        section: '',
        unit: 'count',
        min: 1,
        max: Math.max(staff * 2, staff + 4),
        step: 1,
        initial: staff,
        overrides: (v) => [{ path: `organisations.silo.departments.${i}.staff`, value: num(v) }],
      });
    });
    const handoff = obj(silo.handoff) ?? {};
    const delay = meanSlider(
      { id: 'delay', group: 'silo', label: 'slider.delay', detail: '', section: '', unit: 'minutes' },
      'organisations.silo.handoff.delay',
      handoff.delay ?? 0,
      240,
      5,
    );
    if (delay) defs.push(delay);
    const pickup = tryDuration(handoff.pickup ?? 0);
    if (pickup !== null) {
      defs.push({
        id: 'pickup',
        group: 'silo',
        label: 'slider.pickup',
        detail: '',
        section: '',
        unit: 'minutes',
        min: 0,
        max: Math.max(480, pickup * 2),
        step: 15,
        initial: pickup,
        overrides: (v) => [{ path: 'organisations.silo.handoff.pickup', value: num(v) }],
      });
    }
    const loss = typeof handoff.infoLoss === 'number' ? handoff.infoLoss : 0;
    defs.push({
      id: 'infoLoss',
      group: 'silo',
      label: 'slider.infoLoss',
      detail: '',
      section: '',
      unit: 'share',
      min: 0,
      max: 0.5,
      step: 0.01,
      initial: loss,
      overrides: (v) => [{ path: 'organisations.silo.handoff.infoLoss', value: num(v) }],
    });
  }
  const team = obj(orgs?.team);
  if (team) {
    const cross: string[] = [];
    const crossValues: number[] = [];
    list(team.teams).forEach((rawTeam, i) => {
      const tm = obj(rawTeam);
      list(tm?.members).forEach((rawGroup, j) => {
        const g = obj(rawGroup);
        if (!g || typeof g.count !== 'number') return;
        const skills = obj(g.skills) ?? {};
        const ranked = Object.entries(skills).sort((a, b) => Number(b[1]) - Number(a[1]));
        const best = ranked[0]?.[0] ?? '';
        const generalist = ranked.length > 1 && ranked[1][1] === ranked[0][1];
        const count = g.count;
        defs.push({
          id: `members.${i}.${j}`,
          group: 'team',
          label: 'slider.members',
          detail: skillName.get(best) ?? best,
          section: String(tm?.label ?? tm?.id ?? i),
          generalist,
          unit: 'count',
          min: 1,
          max: Math.max(count * 2, count + 4),
          step: 1,
          initial: count,
          overrides: (v) => [{ path: `organisations.team.teams.${i}.members.${j}.count`, value: num(v) }],
        });
        for (const [skill, p] of Object.entries(skills)) {
          if (typeof p === 'number' && p < 1 && !skill.includes('.')) {
            cross.push(`organisations.team.teams.${i}.members.${j}.skills.${skill}`);
            crossValues.push(p);
          }
        }
      });
    });
    if (cross.length > 0) {
      const initial = round(crossValues.reduce((a, b) => a + b, 0) / crossValues.length, 0.05);
      defs.push({
        id: 'proficiency',
        group: 'team',
        label: 'slider.proficiency',
        detail: '',
        section: '',
        unit: 'proficiency',
        min: 0.1,
        max: 1,
        step: 0.05,
        initial,
        overrides: (v) => cross.map((path) => ({ path, value: num(v) })),
      });
    }
    const coordination = typeof team.coordination === 'number' ? team.coordination : 0;
    defs.push({
      id: 'coordination',
      group: 'team',
      label: 'slider.coordination',
      detail: '',
      section: '',
      unit: 'share',
      min: 0,
      max: 0.5,
      step: 0.01,
      initial: coordination,
      overrides: (v) => [{ path: 'organisations.team.coordination', value: num(v) }],
    });
  }
  return defs;
}

/**
 * The top-level absence share (docs/model.md#absences), for everyone in both organisations.
 * A scenario without absences gets them with the default length of one absence
 * (exponential, 3 days on average); a unit with an absence of its own keeps it.
 */
function absenceSlider(absence: Data | null): SliderDef {
  const share = typeof absence?.share === 'number' ? absence.share : 0;
  return {
    id: 'absence',
    group: 'arrivals',
    label: 'slider.absence',
    detail: '',
    section: '',
    unit: 'share',
    min: 0,
    max: Math.max(0.3, share),
    step: 0.01,
    initial: share,
    overrides: (v) => [{ path: 'absence.share', value: num(v) }],
  };
}

/** The overrides for the current positions: only sliders moved away from their start count. */
export function overridesFor(defs: readonly SliderDef[], values: ReadonlyMap<string, number>): Override[] {
  return defs.flatMap((d) => {
    const v = values.get(d.id);
    return v === undefined || v === d.initial ? [] : d.overrides(v);
  });
}

/**
 * Slider positions for a scenario after some overrides (a copied link): each slider reads
 * its field from the overridden data through a second set of definitions.
 */
export function positionsFrom(defs: readonly SliderDef[], overridden: readonly SliderDef[]): Map<string, number> {
  const now = new Map(overridden.map((d) => [d.id, d.initial]));
  return new Map(defs.map((d) => [d.id, now.get(d.id) ?? d.initial]));
}
