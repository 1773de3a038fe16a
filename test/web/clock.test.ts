import { describe, expect, it } from 'vitest';
import { createClock, formatSimTime, restart, sliderFromSpeed, speedFromSlider, step, tick, togglePlay } from '../../web/replay/clock.js';

describe('playback clock', () => {
  it('tick advances a playing clock by speed × elapsed seconds', () => {
    const c = { ...createClock(10_000, 60), playing: true };
    expect(tick(c, 500).t).toBe(30);
    expect(tick(tick(c, 1000), 1000).t).toBe(120);
  });

  it('tick leaves a paused clock where it is', () => {
    const c = { ...createClock(10_000, 60), t: 42 };
    expect(tick(c, 1000)).toBe(c);
  });

  it('tick stops at the horizon and pauses there', () => {
    const c = { ...createClock(100, 1000), playing: true, t: 90 };
    const after = tick(c, 1000);
    expect(after.t).toBe(100);
    expect(after.playing).toBe(false);
  });

  it('step moves by one real second of the current speed and pauses', () => {
    const c = { ...createClock(1_000, 120), playing: true, t: 500 };
    expect(step(c, 1)).toMatchObject({ t: 620, playing: false });
    expect(step(c, -1)).toMatchObject({ t: 380, playing: false });
    expect(step({ ...c, t: 50 }, -1).t).toBe(0);
    expect(step({ ...c, t: 990 }, 1).t).toBe(1_000);
  });

  it('togglePlay at the end starts again from 0; restart keeps the play state', () => {
    const end = { ...createClock(100, 10), t: 100 };
    expect(togglePlay(end)).toMatchObject({ playing: true, t: 0 });
    expect(togglePlay({ ...end, t: 50, playing: true })).toMatchObject({ playing: false, t: 50 });
    expect(restart({ ...end, playing: true })).toMatchObject({ t: 0, playing: true });
  });

  it('the speed slider is logarithmic from 1× to 1000×', () => {
    expect(speedFromSlider(0)).toBe(1);
    expect(speedFromSlider(1 / 3)).toBe(10);
    expect(speedFromSlider(2 / 3)).toBe(100);
    expect(speedFromSlider(1)).toBe(1000);
    expect(speedFromSlider(2)).toBe(1000);
    for (const s of [1, 10, 60, 250, 1000]) expect(speedFromSlider(sliderFromSpeed(s))).toBe(s);
  });

  it('formatSimTime shows the simulated day and time: "Tag 3, 10:45"', () => {
    expect(formatSimTime(2 * 1440 + 10 * 60 + 45, 'de')).toBe('Tag 3, 10:45');
    expect(formatSimTime(2 * 1440 + 10 * 60 + 45.9, 'en')).toBe('Day 3, 10:45');
    expect(formatSimTime(0, 'de')).toBe('Tag 1, 00:00');
    expect(formatSimTime(1439, 'en')).toBe('Day 1, 23:59');
  });
});
