/**
 * What an import would change in the roster already in the app: rows that add a person, rows that
 * change a matched person (field by field, with Vietnamese labels and display values for the
 * preview), rows that change nothing, and active people the file no longer lists. Only the fields
 * the file has a column for are compared; applyRosterImport follows the same rules when it writes.
 */
import type { Gender, Person } from '../person';
import type { ImportedPerson, ImportRow } from './importedPerson';
import { matchRows } from './matchRows';
import { displayDate, GENDER_LABELS } from './rosterCells';
import {
  mappedFields,
  ROSTER_FIELD_LABELS,
  type ColumnMapping,
  type RosterField,
} from './rosterFields';

export interface FieldChange {
  /** Person field name ('fullName', 'birthDate', …, 'unionMember', 'active'). */
  field: string;
  /** Vietnamese label. */
  label: string;
  before: string;
  after: string;
}

export interface RosterDiff {
  added: ImportRow[];
  changed: { row: ImportRow; personId: string; changes: FieldChange[] }[];
  unchanged: { row: ImportRow; personId: string }[];
  /** Active people already in the app who are not in the file. */
  gone: Person[];
}

/** Which person fields the file speaks for: a file without a phone column must not wipe phones. */
export function importedFields(mapping: ColumnMapping): Set<RosterField> {
  const fields = new Set(mappedFields(mapping));
  if (fields.has('familyName') || fields.has('givenName')) fields.add('fullName');
  return fields;
}

const yesNo = (value: boolean): string => (value ? 'Có' : 'Không');

function birthDateText(person: { birthDate?: string; birthYear?: number }): string {
  if (person.birthDate) return displayDate(person.birthDate);
  return person.birthYear === undefined ? '' : String(person.birthYear);
}

/** A bare year in the file keeps a full date of that year already in the app. */
export function keepsExistingBirthDate(imported: ImportedPerson, person: Person): boolean {
  return (
    !imported.birthDate &&
    imported.birthYear !== undefined &&
    person.birthDate?.startsWith(`${imported.birthYear}-`) === true
  );
}

function compare(
  imported: ImportedPerson,
  person: Person,
  fields: Set<RosterField>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (field: string, label: string, before: string, after: string): void => {
    if (before !== after) changes.push({ field, label, before, after });
  };
  const L = ROSTER_FIELD_LABELS;
  if (fields.has('rosterNo') && imported.rosterNo !== undefined) {
    push('rosterNo', L.rosterNo, String(person.rosterNo), String(imported.rosterNo));
  }
  push('fullName', L.fullName, person.fullName, imported.fullName);
  if (fields.has('gender')) {
    const text = (gender: Gender | undefined): string => (gender ? GENDER_LABELS[gender] : '');
    push('gender', L.gender, text(person.gender), text(imported.gender));
  }
  if (fields.has('birthDate') && !keepsExistingBirthDate(imported, person)) {
    push('birthDate', L.birthDate, birthDateText(person), birthDateText(imported));
  }
  for (const field of ['department', 'position', 'phone', 'note'] as const) {
    if (fields.has(field)) push(field, L[field], person[field], imported[field]);
  }
  if (fields.has('partyMember')) {
    push('partyMember', L.partyMember, yesNo(person.partyMember), yesNo(imported.partyMember));
  }
  if (fields.has('unionMember')) {
    const before = person.roles.includes('unionMember');
    push('unionMember', L.unionMember, yesNo(before), yesNo(imported.unionMember));
  }
  if (!person.active) push('active', 'Trạng thái', 'Đã nghỉ', 'Đang làm việc');
  return changes;
}

export function diffRoster(
  rows: ImportRow[],
  existing: Person[],
  mapping: ColumnMapping,
): RosterDiff {
  const fields = importedFields(mapping);
  const matched = matchRows(rows, existing);
  const diff: RosterDiff = { added: [], changed: [], unchanged: [], gone: [] };
  for (const row of rows) {
    const person = matched.get(row);
    if (!person) {
      diff.added.push(row);
      continue;
    }
    const changes = compare(row.person, person, fields);
    if (changes.length > 0) diff.changed.push({ row, personId: person.id, changes });
    else diff.unchanged.push({ row, personId: person.id });
  }
  const inFile = new Set([...matched.values()].map((person) => person.id));
  diff.gone = existing.filter((person) => person.active && !inFile.has(person.id));
  return diff;
}
