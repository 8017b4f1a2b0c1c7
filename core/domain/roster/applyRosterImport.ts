/**
 * Writing a previewed import into the people list. It works from the preview's diff rather than
 * matching again, so what is written is what the user saw; if a matched person has left the
 * roster in between, it refuses rather than guess. Only the fields the file has a column for are overwritten, roles the
 * user set in the app are kept, and roster numbers are kept unique because check-in relies on them.
 */
import { PersonSchema, ROLES, type Person, type Role } from '../person';
import type { ImportedPerson } from './importedPerson';
import type { ImportPreview } from './buildImportPreview';
import { importedFields, keepsExistingBirthDate } from './rosterDiff';
import type { RosterField } from './rosterFields';

function updatedPerson(person: Person, imported: ImportedPerson, fields: Set<RosterField>): Person {
  const next: Person = { ...person, fullName: imported.fullName, active: true };
  if (fields.has('rosterNo') && imported.rosterNo !== undefined) next.rosterNo = imported.rosterNo;
  if (fields.has('gender')) {
    if (imported.gender) next.gender = imported.gender;
    else delete next.gender;
  }
  if (fields.has('birthDate') && !keepsExistingBirthDate(imported, person)) {
    if (imported.birthDate) next.birthDate = imported.birthDate;
    else delete next.birthDate;
  }
  if (fields.has('department')) next.department = imported.department;
  if (fields.has('position')) next.position = imported.position;
  if (fields.has('phone')) next.phone = imported.phone;
  if (fields.has('note')) next.note = imported.note;
  if (fields.has('partyMember')) next.partyMember = imported.partyMember;
  if (fields.has('unionMember')) {
    // Membership is a file field even though it is stored as a role; the other roles are the
    // user's edits in the app and stay as they are.
    const others: Role[] = person.roles.filter((role) => role !== 'unionMember');
    next.roles = ROLES.filter(
      (role) => others.includes(role) || (role === 'unionMember' && imported.unionMember),
    );
  }
  return next;
}

/**
 * The people list after the import: matched people keep their id and roles, new rows get ids
 * and suggested roles, people missing from the file are deactivated (never deleted, so past
 * conferences keep their names) or kept. Roster numbers from the file win; anyone outside the
 * file holding one of them is renumbered, because check-in finds people by that number.
 */
export function applyRosterImport(
  existing: Person[],
  preview: ImportPreview,
  options: { goneAction: 'deactivate' | 'keep' },
  newId: () => string,
): Person[] {
  const fields = importedFields(preview.mapping);
  const byId = new Map(existing.map((person) => [person.id, person]));
  const updates = new Map<string, Person>();
  for (const entry of [...preview.diff.changed, ...preview.diff.unchanged]) {
    const person = byId.get(entry.personId);
    if (!person) {
      throw new Error('Danh sách cán bộ đã thay đổi sau khi xem trước; hãy xem trước lại.');
    }
    updates.set(person.id, updatedPerson(person, entry.row.person, fields));
  }
  const goneIds = new Set(preview.diff.gone.map((person) => person.id));

  const people = existing.map((person) => {
    const updated = updates.get(person.id);
    if (updated) return updated;
    if (goneIds.has(person.id) && options.goneAction === 'deactivate') {
      return { ...person, active: false };
    }
    return person;
  });

  const added: Person[] = preview.diff.added.map(({ person }) => {
    const next: Person = {
      id: newId(),
      rosterNo: person.rosterNo ?? 0, // 0 = to be numbered below
      fullName: person.fullName,
      department: person.department,
      position: person.position,
      phone: person.phone,
      partyMember: person.partyMember,
      roles: [...person.suggestedRoles],
      active: true,
      note: person.note,
    };
    if (person.gender) next.gender = person.gender;
    if (person.birthDate) next.birthDate = person.birthDate;
    return next;
  });

  const fromFile = new Set<string>([...updates.keys(), ...added.map((person) => person.id)]);
  const fileNumbers = new Set(
    [...people, ...added]
      .filter((p) => fromFile.has(p.id) && p.rosterNo > 0)
      .map((p) => p.rosterNo),
  );
  let nextNo = Math.max(0, ...people.map((p) => p.rosterNo), ...added.map((p) => p.rosterNo)) + 1;
  const renumber = (person: Person): Person => ({ ...person, rosterNo: nextNo++ });
  const result = [
    ...people.map((person) =>
      !fromFile.has(person.id) && fileNumbers.has(person.rosterNo) ? renumber(person) : person,
    ),
    ...added.map((person) => (person.rosterNo > 0 ? person : renumber(person))),
  ];
  // Last guard for clashes the rules above cannot see (e.g. a row without STT keeping its old
  // number while a new row takes it): the later one moves.
  const taken = new Set<number>();
  return result.map((person) => {
    const unique = taken.has(person.rosterNo) ? renumber(person) : person;
    taken.add(unique.rosterNo);
    return PersonSchema.parse(unique);
  });
}
