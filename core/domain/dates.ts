import { addMonths, format, parseISO } from 'date-fns';

/** "05/01/2026" — dates in the UI. */
export function formatDateVi(iso: string): string {
  return format(parseISO(iso), 'dd/MM/yyyy');
}

/**
 * "Hà Nội, ngày 05 tháng 01 năm 2026": day < 10 and months 1–2 zero-padded, other months not
 * (NĐ 30/2020 Phụ lục I, mục II.4).
 */
export function formatPlaceDate(placeName: string, iso: string): string {
  const d = parseISO(iso);
  const day = String(d.getDate()).padStart(2, '0');
  const month = d.getMonth() + 1;
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${placeName}, ngày ${day} tháng ${monthText} năm ${d.getFullYear()}`;
}

export function toIsoDate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function addMonthsIso(iso: string, months: number): string {
  return toIsoDate(addMonths(parseISO(iso), months));
}
