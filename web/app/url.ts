// The page's address as settings: ?scenario=<name>&seed=N&lang=de&set=path=value…, and for a
// scenario loaded from a file its text in the fragment (#file=…&text=<base64url>), so a
// copied link restores what was on the projector.
import type { Override } from '../worker/protocol.js';

export interface UrlSettings {
  scenario: string | null;
  seed: number | null;
  lang: string | null;
  overrides: Override[];
  /** A scenario that was loaded from a file. */
  inline: { file: string; text: string } | null;
}

/** Longest inline text a link carries (browsers and chat tools cut long URLs). */
export const MAX_INLINE = 16_000;

export function parseSeed(raw: string | null): number | null {
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 0xffffffff ? n : null;
}

export function readUrl(search: string, hash: string): UrlSettings {
  const q = new URLSearchParams(search);
  const overrides: Override[] = [];
  for (const set of q.getAll('set')) {
    const eq = set.indexOf('=');
    if (eq > 0) overrides.push({ path: set.slice(0, eq), value: set.slice(eq + 1) });
  }
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const text = h.get('text');
  let inline: UrlSettings['inline'] = null;
  if (text !== null && text.length <= (MAX_INLINE * 4) / 3 + 4) {
    try {
      inline = { file: h.get('file') ?? 'scenario.yaml', text: fromBase64Url(text) };
    } catch {
      inline = null;
    }
  }
  return { scenario: q.get('scenario'), seed: parseSeed(q.get('seed')), lang: q.get('lang'), overrides, inline };
}

export function writeUrl(s: UrlSettings): { search: string; hash: string } {
  const q = new URLSearchParams();
  if (s.scenario && !s.inline) q.set('scenario', s.scenario);
  if (s.seed !== null) q.set('seed', String(s.seed));
  if (s.lang) q.set('lang', s.lang);
  for (const o of s.overrides) q.append('set', `${o.path}=${o.value}`);
  let hash = '';
  if (s.inline && s.inline.text.length <= MAX_INLINE) {
    const h = new URLSearchParams({ file: s.inline.file, text: toBase64Url(s.inline.text) });
    hash = `#${h.toString()}`;
  }
  const search = q.toString();
  return { search: search ? `?${search}` : '', hash };
}

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
