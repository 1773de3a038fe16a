// The what-if sliders. Moving one re-runs the simulation in the worker at once (the
// controller holds back newer settings while a run is in flight), which updates the KPIs and
// restarts the animation; "reset" returns to the file's values.
import type { Override } from '../worker/protocol.js';
import { overridesFor, type SliderDef, type SliderUnit } from '../app/sliders.js';
import { formatNumber, t, type Lang, type StringKey } from '../i18n/index.js';
import { el, setText } from './dom.js';

function show(lang: Lang, unit: SliderUnit, v: number, id: string): string {
  switch (unit) {
    case 'perHour':
      return `${formatNumber(lang, v, 1)}/h`;
    case 'count':
      return String(v);
    case 'minutes':
      return id === 'pickup' && v === 0 ? t(lang, 'off') : `${formatNumber(lang, v, 0)} min`;
    case 'share':
      return `${formatNumber(lang, v * 100, 0)} %`;
    case 'proficiency':
      return `${formatNumber(lang, v * 100, 0)} %`;
  }
}

/** The value as a screen reader says it, with its unit in words ("8 %", "10 pro Stunde"). */
export function spoken(lang: Lang, unit: SliderUnit, v: number, id: string): string {
  switch (unit) {
    case 'perHour':
      return `${formatNumber(lang, v, 1)} ${t(lang, 'perHourWords')}`;
    case 'count':
      return `${v} ${t(lang, v === 1 ? 'person' : 'people')}`;
    case 'minutes':
      return id === 'pickup' && v === 0 ? t(lang, 'off') : `${formatNumber(lang, v, 0)} ${t(lang, 'minutesWords')}`;
    default:
      return show(lang, unit, v, id);
  }
}

/** Sliders whose term the glossary explains: the explanation is their tooltip. */
const GLOSSED: Partial<Record<string, StringKey>> = {
  'slider.pickup': 'gloss.pickup',
  'slider.proficiency': 'gloss.crossSkill',
  'slider.coordination': 'gloss.coordination',
  'slider.infoLoss': 'gloss.handoff',
};

/** Sliders listed under a heading: people per department, members per team. */
const LISTED = new Set(['slider.staff', 'slider.members']);

export interface SliderPanel {
  /** New definitions (another scenario) with the positions to show. */
  set(defs: readonly SliderDef[], positions: ReadonlyMap<string, number>, lang: Lang): void;
}

export function mountSliders(root: HTMLElement, onChange: (overrides: Override[]) => void): SliderPanel {
  return {
    set(defs, positions, lang) {
      const values = new Map(positions);
      const commit = (): void => onChange(overridesFor(defs, values));
      const reset = el('button', { type: 'button', id: 'sliders-reset' }, [t(lang, 'reset')]);
      root.replaceChildren(el('div', { class: 'sliders-head' }, [el('h2', { id: 'sliders-heading' }, [t(lang, 'whatIf')]), reset]));
      root.setAttribute('aria-labelledby', 'sliders-heading');
      const inputs: { def: SliderDef; input: HTMLInputElement; out: HTMLOutputElement; row: HTMLElement }[] = [];
      for (const group of ['arrivals', 'silo', 'team'] as const) {
        const mine = defs.filter((d) => d.group === group);
        if (mine.length === 0) continue;
        const fieldset = el('fieldset', { class: `group ${group}` });
        if (group !== 'arrivals') fieldset.append(el('legend', {}, [t(lang, group)]));
        let heading = '';
        for (const def of mine) {
          const id = `slider-${def.id.replace(/\./g, '-')}`;
          const listed = LISTED.has(def.label);
          const head = listed ? `${t(lang, def.label)}${def.section ? ` ${def.section}` : ''}` : '';
          if (listed && head !== heading) fieldset.append(el('div', { class: 'slider-sub' }, [head]));
          heading = head;
          const input = el('input', {
            type: 'range',
            id,
            min: def.min,
            max: def.max,
            step: def.step,
            value: values.get(def.id) ?? def.initial,
          });
          const out = el('output', { for: id });
          const detail = def.id === 'staff.intake' ? t(lang, 'intake') : def.generalist ? t(lang, 'generalist') : def.detail;
          // A listed slider is named by its unit alone, under the heading; the full name is the tooltip.
          const text = listed ? detail : `${t(lang, def.label)}${detail ? ` ${detail}` : ''}`;
          const full = listed ? `${head} · ${detail}` : `${text}${def.id === 'pickup' ? ` (${t(lang, 'pickupHint')})` : ''}`;
          const gloss = GLOSSED[def.label];
          const label = el('label', { for: id, title: gloss ? `${full}: ${t(lang, gloss)}` : full }, [text]);
          input.setAttribute('aria-label', full);
          // A long single word (a department's name) gets a smaller font rather than a break inside it.
          const longWord = listed && Math.max(...text.split(/[\s/-]+/).map((w) => w.length)) > 18;
          const row = el('div', { class: `slider${listed ? ' listed' : ''}${longWord ? ' long-word' : ''}`, 'data-slider': def.id }, [
            label,
            input,
            out,
          ]);
          fieldset.append(row);
          inputs.push({ def, input, out, row });
          input.addEventListener('input', () => {
            values.set(def.id, Number(input.value));
            sync();
            commit();
          });
        }
        root.append(fieldset);
      }
      const sync = (): void => {
        for (const { def, input, out, row } of inputs) {
          const v = values.get(def.id) ?? def.initial;
          if (Number(input.value) !== v) input.value = String(v);
          setText(out, show(lang, def.unit, v, def.id));
          input.setAttribute('aria-valuetext', spoken(lang, def.unit, v, def.id));
          row.classList.toggle('moved', v !== def.initial);
        }
      };
      reset.addEventListener('click', () => {
        for (const d of defs) values.set(d.id, d.initial);
        sync();
        onChange([]);
      });
      sync();
    },
  };
}
