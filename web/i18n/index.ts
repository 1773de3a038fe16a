// Language choice and lookup. German when the browser prefers German over English.
import { STRINGS, type Lang, type StringKey } from './strings.js';

export type { Lang, StringKey };

/** `?lang=` wins; otherwise the first of navigator.languages that is German or English. */
export function pickLanguage(preferred: readonly string[], param: string | null = null): Lang {
  if (param === 'de' || param === 'en') return param;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** Numbers as the audience reads them (decimal comma in German). */
export function formatNumber(lang: Lang, v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '–';
  return v.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A template with `{name}` placeholders filled in (unknown names stay as written). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
