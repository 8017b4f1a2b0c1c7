/**
 * Reading single cells of a staff list: names, roster numbers, genders, birth dates (including the
 * Excel day counts a General-formatted date cell shows), yes/no marks and phone numbers. Each reader
 * takes the normalised cell text and the field's Vietnamese label and says what the cell holds and,
 * where it cannot or had to guess, an error or a warning fit to show the user beside the row.
 */
import type { Gender } from '../person';
import { foldForSearch } from '../vietnamese';
import { ROSTER_FIELD_LABELS } from './rosterFields';

export const LIMITS = {
  fullName: 120,
  department: 200,
  position: 200,
  phone: 40,
  note: 500,
} as const;

/** What one cell gave, with the error (the row cannot be imported) or warning that goes with it. */
export interface CellReading<T> {
  value: T;
  error?: string;
  warning?: string;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (days[month - 1] ?? 0)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'year'; year: number }
  | { kind: 'invalid'; reason: string };

export function readDate(text: string, label: string): DateReading {
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

export function readFlag(text: string, label: string): CellReading<boolean> {
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
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };

export function readGender(text: string, label: string): CellReading<Gender | undefined> {
  if (!text) return { value: undefined };
  const gender = GENDERS_BY_FOLDED.get(foldForSearch(text));
  if (gender) return { value: gender };
  return {
    value: undefined,
    error: `${label} "${text}" không hợp lệ (chỉ nhận Nam, Nữ hoặc Khác)`,
  };
}

export function readRosterNo(text: string, label: string): CellReading<number | undefined> {
  if (!text) return { value: undefined };
  const value = Number(text);
  if (/^\d+$/.test(text) && value > 0 && Number.isSafeInteger(value)) return { value };
  return { value: undefined, error: `${label} "${text}" không phải số nguyên dương` };
}

export function readPhone(text: string, label: string): CellReading<string> {
  if (/^[1-9]\d{8}$/.test(text)) {
    // A phone typed into a Number cell loses its leading 0 ("919335463"); every Vietnamese number
    // starts with 0, so putting it back is safe, but the user should know.
    return {
      value: `0${text}`,
      warning: `${label} "${text}" thiếu số 0 ở đầu, đã sửa thành "0${text}"`,
    };
  }
  return { value: text };
}

/** Letters (any script, with marks), and the apostrophes/hyphens of names like "H'Hen Niê". */
const NAME_RE = /^[\p{L}\p{M}'’ʼ-]+(?: [\p{L}\p{M}'’ʼ-]+)*$/u;

export function nameProblem(name: string): string | null {
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
