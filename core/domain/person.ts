import { z } from 'zod';

/**
 * Roles the rules depend on (glossary.ts gives the Vietnamese terms). Head, deputy heads and the
 * chief accountant may not sit on the Ban TTND (Luật 10/2022 Điều 60.2); candidates come from the
 * union executive (Điều 60.1, 63.2.a).
 */
export const ROLES = [
  'head',
  'deputyHead',
  'chiefAccountant',
  'unionChair',
  'unionViceChair',
  'unionExecutive',
  'unionMember',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const GENDERS = ['male', 'female', 'other'] as const;
export const GenderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof GenderSchema>;

/** ISO calendar date (yyyy-mm-dd). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd');

/** Time of day (hh:mm, 24 h). */
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng hh:mm');

export const PersonSchema = z.object({
  id: z.string().min(1),
  /** The number on the unit's own list (STT / mã cán bộ): what check-in accepts besides a name. */
  rosterNo: z.number().int().positive(),
  fullName: z.string().trim().min(1, 'Họ và tên không được để trống').max(120),
  gender: GenderSchema.optional(),
  birthDate: IsoDateSchema.optional(),
  department: z.string().max(200).default(''),
  position: z.string().max(200).default(''),
  phone: z.string().max(40).default(''),
  partyMember: z.boolean().default(false),
  roles: z.array(RoleSchema).default([]),
  /** False once the person no longer works in the unit (kept so past conferences stay intact). */
  active: z.boolean().default(true),
  note: z.string().max(500).default(''),
});
export type Person = z.infer<typeof PersonSchema>;

/** What a user types in the person form; ids and roster numbers are the service's job. */
export const PersonInputSchema = PersonSchema.omit({ id: true, rosterNo: true }).extend({
  id: z.string().optional(),
  rosterNo: z.number().int().positive().optional(),
});
export type PersonInput = z.input<typeof PersonInputSchema>;

export function hasRole(person: Pick<Person, 'roles'>, role: Role): boolean {
  return person.roles.includes(role);
}
