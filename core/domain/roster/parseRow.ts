/**
 * One row of the staff list, cells already normalised, turned into an ImportedPerson with the
 * errors that keep it out of the import and the warnings the user should see beside it. The
 * single cells are read by rosterCells; this module picks the cells by the column mapping, joins a
 * split name, checks lengths and collects the messages in a stable order (name first).
 */
import { normalizeText } from '../vietnamese';
import type { ImportedPerson } from './importedPerson';
import {
  LIMITS,
  nameProblem,
  readDate,
  readFlag,
  readGender,
  readPhone,
  readRosterNo,
  type CellReading,
} from './rosterCells';
import { ROSTER_FIELD_LABELS, type RosterField } from './rosterFields';
import { suggestRoles } from './suggestRoles';

export interface ParsedRow {
  person: ImportedPerson;
  errors: string[];
  warnings: string[];
}

export function parseRow(cells: string[], columns: Map<RosterField, number>): ParsedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = (field: RosterField): string => {
    const col = columns.get(field);
    return col === undefined ? '' : (cells[col] ?? '');
  };
  const label = (field: RosterField): string => ROSTER_FIELD_LABELS[field];
  const read = <T>(
    field: RosterField,
    reader: (text: string, label: string) => CellReading<T>,
  ): T => {
    const reading = reader(text(field), label(field));
    if (reading.error) errors.push(reading.error);
    if (reading.warning) warnings.push(reading.warning);
    return reading.value;
  };

  const fullName = text('fullName') || normalizeText(`${text('familyName')} ${text('givenName')}`);
  const nameError = nameProblem(fullName);
  if (nameError) errors.push(nameError);

  const rosterNo = read('rosterNo', readRosterNo);
  const gender = read('gender', readGender);

  let birthDate: string | undefined;
  let birthYear: number | undefined;
  const date = readDate(text('birthDate'), label('birthDate'));
  if (date.kind === 'date') {
    birthDate = date.iso;
  } else if (date.kind === 'invalid') {
    errors.push(date.reason);
  } else if (date.kind === 'year') {
    birthYear = date.year;
    warnings.push(`Chỉ có năm sinh ${date.year}`);
  }

  const partyMember = read('partyMember', readFlag);
  const unionMember = read('unionMember', readFlag);
  const phone = read('phone', readPhone);

  const limited = (field: 'department' | 'position' | 'phone' | 'note', value: string): string => {
    if (value.length > LIMITS[field]) errors.push(`${label(field)} dài quá ${LIMITS[field]} ký tự`);
    return value;
  };
  const department = limited('department', text('department'));
  const position = limited('position', text('position'));
  const note = limited('note', text('note'));
  limited('phone', phone);

  const person: ImportedPerson = {
    fullName,
    department,
    position,
    phone,
    partyMember,
    unionMember,
    note,
    suggestedRoles: suggestRoles(position, unionMember),
  };
  if (rosterNo !== undefined) person.rosterNo = rosterNo;
  if (gender) person.gender = gender;
  if (birthDate) person.birthDate = birthDate;
  if (birthYear !== undefined) person.birthYear = birthYear;
  return { person, errors, warnings };
}
