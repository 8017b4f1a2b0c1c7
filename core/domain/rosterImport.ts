/**
 * Staff-roster import: from a grid of cell texts (an Excel sheet or a CSV, read elsewhere) to a
 * checked preview (valid rows, problems, what changes against the roster already in the app) and
 * then to the new people list. Pure: reading files is electron/node/readRosterGrid's job.
 *
 * Row numbers in everything the user sees (`ImportRow.row`, `ImportProblem.row`, skipped rows) are
 * 1-based spreadsheet row numbers; `headerRow` is the 0-based index into the grid (what the API
 * passes around), so the header sits on spreadsheet row `headerRow + 1`.
 */
import { PersonSchema, ROLES, type Gender, type Person, type Role } from './person';
import { foldForSearch, normalizeText } from './vietnamese';

export type Grid = string[][];

export type RosterField =
  | 'rosterNo'
  | 'fullName'
  | 'familyName'
  | 'givenName'
  | 'gender'
  | 'birthDate'
  | 'department'
  | 'position'
  | 'partyMember'
  | 'unionMember'
  | 'phone'
  | 'note';

/** Column index (0-based) → field; null = ignore the column. */
export type ColumnMapping = Record<number, RosterField | null>;

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  rosterNo: 'STT / Mã cán bộ',
  fullName: 'Họ và tên',
  familyName: 'Họ (và tên đệm)',
  givenName: 'Tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  department: 'Đơn vị',
  position: 'Chức vụ',
  partyMember: 'Đảng viên',
  unionMember: 'Đoàn viên công đoàn',
  phone: 'Điện thoại',
  note: 'Ghi chú',
};

export interface ImportedPerson {
  rosterNo?: number;
  fullName: string;
  gender?: Gender;
  /** yyyy-mm-dd */
  birthDate?: string;
  /**
   * Set when the file gave only a year ("1980"): no birthDate is stored, but the diff must not
   * treat "1980" as wiping a known 03/05/1980.
   */
  birthYear?: number;
  department: string;
  position: string;
  phone: string;
  partyMember: boolean;
  unionMember: boolean;
  note: string;
  suggestedRoles: Role[];
}

export interface ImportRow {
  /** 1-based spreadsheet row number as the user sees it. */
  row: number;
  person: ImportedPerson;
  warnings: string[];
}

export interface ImportProblem {
  row: number;
  /** Vietnamese, fit to show the user. */
  reason: string;
  severity: 'error' | 'warning';
}

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

// ---------------------------------------------------------------------------------------------
// Header detection

/** How many rows from the top may hold titles before the header ("DANH SÁCH…", "Đơn vị: …"). */
const HEADER_SCAN_ROWS = 20;

/**
 * Header texts are compared folded, with notes in parentheses ("Ngày sinh (dd/mm/yyyy)", "(*)")
 * dropped and punctuation turned into spaces, so "Họ, tên", "Nam/Nữ" and "SĐT:" all match.
 */
function headerKey(text: string): string {
  return foldForSearch(text.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const HEADER_ALIASES: Record<RosterField, string[]> = {
  rosterNo: [
    'STT',
    'TT',
    'Số TT',
    'Số thứ tự',
    'Thứ tự',
    'Mã CB',
    'Mã số',
    'Mã cán bộ',
    'Mã số cán bộ',
    'Mã nhân viên',
    'Mã NV',
  ],
  fullName: [
    'Họ và tên',
    'Họ tên',
    'Họ, tên',
    'Tên cán bộ',
    'Họ và tên cán bộ',
    'Họ tên cán bộ',
    'Họ và tên CBCCVC',
    'Họ và tên đoàn viên',
  ],
  familyName: [
    'Họ',
    'Họ đệm',
    'Họ và đệm',
    'Họ và tên đệm',
    'Họ tên đệm',
    'Họ và chữ đệm',
    'Họ lót',
  ],
  givenName: ['Tên'],
  gender: ['Giới tính', 'Nam/Nữ', 'Giới', 'Phái'],
  birthDate: [
    'Ngày sinh',
    'Ngày tháng năm sinh',
    'Ngày, tháng, năm sinh',
    'Ngày/tháng/năm sinh',
    'Năm sinh',
    'Sinh ngày',
  ],
  department: [
    'Đơn vị',
    'Phòng ban',
    'Phòng, ban',
    'Phòng',
    'Bộ phận',
    'Khoa',
    'Khoa/Phòng',
    'Tổ',
    'Tổ công đoàn',
    'Đơn vị công tác',
    'Nơi công tác',
  ],
  position: [
    'Chức vụ',
    'Chức danh',
    'Chức vụ, chức danh',
    'Chức vụ/Chức danh',
    'Chức vụ hoặc chức danh',
    'Vị trí việc làm',
  ],
  partyMember: ['Đảng viên', 'Là đảng viên', 'Ngày vào Đảng'],
  unionMember: [
    'Đoàn viên công đoàn',
    'Đoàn viên CĐ',
    'ĐVCĐ',
    'Công đoàn viên',
    'Ngày vào công đoàn',
  ],
  phone: [
    'Điện thoại',
    'Số điện thoại',
    'SĐT',
    'ĐT',
    'Số ĐT',
    'Điện thoại di động',
    'Di động',
    'ĐTDĐ',
  ],
  note: ['Ghi chú'],
};

const EXACT_ALIASES = new Map<string, RosterField>();
/** Multi-word aliases also match as a prefix ("Điện thoại liên hệ", "Đơn vị công tác hiện nay"). */
const PREFIX_ALIASES: { key: string; field: RosterField }[] = [];
for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [RosterField, string[]][]) {
  for (const alias of aliases) {
    const key = headerKey(alias);
    EXACT_ALIASES.set(key, field);
    // Single words ("Tên", "Tổ", "Phòng") would catch "Tên đơn vị" or "Tổ chức": exact only.
    if (key.includes(' ')) PREFIX_ALIASES.push({ key, field });
  }
}
PREFIX_ALIASES.sort((a, b) => b.key.length - a.key.length);

function headerField(text: string): RosterField | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = EXACT_ALIASES.get(key);
  if (exact) return exact;
  return PREFIX_ALIASES.find((alias) => key.startsWith(`${alias.key} `))?.field ?? null;
}

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

function mappedFields(mapping: ColumnMapping): RosterField[] {
  return Object.values(mapping).filter((field): field is RosterField => field !== null);
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

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Vietnamese messages for the mapping screen; empty when the mapping can be imported. */
export function validateMapping(mapping: ColumnMapping): string[] {
  const messages: string[] = [];
  const columnsByField = new Map<RosterField, number[]>();
  for (const [key, field] of Object.entries(mapping)) {
    if (field === null) continue;
    columnsByField.set(field, [...(columnsByField.get(field) ?? []), Number(key)]);
  }
  const has = (field: RosterField): boolean => columnsByField.has(field);
  const label = (field: RosterField): string => `"${ROSTER_FIELD_LABELS[field]}"`;
  if (!has('fullName') && !has('familyName') && !has('givenName')) {
    messages.push(
      `Chưa chọn cột ${label('fullName')} (hoặc hai cột ${label('familyName')} và ${label('givenName')}).`,
    );
  } else if (has('fullName') && (has('familyName') || has('givenName'))) {
    messages.push(
      `Đã chọn cột ${label('fullName')} thì không chọn thêm cột ${label('familyName')} hay ${label('givenName')}.`,
    );
  } else if (!has('fullName') && (!has('familyName') || !has('givenName'))) {
    messages.push(
      `Cột ${label('familyName')} và cột ${label('givenName')} phải được chọn cùng nhau.`,
    );
  }
  for (const [field, columns] of columnsByField) {
    if (columns.length > 1) {
      const letters = [...columns].sort((a, b) => a - b).map(columnLetter);
      messages.push(`${label(field)} được chọn cho nhiều cột: ${letters.join(', ')}.`);
    }
  }
  return messages;
}

// ---------------------------------------------------------------------------------------------
// Role suggestions

/** The titles of the head of a unit (thủ trưởng) — never a sub-unit head like "Trưởng phòng". */
const HEAD_TITLES = [
  'vu truong',
  'cuc truong',
  'tong cuc truong',
  'giam doc',
  'tong giam doc',
  'hieu truong',
  'vien truong',
  'tong bien tap',
  'thu truong',
  'chanh an',
  'chu tich',
].join('|');

const HEAD_RE = new RegExp(`^(?:(?:quyen|q) )?(?:${HEAD_TITLES})(?: |$)`);
const DEPUTY_RE = new RegExp(`^pho (?:${HEAD_TITLES})(?: |$)`);
const CHIEF_ACCOUNTANT_RE = /^ke toan truong(?: |$)/;
const UNION = '(?:cong doan|cd|cdcs)';
const UNION_VICE_CHAIR_RE = new RegExp(
  `(?:^| )(?:pho chu tich ${UNION}|pct ${UNION}|pctcd)(?: |$)`,
);
const UNION_CHAIR_RE = new RegExp(`(?:^| )(?:chu tich ${UNION}|ct ${UNION}|ctcd)(?: |$)`);
// "Ủy viên BCH Đảng ủy" / "… Đoàn thanh niên" sit on the party's or the youth union's committee.
const UNION_EXECUTIVE_RE =
  /(?:^| )(?:(?:uy vien|uv) (?:bch|ban chap hanh|btv|ban thuong vu)|uvbch)(?! dang| doan thanh nien| doan tn| chi doan)(?: |$)/;

/**
 * Roles suggested from the position text ("Chức vụ"), for the user to confirm in the app. One
 * cell often holds several titles ("Phó Vụ trưởng, Chủ tịch CĐ", "Chuyên viên kiêm Kế toán
 * trưởng"), so it is split first and each title is read from its own start.
 */
export function suggestRoles(position: string, unionMember: boolean): Role[] {
  const roles = new Set<Role>();
  const segments = foldForSearch(position)
    .split(/[,;()/+]| - | kiem | va /)
    .map((segment) => segment.replace(/[^a-z0-9]+/g, ' ').trim())
    .filter(Boolean);
  for (const segment of segments) {
    const vice = UNION_VICE_CHAIR_RE.exec(segment);
    const chair = vice ? null : UNION_CHAIR_RE.exec(segment);
    const executive = UNION_EXECUTIVE_RE.exec(segment);
    if (vice) roles.add('unionViceChair');
    if (chair) roles.add('unionChair');
    if (vice || chair || executive) roles.add('unionExecutive');
    // "Chủ tịch công đoàn" starts like the head title "Chủ tịch": a segment that opens with a
    // union title says nothing about the unit's leadership.
    if ([vice, chair, executive].some((match) => match?.index === 0)) continue;
    if (CHIEF_ACCOUNTANT_RE.test(segment)) roles.add('chiefAccountant');
    else if (DEPUTY_RE.test(segment)) roles.add('deputyHead');
    else if (HEAD_RE.test(segment)) roles.add('head');
  }
  if (unionMember) roles.add('unionMember');
  return ROLES.filter((role) => roles.has(role));
}

// ---------------------------------------------------------------------------------------------
// Cell parsing

const LIMITS = { fullName: 120, department: 200, position: 200, phone: 40, note: 500 } as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (days[month - 1] ?? 0)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'year'; year: number }
  | { kind: 'invalid'; reason: string };

function readDate(text: string, label: string): DateReading {
  if (!text) return { kind: 'empty' };
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (parts) {
    const iso = isoIfValid(Number(parts[0]), Number(parts[1]), Number(parts[2]));
    return iso
      ? { kind: 'date', iso }
      : { kind: 'invalid', reason: `${label} "${text}" không hợp lệ` };
  }
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100) {
    return { kind: 'year', year: Number(text) };
  }
  if (/^\d+([.,]\d+)?$/.test(text)) {
    // A date cell formatted as General shows Excel's day count (29221 = 01/01/1980); guessing it
    // back is how 1900/1904 date-system mix-ups corrupt birthdays, so the user re-enters it.
    return {
      kind: 'invalid',
      reason: `${label} "${text}" không hợp lệ: ô đang chứa số ngày của Excel, hãy định dạng ô là ngày hoặc gõ dd/mm/yyyy`,
    };
  }
  return { kind: 'invalid', reason: `${label} "${text}" không hợp lệ (cần dạng dd/mm/yyyy)` };
}

const TRUE_MARKS = new Set(['x', 'co', '1', 'true', '✓', '✔', 'v', 'yes']);
const FALSE_MARKS = new Set(['', 'khong', '0', 'false', 'no']);

function readFlag(text: string, label: string): { value: boolean; warning?: string } {
  if (text === '') return { value: false };
  const folded = foldForSearch(text);
  if (TRUE_MARKS.has(folded)) return { value: true };
  if (FALSE_MARKS.has(folded)) return { value: false };
  // "Ngày vào Đảng" / "Ngày vào công đoàn" columns hold a date for members.
  const asDate = readDate(text, label);
  if (asDate.kind === 'date' || asDate.kind === 'year') return { value: true };
  return {
    value: false,
    warning: `${label} "${text}" không rõ nghĩa, coi như không (dùng "x" cho có, để trống cho không)`,
  };
}

const GENDERS_BY_FOLDED = new Map<string, Gender>([
  ['nam', 'male'],
  ['nu', 'female'],
  ['khac', 'other'],
]);
const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };

/** Letters (any script, with marks), and the apostrophes/hyphens of names like "H'Hen Niê". */
const NAME_RE = /^[\p{L}\p{M}'’ʼ-]+(?: [\p{L}\p{M}'’ʼ-]+)*$/u;

function nameProblem(name: string): string | null {
  const label = ROSTER_FIELD_LABELS.fullName;
  if (!name) return `Thiếu ${label.toLowerCase()}`;
  if (/^[\d\s.,/-]+$/.test(name)) return `${label} "${name}" là số, không phải họ tên`;
  if (/\d/.test(name)) return `${label} "${name}" có chữ số`;
  if (!NAME_RE.test(name) || !/\p{L}/u.test(name)) {
    const junk = [...new Set(name.replace(/[\p{L}\p{M}'’ʼ -]/gu, ''))].join(' ');
    return `${label} "${name}" có ký tự không hợp lệ${junk ? `: ${junk}` : ''}`;
  }
  if (name.length > LIMITS.fullName) return `${label} dài quá ${LIMITS.fullName} ký tự`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rows that are not people

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

const isNameField = (field: RosterField | null): boolean =>
  field === 'fullName' || field === 'familyName' || field === 'givenName';

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

// ---------------------------------------------------------------------------------------------
// Preview

interface ParsedRow {
  person: ImportedPerson;
  errors: string[];
  warnings: string[];
}

function fieldColumns(mapping: ColumnMapping): Map<RosterField, number> {
  const columns = new Map<RosterField, number>();
  for (const [key, field] of Object.entries(mapping)) {
    if (field !== null && !columns.has(field)) columns.set(field, Number(key));
  }
  return columns;
}

function parseRow(cells: string[], columns: Map<RosterField, number>): ParsedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = (field: RosterField): string => {
    const col = columns.get(field);
    return col === undefined ? '' : (cells[col] ?? '');
  };
  const label = (field: RosterField): string => ROSTER_FIELD_LABELS[field];

  const fullName = text('fullName') || normalizeText(`${text('familyName')} ${text('givenName')}`);
  const nameError = nameProblem(fullName);
  if (nameError) errors.push(nameError);

  let rosterNo: number | undefined;
  const rosterText = text('rosterNo');
  if (rosterText) {
    const value = Number(rosterText);
    if (/^\d+$/.test(rosterText) && value > 0 && Number.isSafeInteger(value)) {
      rosterNo = value;
    } else {
      errors.push(`${label('rosterNo')} "${rosterText}" không phải số nguyên dương`);
    }
  }

  let gender: Gender | undefined;
  const genderText = text('gender');
  if (genderText) {
    gender = GENDERS_BY_FOLDED.get(foldForSearch(genderText));
    if (!gender) {
      errors.push(`${label('gender')} "${genderText}" không hợp lệ (chỉ nhận Nam, Nữ hoặc Khác)`);
    }
  }

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

  const flag = (field: 'partyMember' | 'unionMember'): boolean => {
    const result = readFlag(text(field), label(field));
    if (result.warning) warnings.push(result.warning);
    return result.value;
  };
  const partyMember = flag('partyMember');
  const unionMember = flag('unionMember');

  let phone = text('phone');
  if (/^[1-9]\d{8}$/.test(phone)) {
    // A phone typed into a Number cell loses its leading 0 ("919335463"); every Vietnamese number
    // starts with 0, so putting it back is safe, but the user should know.
    warnings.push(`${label('phone')} "${phone}" thiếu số 0 ở đầu, đã sửa thành "0${phone}"`);
    phone = `0${phone}`;
  }

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
    if (cells.every((cell) => cell === '')) {
      skipped.push({ row: rowNumber, reason: 'Dòng trống' });
      continue;
    }
    if (isTotalsRow(cells, nameColumn)) {
      skipped.push({ row: rowNumber, reason: 'Dòng tổng cộng' });
      continue;
    }
    if (isRepeatedHeader(cells, mapping, nameColumn)) {
      skipped.push({ row: rowNumber, reason: 'Dòng tiêu đề lặp lại (ngắt trang)' });
      continue;
    }
    if (isColumnNumbering(cells)) {
      skipped.push({ row: rowNumber, reason: 'Dòng đánh số cột' });
      continue;
    }
    if (isGroupHeading(cells)) {
      skipped.push({ row: rowNumber, reason: `Dòng tiêu đề nhóm "${cells.find(Boolean) ?? ''}"` });
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

// ---------------------------------------------------------------------------------------------
// Diff against the roster in the app

/** Which person fields the file speaks for: a file without a phone column must not wipe phones. */
function importedFields(mapping: ColumnMapping): Set<RosterField> {
  const fields = new Set(mappedFields(mapping));
  if (fields.has('familyName') || fields.has('givenName')) fields.add('fullName');
  return fields;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

interface MatchKeys {
  name: string;
  nameDepartment: string;
  nameBirth: string | null;
}

function matchKeys(person: {
  fullName: string;
  department: string;
  birthDate?: string;
}): MatchKeys {
  const name = foldForSearch(person.fullName);
  return {
    name,
    nameDepartment: `${name}|${foldForSearch(person.department)}`,
    nameBirth: person.birthDate ? `${name}|${person.birthDate}` : null,
  };
}

/**
 * Pairs file rows with people: name + birth date first; then name + department, then name
 * alone, each only where the key is unique on both sides (two "Nguyễn Văn An" are never guessed
 * at). Two different birth dates mean two different people, whatever the other keys say. Active
 * people are tried before those who left, so a returning namesake cannot steal a current record.
 */
function matchRows(rows: ImportRow[], existing: Person[]): Map<ImportRow, Person> {
  const matched = new Map<ImportRow, Person>();
  if (existing.length === 0) return matched;
  // Folding is the expensive part of a 2,400-row diff: once per row and person, not per tier.
  const rowKeys = new Map(rows.map((row) => [row, matchKeys(row.person)]));
  const personKeys = new Map(existing.map((person) => [person, matchKeys(person)]));
  const keysOfRow = (row: ImportRow): MatchKeys => rowKeys.get(row) ?? matchKeys(row.person);
  const keysOfPerson = (person: Person): MatchKeys => personKeys.get(person) ?? matchKeys(person);
  const used = new Set<Person>();
  const pools = [existing.filter((p) => p.active), existing.filter((p) => !p.active)];

  for (const pool of pools) {
    if (pool.length === 0) continue;
    const byNameAndBirth = new Map<string, Person[]>();
    for (const person of pool) {
      const key = keysOfPerson(person).nameBirth;
      if (key) byNameAndBirth.set(key, [...(byNameAndBirth.get(key) ?? []), person]);
    }
    for (const row of rows) {
      const key = keysOfRow(row).nameBirth;
      if (matched.has(row) || !key) continue;
      const person = byNameAndBirth.get(key)?.find((candidate) => !used.has(candidate));
      if (person) {
        matched.set(row, person);
        used.add(person);
      }
    }

    const uniqueTier = (tier: 'nameDepartment' | 'name'): void => {
      const openRows = rows.filter((row) => !matched.has(row));
      const openPeople = pool.filter((person) => !used.has(person));
      const rowCounts = countBy(openRows, (row) => keysOfRow(row)[tier]);
      const peopleCounts = countBy(openPeople, (person) => keysOfPerson(person)[tier]);
      const peopleByKey = new Map(openPeople.map((p) => [keysOfPerson(p)[tier], p]));
      for (const row of openRows) {
        const key = keysOfRow(row)[tier];
        if (rowCounts.get(key) !== 1 || peopleCounts.get(key) !== 1) continue;
        const person = peopleByKey.get(key);
        if (!person) continue;
        if (row.person.birthDate && person.birthDate && row.person.birthDate !== person.birthDate) {
          continue;
        }
        matched.set(row, person);
        used.add(person);
      }
    };
    uniqueTier('nameDepartment');
    uniqueTier('name');
  }
  return matched;
}

const yesNo = (value: boolean): string => (value ? 'Có' : 'Không');

function birthDateText(person: { birthDate?: string; birthYear?: number }): string {
  if (person.birthDate) return displayDate(person.birthDate);
  return person.birthYear === undefined ? '' : String(person.birthYear);
}

/** A bare year in the file keeps a full date of that year already in the app. */
function keepsExistingBirthDate(imported: ImportedPerson, person: Person): boolean {
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

function diffRoster(rows: ImportRow[], existing: Person[], mapping: ColumnMapping): RosterDiff {
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

// ---------------------------------------------------------------------------------------------
// Apply

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
