import { z } from 'zod';
import { RULE_SET_IDS } from '../rules/ruleSets';

/** The unit profile (thông tin đơn vị): every document header and date line is filled from it. */
export const UnitProfileSchema = z.object({
  name: z.string().trim().max(200).default(''),
  parentBody: z.string().trim().max(200).default(''),
  unionName: z.string().trim().max(200).default(''),
  upperUnion: z.string().trim().max(200).default(''),
  placeName: z.string().trim().max(80).default(''),
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
