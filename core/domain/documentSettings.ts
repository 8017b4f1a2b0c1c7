/**
 * What the user chose for the header of each document of a conference (R29): which preset it uses
 * (unit / union / joint) and — only when they edited them — the header lines and the signature
 * blocks, printed as typed. Stored with the conference (so a `*.hoinghi.json` carries it) and empty
 * by default: a document without an entry uses its default preset, filled from the unit profile.
 */
import { z } from 'zod';
import { DOCUMENT_IDS } from '../documents/documentContext';
import { DocumentHeaderSchema, HeaderPresetSchema, SignatureSchema } from './documentHeader';

/** The most lines the left column holds (a parent body, up to two issuing bodies, a sub-unit…). */
export const MAX_LEFT_LINES = 5;
/** One signer, or two side by side for a joint document (templates/blocks/signatureBlock). */
export const MAX_SIGNATURES = 2;

const lineText = (what: string, max: number) =>
  z.string().trim().min(1, `${what} không được để trống`).max(max, `${what} tối đa ${max} ký tự`);

export const EditedHeaderLineSchema = z.object({
  text: lineText('Dòng tiêu đề', 200),
  bold: z.boolean(),
});

/** The header lines as the user edited them: the left column (top to bottom) and the right one. */
export const EditedHeaderSchema = z.object({
  leftLines: z
    .array(EditedHeaderLineSchema)
    .min(1, 'Tiêu đề cần ít nhất một dòng bên trái (tên cơ quan ban hành)')
    .max(MAX_LEFT_LINES, `Bên trái tối đa ${MAX_LEFT_LINES} dòng`),
  /** Quốc hiệu and Tiêu ngữ (NĐ 30/2020 Phụ lục I, mục II.1). */
  rightLines: z.tuple([lineText('Quốc hiệu', 200), lineText('Tiêu ngữ', 200)]),
});
export type EditedHeader = z.infer<typeof EditedHeaderSchema>;

/** A signature block as edited: the authority line may be empty (the head signs in person). */
export const EditedSignatureSchema = z.object({
  authority: z.string().trim().max(200, 'Dòng thẩm quyền ký tối đa 200 ký tự'),
  title: lineText('Chức vụ người ký', 200),
  name: z.string().trim().max(120, 'Họ tên người ký tối đa 120 ký tự'),
});

export const EditedSignaturesSchema = z
  .array(EditedSignatureSchema)
  .min(1, 'Cần ít nhất một chữ ký')
  .max(MAX_SIGNATURES, `Tối đa ${MAX_SIGNATURES} chữ ký (văn bản liên tịch)`);

export const DocumentSettingSchema = z.object({
  preset: HeaderPresetSchema,
  /** Absent while the lines follow the unit profile. */
  header: EditedHeaderSchema.optional(),
  /** Absent while the signers follow the roster (defaultSignatures). */
  signatures: EditedSignaturesSchema.optional(),
});
export type DocumentSetting = z.infer<typeof DocumentSettingSchema>;

/** Keyed by document id; a document without an entry keeps today's default. */
export const DocumentSettingsSchema = z.partialRecord(z.enum(DOCUMENT_IDS), DocumentSettingSchema);
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>;

// -------------------------------------------------------------------------------------------------
// The channels of the header drawer (core/contract.ts: documentSettings:get / save / reset).

const DocumentIdSchema = z.enum(DOCUMENT_IDS);

/** Save one document's choice; the lines and signers are sent as shown, defaults included. */
export const DocumentSettingInputSchema = z
  .object({
    conferenceId: z.string().min(1).max(100),
    id: DocumentIdSchema,
    preset: HeaderPresetSchema,
    header: EditedHeaderSchema.optional(),
    signatures: EditedSignaturesSchema.optional(),
  })
  .strict();

const PresetDefaultsSchema = z.object({
  header: DocumentHeaderSchema,
  signatures: z.array(SignatureSchema),
  symbols: z.array(z.string()),
});

/** Everything the drawer shows: what prints now, and what each preset would give unedited. */
export const DocumentHeaderSettingsSchema = z.object({
  id: DocumentIdSchema,
  defaultPreset: HeaderPresetSchema,
  preset: HeaderPresetSchema,
  header: DocumentHeaderSchema,
  signatures: z.array(SignatureSchema),
  headerEdited: z.boolean(),
  signaturesEdited: z.boolean(),
  /** The unit's or the union's abbreviation as set in the unit profile; '' when not set. */
  issuer: z.string(),
  symbols: z.array(z.string()),
  /** The number issued under the present preset ("Số: 05/KHLT-CĐCS"), null while none. */
  numberText: z.string().nullable(),
  /** What of the header the document prints (D5: the left column only). */
  parts: z.object({ rightLines: z.boolean(), signatures: z.boolean() }),
  presets: z.object({
    unit: PresetDefaultsSchema,
    union: PresetDefaultsSchema,
    joint: PresetDefaultsSchema,
  }),
});
export type DocumentHeaderSettings = z.infer<typeof DocumentHeaderSettingsSchema>;
