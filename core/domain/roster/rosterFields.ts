/**
 * The vocabulary of a roster import: the grid of cell texts a sheet is read into, the person fields
 * a column can be mapped to with their Vietnamese labels, and the column mapping itself with the
 * checks the mapping screen shows before anything is imported. Recognising header texts is
 * headerField's job and finding the header row detectHeader's; this module only knows fields.
 */

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

export function mappedFields(mapping: ColumnMapping): RosterField[] {
  return Object.values(mapping).filter((field): field is RosterField => field !== null);
}

/** Each mapped field with its first column. */
export function fieldColumns(mapping: ColumnMapping): Map<RosterField, number> {
  const columns = new Map<RosterField, number>();
  for (const [key, field] of Object.entries(mapping)) {
    if (field !== null && !columns.has(field)) columns.set(field, Number(key));
  }
  return columns;
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
