// Colours for concern types: Okabe–Ito (safe for the common colour-vision deficiencies),
// without vermillion and blue, which mark the two organisations. Shape and rings carry the
// error and failure-demand signals, so colour is never the only cue.
import type { Mode } from '../../src/index.js';

export const TYPE_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#CC79A7', '#8C8C8C', '#1A1A1A', '#FFFFFF'] as const;

export const ERROR_COLOUR = '#C00000';
/** Each organisation's colour (Okabe–Ito vermillion and blue, as in the charts' CSS). */
export const MODE_COLOURS: Record<Mode, string> = { silo: '#D55E00', team: '#0072B2' };

/**
 * Colours of skills (the bars under each team member): dark tones of Paul Tol's palettes, so
 * they do not read as the bright concern-type colours of the tokens. Always with a label.
 */
export const SKILL_COLOURS = ['#332288', '#882255', '#999933', '#117733', '#661100', '#6699CC', '#AA4499', '#44AA99'] as const;

export function skillColour(i: number): string {
  return SKILL_COLOURS[i % SKILL_COLOURS.length];
}

export function typeColour(type: number): string {
  return type < 0 ? '#BBBBBB' : TYPE_COLOURS[type % TYPE_COLOURS.length];
}

/** A diamond marks failure demand (a customer coming back); a circle a first contact. */
export const TOKEN_RADIUS = 12;
/** Distance between neighbouring tokens in a line (queue, waiting place). */
export const TOKEN_STEP = 28;

export function tokenPath(returning: boolean, r = TOKEN_RADIUS): string {
  if (returning) {
    const d = r * 1.3;
    return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
  }
  return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
}
