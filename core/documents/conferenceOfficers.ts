/**
 * Who chaired the conference and who kept its minutes: the presidium and the secretaries as the
 * conference approved them (practice, domain-research §2.1 — the Law does not regulate them). The
 * chair (chủ tọa) is the first member of the presidium, as in the chair's script (D5); while no
 * presidium is chosen, the practice default of agenda.ts (the head and the union chair), so the
 * minutes and the resolution always name somebody to sign.
 */
import { defaultPresidium } from '../domain/agenda';
import type { Conference } from '../domain/conference';
import type { Person } from '../domain/person';

export interface ConferenceOfficers {
  chair?: Person;
  presidium: Person[];
  /** The secretary who signs the minutes: the first chosen. */
  secretary?: Person;
  secretaries: Person[];
}

export function conferenceOfficers(
  conference: Pick<Conference, 'presidium'>,
  people: readonly Person[],
): ConferenceOfficers {
  const chosen = conference.presidium.presidiumIds;
  const presidiumIds = chosen.length > 0 ? chosen : defaultPresidium(people).presidiumIds;
  const byId = new Map(people.map((p) => [p.id, p]));
  const resolve = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
  const presidium = resolve(presidiumIds);
  const secretaries = resolve(conference.presidium.secretaryIds);
  return {
    ...(presidium[0] ? { chair: presidium[0] } : {}),
    presidium,
    ...(secretaries[0] ? { secretary: secretaries[0] } : {}),
    secretaries,
  };
}
