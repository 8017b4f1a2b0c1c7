/**
 * The per-year register of document numbers (sổ đăng ký văn bản đi). A number, once issued for a
 * year and a document type, is never issued again, and a document keeps the number it was given
 * when it is exported again. Numbers are "Số: 05/KH-CĐCS": zero-padded below 10, the type
 * abbreviation of NĐ 30/2020 Phụ lục III, "/" then "-" between groups, no spaces (NĐ 30/2020
 * Phụ lục I, mục II.3 — R25).
 *
 * Pure: the clock (issuedAt) and where the register is stored are the caller's business.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { formatDateVi } from './dates';

/**
 * Type abbreviations of NĐ 30/2020/NĐ-CP, Phụ lục III (R25). "DS" (danh sách) and "KN" (kiến
 * nghị, the Ban Thanh tra nhân dân's recommendation to the head — Luật 10/2022/QH15 Điều 62,
 * 63.1.c) are not in the decree's list; they are what units and boards write in practice for a
 * list or a recommendation issued under its own number.
 */
export const DOCUMENT_TYPES = [
  { code: 'NQ', name: 'Nghị quyết', basis: 'LAW' },
  { code: 'QĐ', name: 'Quyết định', basis: 'LAW' },
  { code: 'KH', name: 'Kế hoạch', basis: 'LAW' },
  { code: 'CTr', name: 'Chương trình', basis: 'LAW' },
  { code: 'BC', name: 'Báo cáo', basis: 'LAW' },
  { code: 'BB', name: 'Biên bản', basis: 'LAW' },
  { code: 'TB', name: 'Thông báo', basis: 'LAW' },
  { code: 'TTr', name: 'Tờ trình', basis: 'LAW' },
  { code: 'GM', name: 'Giấy mời', basis: 'LAW' },
  { code: 'HD', name: 'Hướng dẫn', basis: 'LAW' },
  { code: 'QC', name: 'Quy chế', basis: 'LAW' },
  { code: 'QyĐ', name: 'Quy định', basis: 'LAW' },
  { code: 'GGT', name: 'Giấy giới thiệu', basis: 'LAW' },
  { code: 'DS', name: 'Danh sách', basis: 'PRACTICE' },
  { code: 'KN', name: 'Kiến nghị', basis: 'PRACTICE' },
] as const;

export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];
export const DOCUMENT_TYPE_CODES: readonly DocumentTypeCode[] = DOCUMENT_TYPES.map((t) => t.code);

/**
 * Suffix of a joint (liên tịch) document's type, "KHLT": NĐ 30/2020 has no rule for joint
 * documents; the suffix is the practice kept from TT 01/2011/TT-BNV (domain-research §4.3).
 */
export const JOINT_SUFFIX = 'LT';

export function isDocumentTypeCode(code: string): code is DocumentTypeCode {
  return (DOCUMENT_TYPE_CODES as readonly string[]).includes(code);
}

/** An official abbreviation, or one followed by "LT" for a joint document. */
export function isRegisterTypeCode(code: string): boolean {
  if (isDocumentTypeCode(code)) return true;
  return code.endsWith(JOINT_SUFFIX) && isDocumentTypeCode(code.slice(0, -JOINT_SUFFIX.length));
}

/** "KH" → "KHLT". */
export function jointTypeCode(code: DocumentTypeCode): string {
  return `${code}${JOINT_SUFFIX}`;
}

/** "KH" → "Kế hoạch"; "KHLT" → "Kế hoạch liên tịch". */
export function documentTypeName(code: string): string {
  const own = DOCUMENT_TYPES.find((t) => t.code === code);
  if (own) return own.name;
  const base = DOCUMENT_TYPES.find((t) => `${t.code}${JOINT_SUFFIX}` === code);
  return base ? `${base.name} liên tịch` : code;
}

const TypeCodeSchema = z
  .string()
  .refine(isRegisterTypeCode, 'Ký hiệu loại văn bản không có trong Phụ lục III, NĐ 30/2020');

export const DocumentNumberEntrySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  typeCode: TypeCodeSchema,
  number: z.number().int().positive(),
  /** "KH-CĐCS": everything after the "/". */
  symbol: z.string().min(1).max(60),
  /** Which document of the app (e.g. 'D1' for the conference plan). */
  documentId: z.string().min(1),
  conferenceId: z.string().min(1),
  /**
   * The record a document printed once per record is about (a Ban TTND programme, inspection or
   * recommendation, D22): each gets its own number. Absent for every other document.
   */
  recordId: z.string().min(1).optional(),
  issuedAt: z.string(),
  /** True when the user typed the number instead of taking the next one. */
  overridden: z.boolean().default(false),
});
export type DocumentNumberEntry = z.infer<typeof DocumentNumberEntrySchema>;

export const DocumentNumberRegisterSchema = z.object({
  records: z.array(DocumentNumberEntrySchema).default([]),
});
export type DocumentNumberRegister = z.infer<typeof DocumentNumberRegisterSchema>;

export function emptyRegister(): DocumentNumberRegister {
  return { records: [] };
}

/**
 * The next free number for the year and type: one above the highest issued, so a number typed
 * by hand ahead of the sequence is never handed out again. Numbers restart at 01 each calendar
 * year (NĐ 30/2020 Điều 15.1). One sequence per type is the common practice of union offices;
 * an office that keeps a single sequence for all types needs a different key here.
 */
export function nextNumber(
  register: DocumentNumberRegister,
  year: number,
  typeCode: string,
): number {
  let highest = 0;
  for (const r of register.records) {
    if (r.year === year && r.typeCode === typeCode && r.number > highest) highest = r.number;
  }
  return highest + 1;
}

/** Groups of a symbol: NFC, no spaces at all (R25: "không có khoảng cách"). */
function symbolGroup(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, '');
}

/**
 * 'KH' + 'CĐCS' → 'KH-CĐCS'; an optional drafting-unit group follows ('QĐ-CĐCS-VP'). The type
 * code is kept as written ('CTr', 'TTr' are mixed case in Phụ lục III); the issuer and drafting
 * unit are capitals (Phụ lục I, mục II.3.b). Empty groups are left out.
 */
export function documentSymbol(
  typeCode: string,
  issuerAbbreviation: string,
  draftingUnit = '',
): string {
  return [
    symbolGroup(typeCode),
    symbolGroup(issuerAbbreviation).toLocaleUpperCase('vi'),
    symbolGroup(draftingUnit).toLocaleUpperCase('vi'),
  ]
    .filter(Boolean)
    .join('-');
}

/** "05": numbers below 10 take a leading zero (Phụ lục I, mục II.3.a). */
export function padDocumentNumber(n: number): string {
  return String(n).padStart(2, '0');
}

/** "Số: 05/KH-CĐCS" (R25). */
export function formatDocumentNumber(
  entry: Pick<DocumentNumberEntry, 'number' | 'symbol'>,
): string {
  return `Số: ${padDocumentNumber(entry.number)}/${entry.symbol}`;
}

export interface IssueNumberRequest {
  year: number;
  typeCode: string;
  documentId: string;
  conferenceId: string;
  /** The record of a document printed once per record (D22); see DocumentNumberEntry. */
  recordId?: string;
  symbol: string;
  /** A number the user typed (continuing a paper register, say). */
  override?: number;
  issuedAt: string;
}

export interface IssuedNumber {
  register: DocumentNumberRegister;
  entry: DocumentNumberEntry;
  /** True when the document already had this number and nothing was added. */
  reused: boolean;
}

function invalid(message: string): Result<IssuedNumber> {
  return fail({ code: 'INVALID_INPUT', message, issues: [] });
}

function conflict(message: string): Result<IssuedNumber> {
  return fail({ code: 'CONFLICT', message, issues: [] });
}

/**
 * Issues a number (or gives back the one the document already has). The register is never
 * changed in place; the caller stores the register returned.
 */
export function issueNumber(
  register: DocumentNumberRegister,
  request: IssueNumberRequest,
): Result<IssuedNumber> {
  const { year, typeCode, documentId, conferenceId, recordId, override, issuedAt } = request;
  const symbol = symbolGroup(request.symbol);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return invalid(`Năm ${year} không hợp lệ.`);
  }
  if (!isRegisterTypeCode(typeCode)) {
    return invalid(
      `"${typeCode}" không phải chữ viết tắt tên loại văn bản theo Phụ lục III, Nghị định 30/2020/NĐ-CP.`,
    );
  }
  if (symbol.split('-')[0] !== typeCode || !symbol.includes('-')) {
    return invalid(
      `Ký hiệu "${symbol}" phải bắt đầu bằng "${typeCode}-" và có chữ viết tắt tên cơ quan ban hành (ví dụ ${typeCode}-CĐCS).`,
    );
  }
  if (override !== undefined && (!Number.isInteger(override) || override < 1)) {
    return invalid('Số văn bản phải là số nguyên dương.');
  }

  const existing = register.records.find(
    (r) =>
      r.documentId === documentId &&
      r.conferenceId === conferenceId &&
      r.recordId === recordId &&
      r.year === year &&
      r.typeCode === typeCode,
  );
  if (existing) {
    if (override !== undefined && override !== existing.number) {
      return conflict(
        `Văn bản này đã được cấp ${formatDocumentNumber(existing)} ngày ${issuedDate(existing)}; một văn bản không được cấp hai số.`,
      );
    }
    return ok({ register, entry: existing, reused: true });
  }

  if (override !== undefined) {
    const holder = register.records.find(
      (r) => r.year === year && r.typeCode === typeCode && r.number === override,
    );
    if (holder) {
      return conflict(
        `${formatDocumentNumber(holder)} năm ${year} đã cấp cho văn bản ${holder.documentId} ngày ${issuedDate(holder)}; mỗi số chỉ được cấp một lần. Số tiếp theo còn trống là ${padDocumentNumber(nextNumber(register, year, typeCode))}.`,
      );
    }
  }

  const entry: DocumentNumberEntry = {
    year,
    typeCode,
    number: override ?? nextNumber(register, year, typeCode),
    symbol,
    documentId,
    conferenceId,
    ...(recordId !== undefined ? { recordId } : {}),
    issuedAt,
    overridden: override !== undefined,
  };
  return ok({ register: { records: [...register.records, entry] }, entry, reused: false });
}

function issuedDate(entry: DocumentNumberEntry): string {
  return /^\d{4}-\d{2}-\d{2}/.test(entry.issuedAt)
    ? formatDateVi(entry.issuedAt.slice(0, 10))
    : entry.issuedAt;
}
