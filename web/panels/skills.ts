// The skills team members have, named so the room can read them: a skill that an Ampel
// department works on takes that department's label ("Stammdaten" for master-data), so a
// member's bars say which departments' work they can do. Colours follow this order.
import type { ScenarioLayout } from '../worker/protocol.js';
import { skillColour } from './palette.js';

export interface SkillInfo {
  id: string;
  label: string;
  colour: string;
}

export function skillList(layout: Pick<ScenarioLayout, 'silo' | 'team'>): SkillInfo[] {
  const used = new Set<string>();
  for (const t of layout.team?.teams ?? []) for (const m of t.members) for (const s of Object.keys(m)) used.add(s);
  const label = new Map<string, string>();
  const order: string[] = [];
  for (const d of layout.silo?.departments ?? []) {
    for (const s of d.skills) {
      if (label.has(s)) continue;
      label.set(s, d.skills.length === 1 ? d.label : `${d.label}: ${s}`);
      if (used.has(s)) order.push(s);
    }
  }
  for (const s of used) if (!order.includes(s)) order.push(s);
  return order.map((id, i) => ({ id, label: label.get(id) ?? id, colour: skillColour(i) }));
}
