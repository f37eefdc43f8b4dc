// Turns missions and memberships into the card's words, built from the fact's fields, in the card's language.
import { fill, type Localizer } from './format.ts';
import type { Membership, Mission } from './record.ts';

/** A mission: its kind, where it is, where a non-resident one is accredited from, and if not open, its status. */
export function describeMission(L: Localizer, mission: Mission): string {
  const m = L.messages;
  const kind = m.missionKind[mission.kind] ?? m.missionKind.other;
  let text = mission.residency === 'resident' && mission.city ? fill(m.missionIn, { kind, city: mission.city }) : kind;
  if (mission.residency === 'non-resident' && mission.accreditedFrom) {
    const { city, country } = mission.accreditedFrom;
    const place = [city, L.country(country)].filter(Boolean).join(', ');
    text += `, ${fill(m.accreditedFrom, { place })}`;
  }
  if (mission.status !== 'open') {
    text += ` (${[m.missionStatus[mission.status], mission.opened && L.date(mission.opened)].filter(Boolean).join(', ')})`;
  }
  return text;
}

/** Each side's standing in an organization: "Albania (candidate), Denmark (member)". */
export function describeMembership(L: Localizer, membership: Membership, codes: readonly string[]): string {
  return codes
    .map((code) => {
      const status = membership.statuses[code];
      return `${L.country(code)} (${status ? L.messages.membershipStatus[status] : L.messages.noData})`;
    })
    .join(', ');
}
