// The engine's messages (scenario issues and warnings) worded by the page: one template per
// stable code and language, filled from the issue's params and its field path. The CLI keeps
// printing the engine's own English message; the page words both languages itself, so a
// German room never reads an English sentence.
import { ISSUE_CODES, type IssueParams } from '../../src/index.js';
import { formatNumber } from './index.js';
import type { Lang } from './strings.js';

export type IssueCode = (typeof ISSUE_CODES)[number];

/** What a template gets: the params, the field path as written, and number formatting. */
interface Ctx {
  p: IssueParams;
  /** The field path (`organisations.silo.departments.0.staff`), or '' for the whole file. */
  field: string;
  num(v: unknown, digits?: number): string;
}

type Template = (c: Ctx) => string;

const str = (v: unknown): string => (v === undefined ? '' : String(v));
/** `"x"` in English quotes, `„x“` in German ones. */
const q = (lang: Lang, v: unknown): string => (lang === 'de' ? `„${str(v)}“` : `"${str(v)}"`);
const at = (lang: Lang, field: string): string => (field === '' ? '' : lang === 'de' ? ` bei ${field}` : ` at ${field}`);

function unitName(lang: Lang, p: IssueParams): string {
  const id = q(lang, p.unit);
  switch (p.unitKind) {
    case 'intake':
      return lang === 'de' ? 'Der Eingang' : 'The intake';
    case 'department':
      return lang === 'de' ? `Die Abteilung ${id}` : `Department ${id}`;
    case 'team':
      return lang === 'de' ? `Das Team ${id}` : `Team ${id}`;
    default:
      return lang === 'de' ? `Die Teams ${str(p.unit)}` : `The teams ${str(p.unit)}`;
  }
}

const DE: Record<IssueCode, Template> = {
  TOO_LARGE: (c) => `Der Wert${at('de', c.field)} ist zu groß (oder die Datei größer als 1 MB).`,
  NOT_FINITE: (c) => `Der Wert${at('de', c.field)} muss eine endliche Zahl sein.`,
  YAML_SYNTAX: () => 'Der Text ist kein gültiges YAML (oder ein Schlüssel steht zweimal in einer Zuordnung).',
  YAML_ALIAS_LIMIT: () => 'Die Datei verwendet zu viele YAML-Aliase (höchstens 1000 Auflösungen).',
  UNKNOWN_KEY: (c) =>
    `Unbekannter Schlüssel ${q('de', c.p.key)}${c.p.suggestion ? ` (gemeint: ${q('de', c.p.suggestion)}?)` : ''}${at('de', c.field)}.`,
  MISSING: (c) => `Hier fehlt eine Angabe${at('de', c.field)}${c.p.options ? ` (eine von: ${str(c.p.options)})` : ''}.`,
  INVALID_TYPE: (c) => `Der Wert${at('de', c.field)} hat die falsche Art (z. B. Text statt Zahl).`,
  INVALID_VALUE: (c) => `Diese Option gibt es nicht${at('de', c.field)}${c.p.options ? `; erlaubt: ${str(c.p.options)}` : ''}.`,
  INVALID_DURATION: (c) => `Keine gültige Dauer${at('de', c.field)}: Minuten oder eine Zahl mit Einheit, z. B. „15m“ oder „1.5h“.`,
  INVALID_RATE: (c) => `Keine gültige Rate${at('de', c.field)}: eine Zahl pro Minute oder z. B. „12/h“, „90/d“.`,
  NEGATIVE_VALUE: (c) => `Der Wert${at('de', c.field)} darf nicht negativ sein.`,
  TOO_SMALL: (c) => `Der Wert${at('de', c.field)} ist zu klein oder leer.`,
  NOT_INTEGER: (c) => `Der Wert${at('de', c.field)} muss eine ganze Zahl sein.`,
  STAFF_TOO_SMALL: (c) => `Die Zahl der Personen${at('de', c.field)} muss mindestens 1 sein.`,
  NON_POSITIVE_MEAN: (c) => `Der Mittelwert${at('de', c.field)} muss größer als 0 sein.`,
  NON_POSITIVE_RATE: (c) => `Die Ankunftsrate${at('de', c.field)} muss größer als 0 sein.`,
  NON_POSITIVE_SHARE: (c) => `Der Anteil${at('de', c.field)} muss größer als 0 sein.`,
  PROBABILITY_RANGE: (c) => `Eine Wahrscheinlichkeit${at('de', c.field)} liegt zwischen 0 und 1.`,
  PROFICIENCY_RANGE: (c) => `Ein Können${at('de', c.field)} liegt zwischen 0,001 und 1.`,
  COORDINATION_RANGE: (c) => `Der Abstimmungsanteil${at('de', c.field)} liegt zwischen 0 und 0,99.`,
  INVALID_PARAMETER: (c) => `Die Parameter der Verteilung${at('de', c.field)} passen nicht zusammen (z. B. min größer als max).`,
  ZERO_DELAY: (c) => `Die Verzögerung der Wiederkehr${at('de', c.field)} kann 0 sein: Kunden kämen ohne Zeitablauf endlos wieder.`,
  HEADCOUNT_LIMIT: (c) =>
    `${c.p.per === 'team' ? `Das Team ${q('de', c.p.unit)}` : `Die Organisation ${q('de', c.p.unit)}`} hat ${c.num(c.p.count, 0)} Personen, erlaubt sind höchstens ${c.num(c.p.max, 0)}.`,
  SKILL_LIMIT: (c) => `Ein Szenario darf höchstens ${c.num(c.p.max, 0)} verschiedene Fähigkeiten nennen${at('de', c.field)}.`,
  CONTROL_CHARACTER: (c) => `Ein Name oder Text${at('de', c.field)} enthält ein Steuerzeichen.`,
  RESERVED_NAME: (c) => `Der Name ${q('de', c.p.name)} ist reserviert${at('de', c.field)}.`,
  CONFLICTING_KEYS: (c) => `Bitte entweder rate oder interarrival angeben, nicht beides${at('de', c.field)}.`,
  DUPLICATE_ID: (c) => `Die Kennung ${q('de', c.p.id)} kommt zweimal vor${at('de', c.field)}.`,
  UNKNOWN_TASK: (c) => `„after“ nennt die Aufgabe ${q('de', c.p.task)}, die das Anliegen ${q('de', c.p.concern)} nicht hat.`,
  DEPENDENCY_CYCLE: (c) => `Aufgaben warten im Kreis aufeinander: ${str(c.p.cycle)}.`,
  UNKNOWN_SKILL: (c) =>
    c.p.organisation === 'team'
      ? `Kein Teammitglied hat die Fähigkeit ${q('de', c.p.skill)}.`
      : `Keine Abteilung der Ampel-Organisation hat die Fähigkeit ${q('de', c.p.skill)}.`,
  TEAM_LACKS_SKILL: (c) =>
    `Im Team ${q('de', c.p.team)} kann niemand ${str(c.p.skills)}${Number(c.p.more) > 0 ? ` und ${c.num(c.p.more, 0)} weitere Fähigkeiten` : ''}: solche Anliegen würden nie fertig.`,
  MISSING_ORGANISATION: (c) =>
    c.p.organisation
      ? `Die Organisation organisations.${str(c.p.organisation)} fehlt in der Datei.`
      : 'Die Datei beschreibt keine Organisation (organisations.silo oder organisations.team).',
  WARMUP_NOT_BEFORE_HORIZON: () => 'Die Einschwingzeit muss vor dem Simulationsende enden, sonst wird nichts gemessen.',
  UNKNOWN_OVERRIDE_PATH: (c) => `Die Einstellung ${c.field ? q('de', c.field) : ''} bezeichnet kein Feld des Szenarios.`,
  OVERRIDE_INDEX: (c) => `Die Einstellung ${q('de', c.field)} zeigt auf einen Listeneintrag, den es nicht gibt.`,
  INVALID_OVERRIDE_VALUE: (c) => `Der Wert der Einstellung ${q('de', c.field)} ist kein lesbares YAML.`,
  TOO_MANY_ISSUES: (c) => `${c.num(c.p.count, 0)} weitere Probleme sind nicht aufgeführt (höchstens ${c.num(c.p.max, 0)}).`,
  HEADCOUNT_DIFFERS: (c) =>
    `Die Ampel hat ${c.num(c.p.silo, 0)} Personen, der Kreisverkehr ${c.num(c.p.team, 0)}: Der Vergleich misst auch den Unterschied an Personal.`,
  OVERLOAD: (c) =>
    `${unitName('de', c.p)} bekommt mehr Arbeit, als die Leute schaffen: Auslastung ${c.num(c.p.utilisation, 2)} (${c.num(c.p.load, 2)} Personen Arbeit für ${c.num(c.p.people, 0)}). Die Warteschlange wächst die ganze Zeit.`,
  YAML_WARNING: () => 'Der YAML-Leser hat einen Hinweis zu dieser Stelle.',
  INVALID_HOURS: (c) =>
    `Keine gültigen Arbeitszeiten${at('de', c.field)}: z. B. „mon-fri 08:00-17:00“ (und sie müssen irgendwann offen sein).`,
  NO_ARRIVALS: (c) => `Das Ankunftsprofil${at('de', c.field)} hat nie eine Ankunft: Mindestens ein Eintrag braucht eine Rate über 0.`,
  ABSENCE_SHARE_RANGE: (c) => `Der Abwesenheitsanteil${at('de', c.field)} liegt außerhalb des erlaubten Bereichs (ab 0).`,
};

const EN: Record<IssueCode, Template> = {
  TOO_LARGE: (c) => `The value${at('en', c.field)} is too large (or the file is over 1 MB).`,
  NOT_FINITE: (c) => `The value${at('en', c.field)} must be a finite number.`,
  YAML_SYNTAX: () => 'The text is not valid YAML (or a key appears twice in one mapping).',
  YAML_ALIAS_LIMIT: () => 'The file uses too many YAML aliases (at most 1000 expansions).',
  UNKNOWN_KEY: (c) =>
    `Unknown key ${q('en', c.p.key)}${c.p.suggestion ? ` (did you mean ${q('en', c.p.suggestion)}?)` : ''}${at('en', c.field)}.`,
  MISSING: (c) => `A value is missing${at('en', c.field)}${c.p.options ? ` (one of: ${str(c.p.options)})` : ''}.`,
  INVALID_TYPE: (c) => `The value${at('en', c.field)} has the wrong kind (text instead of a number, say).`,
  INVALID_VALUE: (c) => `No such option${at('en', c.field)}${c.p.options ? `; allowed: ${str(c.p.options)}` : ''}.`,
  INVALID_DURATION: (c) => `Not a valid duration${at('en', c.field)}: minutes, or a number with a unit such as "15m" or "1.5h".`,
  INVALID_RATE: (c) => `Not a valid rate${at('en', c.field)}: a number per minute, or e.g. "12/h", "90/d".`,
  NEGATIVE_VALUE: (c) => `The value${at('en', c.field)} cannot be negative.`,
  TOO_SMALL: (c) => `The value${at('en', c.field)} is too small or empty.`,
  NOT_INTEGER: (c) => `The value${at('en', c.field)} must be a whole number.`,
  STAFF_TOO_SMALL: (c) => `The number of people${at('en', c.field)} must be at least 1.`,
  NON_POSITIVE_MEAN: (c) => `The mean${at('en', c.field)} must be above 0.`,
  NON_POSITIVE_RATE: (c) => `The arrival rate${at('en', c.field)} must be above 0.`,
  NON_POSITIVE_SHARE: (c) => `The share${at('en', c.field)} must be above 0.`,
  PROBABILITY_RANGE: (c) => `A probability${at('en', c.field)} lies from 0 to 1.`,
  PROFICIENCY_RANGE: (c) => `A proficiency${at('en', c.field)} lies from 0.001 to 1.`,
  COORDINATION_RANGE: (c) => `The coordination share${at('en', c.field)} lies from 0 to 0.99.`,
  INVALID_PARAMETER: (c) => `The distribution's parameters${at('en', c.field)} do not fit together (min above max, say).`,
  ZERO_DELAY: (c) => `The return delay${at('en', c.field)} can be 0: customers could come back for ever without the clock moving.`,
  HEADCOUNT_LIMIT: (c) =>
    `${c.p.per === 'team' ? `Team ${q('en', c.p.unit)}` : `The ${str(c.p.unit)} organisation`} has ${c.num(c.p.count, 0)} people; at most ${c.num(c.p.max, 0)} are allowed.`,
  SKILL_LIMIT: (c) => `A scenario may name at most ${c.num(c.p.max, 0)} different skills${at('en', c.field)}.`,
  CONTROL_CHARACTER: (c) => `A name or text${at('en', c.field)} holds a control character.`,
  RESERVED_NAME: (c) => `The name ${q('en', c.p.name)} is reserved${at('en', c.field)}.`,
  CONFLICTING_KEYS: (c) => `Give either rate or interarrival, not both${at('en', c.field)}.`,
  DUPLICATE_ID: (c) => `The id ${q('en', c.p.id)} is used twice${at('en', c.field)}.`,
  UNKNOWN_TASK: (c) => `"after" names the task ${q('en', c.p.task)}, which concern ${q('en', c.p.concern)} does not have.`,
  DEPENDENCY_CYCLE: (c) => `Tasks wait for each other in a circle: ${str(c.p.cycle)}.`,
  UNKNOWN_SKILL: (c) =>
    c.p.organisation === 'team'
      ? `No team member has the skill ${q('en', c.p.skill)}.`
      : `No department of the traffic-light organisation has the skill ${q('en', c.p.skill)}.`,
  TEAM_LACKS_SKILL: (c) =>
    `Nobody in team ${q('en', c.p.team)} can do ${str(c.p.skills)}${Number(c.p.more) > 0 ? ` and ${c.num(c.p.more, 0)} more skills` : ''}: such concerns would never finish.`,
  MISSING_ORGANISATION: (c) =>
    c.p.organisation
      ? `The file has no organisations.${str(c.p.organisation)}.`
      : 'The file describes no organisation (organisations.silo or organisations.team).',
  WARMUP_NOT_BEFORE_HORIZON: () => 'The warm-up must end before the horizon, or nothing is measured.',
  UNKNOWN_OVERRIDE_PATH: (c) => `The setting ${c.field ? q('en', c.field) : ''} names no field of the scenario.`,
  OVERRIDE_INDEX: (c) => `The setting ${q('en', c.field)} points at a list entry that does not exist.`,
  INVALID_OVERRIDE_VALUE: (c) => `The value of the setting ${q('en', c.field)} is not readable YAML.`,
  TOO_MANY_ISSUES: (c) => `${c.num(c.p.count, 0)} more problems are not listed (at most ${c.num(c.p.max, 0)} are).`,
  HEADCOUNT_DIFFERS: (c) =>
    `The traffic light has ${c.num(c.p.silo, 0)} people, the roundabout ${c.num(c.p.team, 0)}: the comparison also measures the difference in people.`,
  OVERLOAD: (c) =>
    `${unitName('en', c.p)} is offered more work than its people can do: utilisation ${c.num(c.p.utilisation, 2)} (${c.num(c.p.load, 2)} people's worth of work for ${c.num(c.p.people, 0)}). Its queue grows for the whole run.`,
  YAML_WARNING: () => 'The YAML reader has a remark about this place.',
  INVALID_HOURS: (c) => `Not valid working hours${at('en', c.field)}: e.g. "mon-fri 08:00-17:00" (and they must open at some time).`,
  NO_ARRIVALS: (c) => `The arrival profile${at('en', c.field)} never has an arrival: at least one entry needs a rate above 0.`,
  ABSENCE_SHARE_RANGE: (c) => `The share of time away${at('en', c.field)} is outside the allowed range (from 0).`,
};

export const ENGINE_MESSAGES: Record<Lang, Record<IssueCode, Template>> = { de: DE, en: EN };

const isCode = (code: string): code is IssueCode => (ISSUE_CODES as readonly string[]).includes(code);

/**
 * An engine message in the page's language. A code the page does not know (a zod check no
 * rule translates) keeps the engine's English message, marked with its code.
 */
export function engineMessage(lang: Lang, m: { code: string; path: string; params?: IssueParams; message: string }): string {
  if (!isCode(m.code)) return `${m.code}: ${m.message}`;
  const num = (v: unknown, digits = 1): string => formatNumber(lang, Number(v), digits);
  return ENGINE_MESSAGES[lang][m.code]({ p: m.params ?? {}, field: m.path, num });
}
