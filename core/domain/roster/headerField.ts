/**
 * Which roster field a header cell names. Hand-made staff lists title the same column in many
 * ways ("Họ và tên", "Họ tên cán bộ", "SĐT", "Điện thoại liên hệ"), so each field carries a list of
 * known aliases, compared folded and with notes and punctuation dropped. Used both to find the
 * header (detectHeader) and to spot the header repeated at page breaks further down (skipReason).
 */
import { foldForSearch } from '../vietnamese';
import type { RosterField } from './rosterFields';

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

export function headerField(text: string): RosterField | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = EXACT_ALIASES.get(key);
  if (exact) return exact;
  return PREFIX_ALIASES.find((alias) => key.startsWith(`${alias.key} `))?.field ?? null;
}

export const isNameField = (field: RosterField | null): boolean =>
  field === 'fullName' || field === 'familyName' || field === 'givenName';
