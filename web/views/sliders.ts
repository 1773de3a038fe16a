// The what-if sliders. Moving one re-runs the simulation in the worker (debounced), which
// updates the KPIs and restarts the animation; "reset" returns to the file's values.
import type { Override } from '../worker/protocol.js';
import { overridesFor, type SliderDef, type SliderUnit } from '../app/sliders.js';
import { formatNumber, t, type Lang } from '../i18n/index.js';
import { el, setText } from './dom.js';

export const DEBOUNCE_MS = 350;

function show(lang: Lang, unit: SliderUnit, v: number): string {
  switch (unit) {
    case 'perHour': return `${formatNumber(lang, v, 1)}/h`;
    case 'count': return String(v);
    case 'minutes': return `${formatNumber(lang, v, 0)} min`;
    case 'share': return `${formatNumber(lang, v * 100, 0)} %`;
    case 'proficiency': return formatNumber(lang, v, 2);
  }
}

export interface SliderPanel {
  /** New definitions (another scenario) with the positions to show. */
  set(defs: readonly SliderDef[], positions: ReadonlyMap<string, number>, lang: Lang): void;
}

export function mountSliders(root: HTMLElement, onChange: (overrides: Override[]) => void): SliderPanel {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    set(defs, positions, lang) {
      const values = new Map(positions);
      const commit = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => onChange(overridesFor(defs, values)), DEBOUNCE_MS);
      };
      const reset = el('button', { type: 'button', id: 'sliders-reset' }, [t(lang, 'reset')]);
      root.replaceChildren(el('div', { class: 'sliders-head' }, [el('h2', {}, [t(lang, 'whatIf')]), reset]));
      const inputs: { def: SliderDef; input: HTMLInputElement; out: HTMLOutputElement; row: HTMLElement }[] = [];
      for (const group of ['arrivals', 'silo', 'team'] as const) {
        const mine = defs.filter((d) => d.group === group);
        if (mine.length === 0) continue;
        const fieldset = el('fieldset', { class: `group ${group}` });
        if (group !== 'arrivals') fieldset.append(el('legend', {}, [t(lang, group)]));
        for (const def of mine) {
          const id = `slider-${def.id.replace(/\./g, '-')}`;
          const input = el('input', { type: 'range', id, min: def.min, max: def.max, step: def.step, value: values.get(def.id) ?? def.initial });
          const out = el('output', { for: id });
          const detail = def.id === 'staff.intake' ? t(lang, 'intake') : def.detail;
          const label = el('label', { for: id }, [t(lang, def.label), detail ? el('span', { class: 'detail' }, [` ${detail}`]) : '']);
          const row = el('div', { class: 'slider', 'data-slider': def.id }, [el('div', { class: 'slider-head' }, [label, out]), input]);
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
          setText(out, show(lang, def.unit, v));
          row.classList.toggle('moved', v !== def.initial);
        }
      };
      reset.addEventListener('click', () => {
        for (const d of defs) values.set(d.id, d.initial);
        sync();
        clearTimeout(timer);
        onChange([]);
      });
      sync();
    },
  };
}
