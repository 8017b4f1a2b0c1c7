/**
 * Finding the header row of a staff list and proposing a column mapping from it. Real files put
 * titles, the unit's name and blank lines above the header, merge "Họ và tên" over two columns or
 * carry a sort-helper "Tên" column beside the full name; the mapping proposed here settles those so
 * the user usually only has to confirm it (validateMapping checks what they change).
 */
import { normalizeText } from '../vietnamese';
import { headerField } from './headerField';
import { mappedFields, type ColumnMapping, type Grid, type RosterField } from './rosterFields';

/** How many rows from the top may hold titles before the header ("DANH SÁCH…", "Đơn vị: …"). */
const HEADER_SCAN_ROWS = 20;

function hasNameColumn(fields: Iterable<RosterField | null>): boolean {
  const set = new Set(fields);
  return set.has('fullName') || (set.has('familyName') && set.has('givenName'));
}

function mappingForRow(row: string[]): ColumnMapping {
  const fields = row.map((cell) => headerField(cell ?? ''));
  // "Họ và tên" merged over two columns (family | given), as many hand-made lists do: the reader
  // repeats the merged text, which reads as fullName twice side by side.
  for (let col = 0; col + 1 < fields.length; col++) {
    if (
      fields[col] === 'fullName' &&
      fields[col + 1] === 'fullName' &&
      fields[col + 2] !== 'fullName' &&
      normalizeText(row[col] ?? '') === normalizeText(row[col + 1] ?? '')
    ) {
      fields[col] = 'familyName';
      fields[col + 1] = 'givenName';
    }
  }
  const mapping: ColumnMapping = {};
  const seen = new Set<RosterField>();
  fields.forEach((field, col) => {
    // A field wanted twice keeps its first column; with a full-name column, a "Tên" column is the
    // sort helper many lists carry, not half of the name.
    const ignore =
      field === null ||
      seen.has(field) ||
      ((field === 'familyName' || field === 'givenName') && fields.includes('fullName'));
    mapping[col] = ignore ? null : field;
    if (field !== null && !ignore) seen.add(field);
  });
  return mapping;
}

/**
 * Finds the header among the first rows: the one that names the most known columns and has a
 * name column. Title rows (a merged "DANH SÁCH CÁN BỘ…" repeated across its cells) match nothing.
 * `headerRow` is the 0-based grid index; the mapping covers every cell of that row.
 */
export function detectHeader(grid: Grid): { headerRow: number; mapping: ColumnMapping } | null {
  let best: { headerRow: number; mapping: ColumnMapping; score: number } | null = null;
  const limit = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < limit; index++) {
    const mapping = mappingForRow(grid[index] ?? []);
    const fields = mappedFields(mapping);
    if (!hasNameColumn(fields)) continue;
    if (!best || fields.length > best.score) {
      best = { headerRow: index, mapping, score: fields.length };
    }
  }
  return best ? { headerRow: best.headerRow, mapping: best.mapping } : null;
}
