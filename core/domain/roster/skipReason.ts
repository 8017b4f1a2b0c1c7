/**
 * Rows under the header that are not people: blank rows, totals, the header repeated at a page
 * break, the "(1) (2) (3)…" numbering row of official forms and section titles merged across the
 * row. They are skipped with a reason the preview lists, rather than reported as broken person
 * rows. The checks run in a fixed order and the first that fits gives the reason.
 */
import { headerField, isNameField } from './headerField';
import type { ColumnMapping } from './rosterFields';

const TOTALS_RE = /^(?:tổng cộng|tổng số|tổng|cộng)(?![\p{L}\p{M}])/u;

/**
 * Compared with accents: folding would make "Tống" (a common family name) read as "Tổng" and
 * "Công" as "Cộng".
 */
function isTotalsRow(cells: string[], nameColumn: number | undefined): boolean {
  const first = cells.find((cell) => cell !== '');
  const candidates = [first, nameColumn === undefined ? undefined : cells[nameColumn]];
  return candidates.some(
    (cell) => cell !== undefined && TOTALS_RE.test(cell.toLocaleLowerCase('vi')),
  );
}

function isRepeatedHeader(
  cells: string[],
  mapping: ColumnMapping,
  nameColumn: number | undefined,
): boolean {
  // Every row passes through here: looking at the name cell first keeps a 2,400-row preview from
  // folding every cell of every row.
  if (nameColumn !== undefined && !isNameField(headerField(cells[nameColumn] ?? ''))) return false;
  const entries = Object.entries(mapping).filter(([, field]) => field !== null);
  const nameGroup = isNameField;
  const matches = entries.filter(([key, field]) => {
    const found = headerField(cells[Number(key)] ?? '');
    return found !== null && (found === field || (nameGroup(found) && nameGroup(field)));
  }).length;
  return entries.length > 0 && matches >= Math.ceil(entries.length / 2);
}

/** The "(1) (2) (3)…" or "A B C…" row many official forms put under the header. */
function isColumnNumbering(cells: string[]): boolean {
  const marks = cells.filter((cell) => cell !== '');
  if (marks.length < 3) return false;
  const values = marks.map((cell) => {
    const match = /^\(?(\d{1,3}|[A-Z])\)?$/.exec(cell);
    if (!match?.[1]) return NaN;
    return /\d/.test(match[1]) ? Number(match[1]) : match[1].charCodeAt(0);
  });
  return values.every((value, i) => i === 0 || value === (values[i - 1] ?? NaN) + 1);
}

/** A section title merged across the row ("Phòng Tổ chức cán bộ"), repeated in every cell. */
function isGroupHeading(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  // Two "x" marks and nothing else is a person row missing its name, not a heading.
  const heading = filled[0] ?? '';
  return (
    filled.length >= 2 && /\p{L}{2}/u.test(heading) && filled.every((cell) => cell === heading)
  );
}

/**
 * Why a row (normalised cells) is not a person, in Vietnamese, or null when it should be read as
 * one. `nameColumn` is the full-name (or family-name) column of the mapping, if any.
 */
export function skipReason(
  cells: string[],
  mapping: ColumnMapping,
  nameColumn: number | undefined,
): string | null {
  if (cells.every((cell) => cell === '')) return 'Dòng trống';
  if (isTotalsRow(cells, nameColumn)) return 'Dòng tổng cộng';
  if (isRepeatedHeader(cells, mapping, nameColumn)) return 'Dòng tiêu đề lặp lại (ngắt trang)';
  if (isColumnNumbering(cells)) return 'Dòng đánh số cột';
  if (isGroupHeading(cells)) return `Dòng tiêu đề nhóm "${cells.find(Boolean) ?? ''}"`;
  return null;
}
