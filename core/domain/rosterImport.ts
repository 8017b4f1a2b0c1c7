/**
 * Staff-roster import: from a grid of cell texts (an Excel sheet or a CSV, read elsewhere) to a
 * checked preview (valid rows, problems, what changes against the roster already in the app) and
 * then to the new people list. Pure: reading files is electron/node/readRosterGrid's job.
 *
 * Row numbers in everything the user sees (`ImportRow.row`, `ImportProblem.row`, skipped rows) are
 * 1-based spreadsheet row numbers; `headerRow` is the 0-based index into the grid (what the API
 * passes around), so the header sits on spreadsheet row `headerRow + 1`.
 *
 * This module only gathers the public names; the code lives in roster/: the fields and mapping
 * (rosterFields, headerField, detectHeader), cell and row reading (rosterCells, parseRow,
 * skipReason, suggestRoles), the preview (buildImportPreview), matching and the diff (matchRows,
 * rosterDiff) and writing the result (applyRosterImport).
 */
export {
  ROSTER_FIELD_LABELS,
  validateMapping,
  type ColumnMapping,
  type Grid,
  type RosterField,
} from './roster/rosterFields';
export { detectHeader } from './roster/detectHeader';
export { suggestRoles } from './roster/suggestRoles';
export type { ImportedPerson, ImportRow } from './roster/importedPerson';
export type { FieldChange, RosterDiff } from './roster/rosterDiff';
export {
  buildImportPreview,
  type ImportPreview,
  type ImportProblem,
} from './roster/buildImportPreview';
export { applyRosterImport } from './roster/applyRosterImport';
