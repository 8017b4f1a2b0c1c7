/**
 * The checked preview the import wizard shows before anything is written: every row under the
 * header either skipped (with a reason), reported with its problems, or kept as a valid row, plus
 * the diff of the valid rows against the roster in the app. Problems that span rows (a roster
 * number used twice, a name that appears twice without birth dates to tell the two apart) are
 * found here, since a single row cannot see them.
 *
 * Row numbers in everything the user sees (`ImportRow.row`, `ImportProblem.row`, skipped rows) are
 * 1-based spreadsheet row numbers; `headerRow` is the 0-based index into the grid (what the API
 * passes around), so the header sits on spreadsheet row `headerRow + 1`.
 */
import type { Person } from '../person';
import { normalizeText } from '../vietnamese';
import type { ImportedPerson, ImportRow } from './importedPerson';
import { parseRow } from './parseRow';
import { nameProblem } from './rosterCells';
import { diffRoster, type RosterDiff } from './rosterDiff';
import {
  fieldColumns,
  ROSTER_FIELD_LABELS,
  validateMapping,
  type ColumnMapping,
  type Grid,
} from './rosterFields';
import { skipReason } from './skipReason';

export interface ImportProblem {
  row: number;
  /** Vietnamese, fit to show the user. */
  reason: string;
  severity: 'error' | 'warning';
}

export interface ImportPreview {
  headerRow: number;
  mapping: ColumnMapping;
  /** Valid rows only (rows with an error are in `problems` instead). */
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Blank rows, totals rows, repeated headers and the like. */
  skipped: { row: number; reason: string }[];
  diff: RosterDiff;
}

function yearOf(person: { birthDate?: string; birthYear?: number }): number | undefined {
  return person.birthDate ? Number(person.birthDate.slice(0, 4)) : person.birthYear;
}

/** Two rows with one name are namesakes, not a duplicate, once their birth dates differ. */
function birthDatesTellApart(a: ImportedPerson, b: ImportedPerson): boolean {
  if (a.birthDate && b.birthDate) return a.birthDate !== b.birthDate;
  const ya = yearOf(a);
  const yb = yearOf(b);
  return ya !== undefined && yb !== undefined && ya !== yb;
}

/**
 * Checks every row under the header and compares the valid ones with the roster in the app.
 * `headerRow` is the 0-based grid index of the header (as `detectHeader` returns it).
 */
export function buildImportPreview(
  grid: Grid,
  headerRow: number,
  mapping: ColumnMapping,
  existing: Person[],
): ImportPreview {
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const skipped: { row: number; reason: string }[] = [];

  const mappingErrors = validateMapping(mapping);
  if (mappingErrors.length > 0) {
    for (const reason of mappingErrors) {
      problems.push({ row: headerRow + 1, reason, severity: 'error' });
    }
    return { headerRow, mapping, rows, problems, skipped, diff: diffRoster([], existing, mapping) };
  }

  const columns = fieldColumns(mapping);
  const nameColumn = columns.get('fullName') ?? columns.get('familyName');
  const rowsByRosterNo = new Map<number, number>();
  const rowsByName = new Map<string, { row: number; person: ImportedPerson }[]>();

  for (let index = headerRow + 1; index < grid.length; index++) {
    const rowNumber = index + 1;
    const cells = (grid[index] ?? []).map((cell) => normalizeText(cell ?? ''));
    const skip = skipReason(cells, mapping, nameColumn);
    if (skip !== null) {
      skipped.push({ row: rowNumber, reason: skip });
      continue;
    }

    const { person, errors, warnings } = parseRow(cells, columns);

    if (person.rosterNo !== undefined) {
      const first = rowsByRosterNo.get(person.rosterNo);
      if (first === undefined) {
        rowsByRosterNo.set(person.rosterNo, rowNumber);
      } else {
        errors.push(`Trùng ${ROSTER_FIELD_LABELS.rosterNo} ${person.rosterNo} với dòng ${first}`);
      }
    }

    if (!nameProblem(person.fullName)) {
      const key = person.fullName.toLocaleLowerCase('vi');
      const earlier = rowsByName.get(key) ?? [];
      const twin = earlier.find((other) => !birthDatesTellApart(other.person, person));
      if (twin) warnings.push(`Trùng họ tên với dòng ${twin.row}`);
      rowsByName.set(key, [...earlier, { row: rowNumber, person }]);
    }

    for (const reason of errors) problems.push({ row: rowNumber, reason, severity: 'error' });
    for (const reason of warnings) problems.push({ row: rowNumber, reason, severity: 'warning' });
    if (errors.length === 0) rows.push({ row: rowNumber, person, warnings });
  }

  return { headerRow, mapping, rows, problems, skipped, diff: diffRoster(rows, existing, mapping) };
}
