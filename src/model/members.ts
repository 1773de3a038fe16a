// How a team's people are numbered: member groups expanded in the order listed, so the
// trace's `worker` index, the model's members and the page's drawing agree on who is who.
import type { Team } from '../scenario/types.js';

/** Each member's skills (skill id -> proficiency), in `worker` index order. */
export function teamMembers(team: Team): Record<string, number>[] {
  const members: Record<string, number>[] = [];
  for (const group of team.members) for (let i = 0; i < group.count; i++) members.push({ ...group.skills });
  return members;
}
