// The playback clock shared by both panels: simulated minutes advance at `speed` simulated
// minutes per real second. Pure functions, so the loop, the keys and the tests agree.
import { WEEK_MINUTES, weekdayTime } from '../../src/index.js';
import { t as text, type Lang } from '../i18n/index.js';

export interface Clock {
  t: number;
  playing: boolean;
  /** Simulated minutes per real second (1 … 1000). */
  speed: number;
  horizon: number;
}

export const MIN_SPEED = 1;
export const MAX_SPEED = 1000;

export function createClock(horizon: number, speed = 60): Clock {
  return { t: 0, playing: false, speed: clampSpeed(speed), horizon };
}

export function clampSpeed(speed: number): number {
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

/** Advances a playing clock by `elapsedMs` of real time; it stops at the horizon. */
export function tick(c: Clock, elapsedMs: number): Clock {
  if (!c.playing || elapsedMs <= 0) return c;
  const t = Math.min(c.horizon, c.t + (c.speed * elapsedMs) / 1000);
  return { ...c, t, playing: t < c.horizon };
}

/** One step is what one real second shows at the current speed (at least a minute). */
export function step(c: Clock, direction: 1 | -1): Clock {
  const size = Math.max(1, Math.round(c.speed));
  return { ...c, playing: false, t: Math.min(c.horizon, Math.max(0, c.t + direction * size)) };
}

export function togglePlay(c: Clock): Clock {
  if (c.playing) return { ...c, playing: false };
  // Playing at the end starts again from the beginning.
  return { ...c, playing: true, t: c.t >= c.horizon ? 0 : c.t };
}

export function restart(c: Clock): Clock {
  return { ...c, t: 0 };
}

/** The log slider's position in [0, 1] for a speed, and back. */
export function sliderFromSpeed(speed: number): number {
  return Math.log10(clampSpeed(speed)) / Math.log10(MAX_SPEED);
}

export function speedFromSlider(position: number): number {
  const p = Math.min(1, Math.max(0, position));
  return clampSpeed(Math.round(10 ** (p * Math.log10(MAX_SPEED))));
}

/** "Tag 3, 10:45" / "Day 3, 10:45": day 1 starts at minute 0. */
export function formatSimTime(t: number, lang: Lang): string {
  const m = Math.max(0, Math.floor(t));
  const day = Math.floor(m / 1440) + 1;
  const hh = String(Math.floor((m % 1440) / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${lang === 'de' ? 'Tag' : 'Day'} ${day}, ${hh}:${mm}`;
}

/**
 * "Woche 2, Mo 08:00" / "Week 2, Mon 08:00" for a scenario with working hours or a weekly
 * profile: minute 0 is Monday 00:00 (docs/model.md#working-time), week 1 starts there.
 */
export function formatWeekTime(t: number, lang: Lang): string {
  const m = Math.max(0, Math.floor(t));
  const week = Math.floor(m / WEEK_MINUTES) + 1;
  return `${text(lang, 'week')} ${week}, ${weekdayTime(m, text(lang, 'dayLabels').split(' '))}`;
}
