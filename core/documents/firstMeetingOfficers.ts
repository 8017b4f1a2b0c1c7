/**
 * Who chaired the Ban Thanh tra nhân dân's first meeting and who kept its minutes (D17). The union
 * executive convenes that meeting (Luật 10/2022/QH15 Điều 63.2.a), so while nobody is recorded as
 * its chair, the union chair is — the minutes and their signature block then name the same person.
 * The secretary is whoever is recorded; nobody by default (the name is written in).
 */
import type { Conference } from '../domain/conference';
import type { Person } from '../domain/person';
import type { UnitProfile } from '../domain/unit';

export interface FirstMeetingOfficers {
  chair?: Person;
  secretary?: Person;
}

export function firstMeetingOfficers(
  conference: Pick<Conference, 'election'>,
  unit: Pick<UnitProfile, 'unionChairId'>,
  people: readonly Person[],
): FirstMeetingOfficers {
  const meeting = conference.election?.firstMeeting;
  const find = (id: string | undefined) =>
    id === undefined ? undefined : people.find((p) => p.id === id);
  // One recorded but since gone from the roster is a blank, never silently somebody else.
  const chair = find(meeting?.convenedById ?? unit.unionChairId);
  const secretary = find(meeting?.secretaryId);
  return { ...(chair ? { chair } : {}), ...(secretary ? { secretary } : {}) };
}
