/**
 * The header block and signature blocks of an official document, as data the user can edit before
 * export (R29). Three presets:
 * - 'unit': the parent body (cơ quan chủ quản, regular) over the unit (bold) — NĐ 30/2020 Phụ lục I,
 *   mục II.2;
 * - 'union': the upper union over the issuing union — QĐ 933/QĐ-TLĐ (2024) Điều 17; the exact wording
 *   for a CĐCS is unconfirmed (domain-research §4.2), hence verifyLocally;
 * - 'joint': the unit and "BAN CHẤP HÀNH CÔNG ĐOÀN …" both on the left, two signature blocks — practice
 *   only, NĐ 30/2020 has no rule for joint documents (domain-research §4.3), hence verifyLocally.
 * The right-hand lines are the Quốc hiệu and Tiêu ngữ of Phụ lục I, mục II.1.
 */
import { z } from 'zod';
import type { Person } from './person';
import type { UnitProfile } from './unit';
import { foldForSearch, normalizeText } from './vietnamese';

export const HEADER_PRESETS = ['unit', 'union', 'joint'] as const;
export const HeaderPresetSchema = z.enum(HEADER_PRESETS);
export type HeaderPreset = z.infer<typeof HeaderPresetSchema>;

/** Quốc hiệu and Tiêu ngữ, hyphens with a space either side (Phụ lục I, mục II.1). */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const HeaderLineSchema = z.object({
  text: z.string().max(200),
  /** The issuing body is bold, the parent body is not (Phụ lục I, mục II.2). */
  bold: z.boolean(),
});
export type HeaderLine = z.infer<typeof HeaderLineSchema>;

export const DocumentHeaderSchema = z.object({
  preset: HeaderPresetSchema,
  /** Top to bottom; the short rule is drawn under the last line (the issuing body). */
  leftLines: z.array(HeaderLineSchema).min(1).max(5),
  rightLines: z.tuple([z.string().max(200), z.string().max(200)]),
  /** The layout is practice or unconfirmed: the UI asks the user to check it with the văn thư. */
  verifyLocally: z.boolean(),
  source: z.string(),
});
export type DocumentHeader = z.infer<typeof DocumentHeaderSchema>;

const SOURCES: Record<HeaderPreset, string> = {
  unit: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1–2',
  union: 'Quyết định 933/QĐ-TLĐ (2024), Điều 17 — cần đối chiếu Phụ lục của Quyết định',
  joint: 'Thực tiễn (Nghị định 30/2020/NĐ-CP không quy định văn bản liên tịch) — cần đối chiếu',
};

/** Header lines are capitals (Phụ lục I, mục II.2); Vietnamese casing so "đ" becomes "Đ". */
function caps(text: string): string {
  return normalizeText(text).toLocaleUpperCase('vi');
}

/** "Công đoàn cơ sở Vụ X" → "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ X"; a bare name gets "CÔNG ĐOÀN". */
export function unionExecutiveName(unionName: string): string {
  const folded = foldForSearch(unionName);
  const isUnionName = folded.startsWith('cong doan') || /^cd(cs)?\b/.test(folded);
  return caps(`Ban Chấp hành ${isUnionName ? '' : 'Công đoàn '}${unionName}`);
}

export function headerFromUnit(unit: UnitProfile, preset: HeaderPreset): DocumentHeader {
  const leftLines: HeaderLine[] = [];
  const add = (text: string, bold: boolean): void => {
    const value = caps(text);
    // An empty parent line is left out; the issuing body stays even when empty so the UI can
    // show the gap (missingUnitFields names it).
    if (value || bold) leftLines.push({ text: value, bold });
  };
  if (preset === 'union') {
    add(unit.upperUnion, false);
    add(unit.unionName, true);
  } else if (preset === 'joint') {
    // Two issuing bodies already fill the column; the parent body is left out (practice).
    add(unit.name, true);
    leftLines.push({ text: unionExecutiveName(unit.unionName), bold: true });
  } else {
    add(unit.parentBody, false);
    add(unit.name, true);
  }
  return {
    preset,
    leftLines,
    rightLines: [NATIONAL_TITLE, NATIONAL_MOTTO],
    verifyLocally: preset !== 'unit',
    source: SOURCES[preset],
  };
}

/**
 * One signature block: the authority line ("TM. BAN CHẤP HÀNH", "KT. GIÁM ĐỐC", or empty when the
 * head signs in their own name), the signer's title and name (Phụ lục I, mục II.7 — R27).
 */
export const SignatureSchema = z.object({
  authority: z.string().max(200).default(''),
  title: z.string().max(200),
  name: z.string().max(120),
});
export type Signature = z.infer<typeof SignatureSchema>;

/** The union executive signs as a collective through its chair (QĐ 933/QĐ-TLĐ Mẫu 1.3). */
export function unionChairSignature(unit: UnitProfile, people: readonly Person[]): Signature {
  const chair = people.find((p) => p.id === unit.unionChairId);
  return {
    authority: 'TM. BAN CHẤP HÀNH',
    title: 'CHỦ TỊCH',
    name: chair ? normalizeText(chair.fullName) : '',
  };
}

/** The head signs with their own position ("VỤ TRƯỞNG", "GIÁM ĐỐC"). */
export function headSignature(people: readonly Person[]): Signature {
  const head = people.find((p) => p.active && p.roles.includes('head'));
  const position = head?.position.trim() ? head.position : 'Thủ trưởng đơn vị';
  return { authority: '', title: caps(position), name: head ? normalizeText(head.fullName) : '' };
}

/**
 * Who signs by default: the head for a unit document, the union chair for a union document, both
 * for a joint one (union on the left, head on the right, as in joint plans seen in practice).
 */
export function defaultSignatures(
  preset: HeaderPreset,
  unit: UnitProfile,
  people: readonly Person[],
): Signature[] {
  if (preset === 'unit') return [headSignature(people)];
  if (preset === 'union') return [unionChairSignature(unit, people)];
  return [unionChairSignature(unit, people), headSignature(people)];
}
