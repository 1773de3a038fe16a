// Which column of an export holds which field: --map column=field first, then the first
// header that matches a field's usual names (orgflow's tasks.csv and common ticket exports,
// English and German), compared without case, spaces or punctuation.
import { UsageError } from '../errors.js';

export const FIELDS = [
  'concern',
  'type',
  'task',
  'skill',
  'created',
  'started',
  'finished',
  'department',
  'assignee',
  // orgflow's tasks.csv: which piece a row is, its replication, its organisation.
  'piece',
  'replication',
  'mode',
] as const;
export type Field = (typeof FIELDS)[number];

const USUAL: Record<Field, string[]> = {
  concern: [
    'concern',
    'ticketid',
    'ticket',
    'ticketnumber',
    'ticketnr',
    'ticketnummer',
    'caseid',
    'case',
    'issuekey',
    'key',
    'vorgang',
    'vorgangsnummer',
    'fall',
    'id',
  ],
  type: ['type', 'concerntype', 'category', 'kategorie', 'issuetype', 'tickettyp', 'typ', 'anliegen'],
  task: ['task', 'step', 'activity', 'schritt', 'aufgabe', 'taetigkeit', 'tätigkeit', 'arbeitsschritt'],
  skill: ['skill', 'kompetenz', 'fachgebiet'],
  created: ['readyat', 'created', 'createdat', 'creationdate', 'opened', 'erstellt', 'angelegt', 'eingang', 'ready'],
  started: ['startedat', 'started', 'startdate', 'begonnen', 'beginn', 'start'],
  finished: [
    'finishedat',
    'finished',
    'resolved',
    'resolvedat',
    'closed',
    'closedat',
    'done',
    'erledigt',
    'abgeschlossen',
    'geschlossen',
    'ende',
    'end',
  ],
  department: ['unit', 'department', 'abteilung', 'assignmentgroup', 'group', 'gruppe', 'team', 'queue'],
  assignee: ['worker', 'assignee', 'bearbeiter', 'bearbeiterin', 'agent', 'owner', 'sachbearbeiter'],
  piece: ['piece'],
  replication: ['replication'],
  mode: ['mode'],
};

const REQUIRED: readonly Field[] = ['concern', 'started', 'finished'];

const squash = (name: string): string => name.toLowerCase().replace(/[\s_\-./#]/g, '');

export type ColumnMap = Partial<Record<Field, number>>;

/** One `column=field` of --map, as typed. */
export interface MapEntry {
  column: string;
  field: string;
}

export function parseMapEntry(text: string): MapEntry {
  const at = text.lastIndexOf('=');
  return at <= 0 ? { column: text, field: '' } : { column: text.slice(0, at).trim(), field: text.slice(at + 1).trim() };
}

export function resolveColumns(header: readonly string[], entries: readonly MapEntry[]): ColumnMap {
  const found = `the columns found are: ${header.map((h) => JSON.stringify(h)).join(', ')}`;
  const map: ColumnMap = {};
  for (const { column, field } of entries) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map ${column}=${field}: unknown field "${field}"; fields are ${FIELDS.join(', ')}`, 'see orgflow fit --help');
    }
    const index =
      header.findIndex((h) => h === column) >= 0
        ? header.findIndex((h) => h === column)
        : header.findIndex((h) => squash(h) === squash(column));
    if (index < 0) throw new UsageError(`--map ${column}=${field}: no column "${column}"; ${found}`, 'see orgflow fit --help');
    map[field as Field] = index;
  }
  const taken = new Set(Object.values(map));
  for (const field of FIELDS) {
    if (map[field] !== undefined) continue;
    for (const name of USUAL[field]) {
      const index = header.findIndex((h, i) => !taken.has(i) && squash(h) === name);
      if (index >= 0) {
        map[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  const missing = REQUIRED.filter((f) => map[f] === undefined);
  if (map.task === undefined && map.skill === undefined) missing.push('task');
  if (missing.length > 0) {
    throw new UsageError(
      `cannot tell which column holds ${missing.join(', ')}; name it with --map COLUMN=FIELD; ${found}`,
      'see orgflow fit --help',
    );
  }
  return map;
}
