import { z } from 'zod';
import { RULE_SET_IDS } from '../rules/ruleSets';
import { ABBREVIATION_MAX_LENGTH } from './suggestAbbreviation';

/**
 * The union's abbreviation in the symbols of its documents ("Số: 05/KH-CĐCS"): what grassroots
 * unions write under QĐ 933/QĐ-TLĐ (2024); a union that uses another (e.g. "CĐ") sets its own.
 */
export const DEFAULT_UNION_ABBREVIATION = 'CĐCS';

/**
 * The group after the type code in a document symbol: letters and digits only, no space or "-"
 * (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.3.b — the "-" separates groups). Marks are allowed so text
 * typed in decomposed form passes before the service normalises it.
 */
const AbbreviationSchema = z
  .string()
  .trim()
  .max(ABBREVIATION_MAX_LENGTH, `Chữ viết tắt tối đa ${ABBREVIATION_MAX_LENGTH} ký tự`)
  .regex(
    /^[\p{L}\p{M}\p{N}]*$/u,
    'Chữ viết tắt chỉ gồm chữ cái và chữ số, không có dấu cách hay dấu "-"',
  );

/** The unit profile (thông tin đơn vị): every document header and date line is filled from it. */
export const UnitProfileSchema = z.object({
  name: z.string().trim().max(200).default(''),
  parentBody: z.string().trim().max(200).default(''),
  unionName: z.string().trim().max(200).default(''),
  upperUnion: z.string().trim().max(200).default(''),
  placeName: z.string().trim().max(80).default(''),
  /**
   * The unit's official abbreviation ("GTVT" for "Vụ Giao thông vận tải"), after the type code of
   * its own documents: "Số: 05/GM-GTVT" (NĐ 30/2020 Phụ lục I, mục II.3.b). Empty until the user
   * sets it: the symbol then keeps a blank for the văn thư. Optional with a default, so files
   * written before it load unchanged.
   */
  abbreviation: AbbreviationSchema.default(''),
  /** The union's abbreviation in its own and in joint documents ("Số: 05/KHLT-CĐCS"). */
  unionAbbreviation: AbbreviationSchema.default(DEFAULT_UNION_ABBREVIATION),
  /** Last day of the work year; 31/12 for most agencies, e.g. 31/05 or 31/08 for schools. */
  workYearEnd: z
    .object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) })
    .default({ day: 31, month: 12 }),
  ruleSetId: z.enum(RULE_SET_IDS).default('law-10-2022'),
  unionChairId: z.string().optional(),
  unionViceChairId: z.string().optional(),
});
export type UnitProfile = z.infer<typeof UnitProfileSchema>;

export function emptyUnitProfile(): UnitProfile {
  return UnitProfileSchema.parse({});
}

/** Fields a user must fill before documents can carry a header. */
export function missingUnitFields(unit: UnitProfile): string[] {
  const missing: string[] = [];
  if (!unit.name) missing.push('tên đơn vị');
  if (!unit.unionName) missing.push('tên công đoàn cơ sở');
  if (!unit.placeName) missing.push('địa danh');
  if (!unit.unionChairId) missing.push('chủ tịch công đoàn');
  return missing;
}
