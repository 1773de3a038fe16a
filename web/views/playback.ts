// Playback controls: restart, step back, play/pause, step forward, speed (log slider,
// 1–1000 simulated minutes per second), the simulated day and time, and a timeline.
import type { Playback } from '../app/playback.js';
import { formatSimTime, formatWeekTime, restart, sliderFromSpeed, speedFromSlider, step, togglePlay, type Clock } from '../replay/clock.js';
import { t, type Lang } from '../i18n/index.js';
import { el, setText } from './dom.js';
import { icon, type IconName } from './icons.js';

const SLIDER_STEPS = 1000;

/** `weekly`: the scenario has working hours or a weekly profile, so the clock reads "Mon 08:00". */
export function mountPlayback(root: HTMLElement, playback: Playback): { render(c: Clock, lang: Lang, weekly?: boolean): void } {
  const mk = (id: string, name: IconName) => el('button', { type: 'button', id, class: 'icon' }, [icon(name)]);
  const restartB = mk('restart', 'restart');
  const back = mk('step-back', 'back');
  const play = mk('play', 'play');
  const fwd = mk('step-forward', 'forward');
  const speedLabel = el('label', { for: 'speed' });
  const speed = el('input', { id: 'speed', type: 'range', min: 0, max: SLIDER_STEPS, step: 1 });
  const speedOut = el('output', { for: 'speed', class: 'speed-out' });
  const time = el('output', { id: 'sim-time', class: 'sim-time', 'aria-live': 'off' });
  const timeline = el('input', { id: 'timeline', type: 'range', min: 0, max: 1, step: 1 });

  restartB.addEventListener('click', () => playback.update(restart));
  back.addEventListener('click', () => playback.update((c) => step(c, -1)));
  fwd.addEventListener('click', () => playback.update((c) => step(c, 1)));
  play.addEventListener('click', () => playback.update(togglePlay));
  speed.addEventListener('input', () => playback.update((c) => ({ ...c, speed: speedFromSlider(Number(speed.value) / SLIDER_STEPS) })));
  timeline.addEventListener('input', () => playback.update((c) => ({ ...c, t: Number(timeline.value) })));

  root.append(
    el('div', { class: 'buttons' }, [restartB, back, play, fwd]),
    time,
    el('div', { class: 'speed' }, [speedLabel, speed, speedOut]),
    el('label', { class: 'timeline' }, [timeline]),
  );

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Space on a focused button already clicks it; arrows belong to sliders and fields.
    if (target?.closest('input, select, textarea, button, [contenteditable]')) return;
    if (e.key === ' ') {
      e.preventDefault();
      playback.update(togglePlay);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      playback.update((c) => step(c, 1));
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      playback.update((c) => step(c, -1));
    }
  });

  let lastLang: Lang | null = null;
  return {
    render(c, lang, weekly = false) {
      if (lang !== lastLang) {
        restartB.title = t(lang, 'restart');
        back.title = t(lang, 'stepBack');
        fwd.title = t(lang, 'stepForward');
        for (const b of [restartB, back, fwd]) b.setAttribute('aria-label', b.title);
        setText(speedLabel, t(lang, 'speed'));
        timeline.setAttribute('aria-label', t(lang, 'timeline'));
        lastLang = lang;
      }
      if (play.dataset.icon !== String(c.playing)) {
        play.replaceChildren(icon(c.playing ? 'pause' : 'play'));
        play.dataset.icon = String(c.playing);
      }
      const playLabel = t(lang, c.playing ? 'pause' : 'play');
      if (play.title !== playLabel) {
        play.title = playLabel;
        play.setAttribute('aria-label', playLabel);
      }
      if (play.getAttribute('aria-pressed') !== String(c.playing)) play.setAttribute('aria-pressed', String(c.playing));
      const position = String(Math.round(sliderFromSpeed(c.speed) * SLIDER_STEPS));
      if (document.activeElement !== speed && speed.value !== position) speed.value = position;
      setText(speedOut, `${c.speed} ${t(lang, 'speedUnit')}`);
      setText(time, weekly ? formatWeekTime(c.t, lang) : formatSimTime(c.t, lang));
      const minute = String(Math.floor(c.t));
      if (time.dataset.minute !== minute) time.dataset.minute = minute;
      if (timeline.max !== String(Math.round(c.horizon))) timeline.max = String(Math.round(c.horizon));
      if (document.activeElement !== timeline && timeline.value !== String(Math.round(c.t))) timeline.value = String(Math.round(c.t));
    },
  };
}
