import type { Person } from './person';
import { foldForSearch } from './vietnamese';

/**
 * A conference file brings the roster it refers to. Into an empty workspace the roster comes as it
 * is; into a unit that has its own roster, each person of the file is matched to someone already
 * there (same id, else same name and birth date) and only the people the conference refers to but
 * nobody matches are added — as no longer working, so they appear in that conference's documents
 * without entering this year's quorum base.
 */
export function mergeImportedPeople(
  existing: readonly Person[],
  imported: readonly Person[],
  referencedIds: ReadonlySet<string>,
  nextRosterNo: () => number,
): { people: Person[]; idMap: Map<string, string>; added: number } {
  if (existing.length === 0) {
    return {
      people: [...imported],
      idMap: new Map(imported.map((p) => [p.id, p.id])),
      added: imported.length,
    };
  }
  const byId = new Map(existing.map((p) => [p.id, p]));
  const key = (p: Person) => `${foldForSearch(p.fullName)}|${p.birthDate ?? ''}`;
  const byKey = new Map(existing.map((p) => [key(p), p]));
  const idMap = new Map<string, string>();
  const people = [...existing];
  let added = 0;
  for (const person of imported) {
    const match = byId.get(person.id) ?? byKey.get(key(person));
    if (match) {
      idMap.set(person.id, match.id);
    } else if (referencedIds.has(person.id)) {
      const id = byId.has(person.id) ? `${person.id}-tep` : person.id;
      people.push({
        ...person,
        id,
        rosterNo: nextRosterNo(),
        active: false,
        note: 'Từ tệp hội nghị',
      });
      idMap.set(person.id, id);
      added += 1;
    }
  }
  return { people, idMap, added };
}
