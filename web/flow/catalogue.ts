// What the scenario picker shows: each scenario's title and the question it answers, in the
// room's language. A shipped scenario's question is written below in German and English; a
// loaded file shows its `name:` and the `# question:` comment at its top (the form the
// shipped files use), or its file name when it has neither.
import type { Lang } from '../i18n/index.js';

interface Entry {
  title: Record<Lang, string>;
  question: Record<Lang, string>;
}

const SHIPPED: Record<string, Entry> = {
  versicherung: {
    title: { de: 'Versicherung: Umzug und Leistungsfrage', en: 'Insurance: a move and a benefit question' },
    question: {
      de: 'Dieselben sieben Personen, dieselben Kunden: Werden Anliegen schneller und mit weniger Fehlern gelöst, wenn crossfunktionale Teams sie ganz übernehmen, als wenn Abteilungen sie weiterreichen?',
      en: 'The same seven people, the same customers: are concerns resolved faster and with fewer errors when cross-functional teams own them end to end than when departments pass them on?',
    },
  },
  'versicherung-mehr-personal': {
    title: { de: 'Versicherung: mehr Personal im Silo', en: 'Insurance: more staff in the silo' },
    question: {
      de: 'Hilft Einstellen? Ist die Ampel mit drei Personen mehr (zehn statt sieben) so schnell wie das Team mit sieben, und macht sie weniger Fehler?',
      en: 'Does hiring fix the silo? With three more people (ten instead of seven), is it as fast as the seven-person team, and does it make fewer errors?',
    },
  },
  'versicherung-lokale-ziele': {
    title: { de: 'Versicherung: lokale Ziele (kürzeste Arbeit zuerst)', en: 'Insurance: local goals (shortest work first)' },
    question: {
      de: 'Was passiert, wenn jede Abteilung ihr eigenes Ziel verfolgt und die schnellste Arbeit zuerst erledigt statt der ältesten?',
      en: 'What happens when every department pursues its own goal and takes the quickest item first instead of the oldest?',
    },
  },
  'versicherung-led-ampel': {
    title: {
      de: 'Versicherung: LED-Ampel (schnellere Übergaben im Silo)',
      en: 'Insurance: LED traffic light (faster handoffs in the silo)',
    },
    question: {
      de: 'Reicht „Touchpoint-Kosmetik“? Holt die Ampel das Team ein, wenn die Hauspost durch einen elektronischen Eingang ersetzt wird, der alle Viertelstunde geleert wird?',
      en: 'Is touchpoint cosmetics enough? Does the silo catch up when the internal mail becomes an electronic inbox emptied every quarter of an hour?',
    },
  },
  lastspitze: {
    title: { de: 'Lastspitze: Versicherung in der Spitzenzeit', en: 'Peak load: insurance in the busy weeks' },
    question: {
      de: 'Was passiert nahe der Kapazitätsgrenze? Zwölf statt zehn Anliegen pro Stunde: Welche Organisation fängt die Spitze ab?',
      en: 'What happens close to capacity? Twelve concerns an hour instead of ten: which organisation absorbs the peak?',
    },
  },
  'team-ohne-querkompetenz': {
    title: { de: 'Team ohne Querkompetenz', en: 'Teams without cross-skills' },
    question: {
      de: 'Gewinnt der Kreisverkehr noch, wenn den Teams das Können fehlt? Jedes Mitglied arbeitet im Zweitfach mit 30 % Tempo, ein Fünftel der Zeit geht in Abstimmung.',
      en: 'Does the roundabout still win when the teams lack the skills? Everyone works the other speciality at 30 % speed, and a fifth of the time goes into coordination.',
    },
  },
  'telekom-servicedesk': {
    title: { de: 'Telekom: Servicedesk mit Störung, Rechnung und Vertrag', en: 'Telecom: service desk with outage, bill and contract' },
    question: {
      de: 'Bedient ein Second Level nach Fachgebiet (Technik, Abrechnung, Vertrag) hinter einer Hotline die Kundin schlechter als Serviceteams, die den Fall behalten?',
      en: 'Does a second level by speciality (technology, billing, contracts) behind a hotline serve the customer worse than service teams that own the case?',
    },
  },
  'bank-kontoeroeffnung': {
    title: {
      de: 'Bank: Kontoeröffnung mit Legitimation, Konto und Online-Zugang',
      en: 'Bank: account opening with identity check, account and online access',
    },
    question: {
      de: 'Ist eine Akte, die von Schreibtisch zu Schreibtisch wandert, langsamer als ein Team, das das Konto in einem Zug eröffnet?',
      en: 'Is a file that travels from desk to desk slower than a team that opens the account in one go?',
    },
  },
  'buergeramt-umzug': {
    title: { de: 'Bürgeramt: Umzug mit Parkausweis und Personalausweis', en: "Citizens' office: a move with parking permit and ID card" },
    question: {
      de: 'Sind drei Ämter mit Hauspost langsamer und fehleranfälliger als ein Bürgerbüro, in dem eine Person alles erledigt?',
      en: "Are three offices with internal mail slower and more error-prone than one citizens' office where one clerk does it all?",
    },
  },
};

/** The `name:` of a scenario file and the `# question:` comment block at its top, read without a YAML parser. */
export function describedIn(text: string): { name: string | null; question: string | null } {
  const name = /^name:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1] ?? null;
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#\s*question:/i.test(l));
  if (start < 0) return { name, question: null };
  const parts = [lines[start].replace(/^#\s*question:\s*/i, '')];
  for (const l of lines.slice(start + 1)) {
    if (!/^#\s{2,}\S/.test(l)) break;
    parts.push(l.replace(/^#\s+/, ''));
  }
  return { name, question: parts.join(' ').trim() || null };
}

/** Title and question of a scenario for the picker. */
export function scenarioInfo(
  lang: Lang,
  source: { name: string; file: string; text: string; shipped: boolean },
): { title: string; question: string | null } {
  const known = source.shipped ? SHIPPED[source.name] : undefined;
  if (known) return { title: known.title[lang], question: known.question[lang] };
  const own = describedIn(source.text);
  return { title: own.name ?? source.file, question: own.question };
}

/** Shipped scenarios the catalogue words (tests check that every shipped file is covered). */
export const CATALOGUED = Object.keys(SHIPPED);
