/**
 * The header, signature blocks and number symbol a document prints (R29), resolved from the
 * conference's documentSettings: the lines and signers the user edited when there are any, printed
 * as typed; otherwise headerFromUnit and defaultSignatures for the document's preset, so a change to
 * the unit profile or the roster flows into every document the user has not edited.
 *
 * The symbol's issuer group follows the preset (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.3.b): the unit's
 * abbreviation for a unit document ("GM-GTVT"), the union's for a union or a joint one ("KHLT-CĐCS",
 * practice for joint documents, domain-research §4.3). An abbreviation the unit has not set yet is a
 * blank for the văn thư ("GTT-……").
 */
import type { Conference } from '../domain/conference';
import {
  HEADER_PRESETS,
  defaultSignatures,
  headerFromUnit,
  headSignature,
  unionChairSignature,
  type DocumentHeader,
  type HeaderPreset,
  type Signature,
} from '../domain/documentHeader';
import { formatPlaceDate } from '../domain/dates';
import { documentSymbol } from '../domain/documentNumber';
import type { DocumentSetting, EditedHeader } from '../domain/documentSettings';
import type { UnitProfile } from '../domain/unit';
import { normalizeText } from '../domain/vietnamese';
import { conferenceOfficers } from './conferenceOfficers';
import { firstMeetingOfficers } from './firstMeetingOfficers';
import type { DocumentContext, DocumentId } from './documentContext';
import { NUMBERED_DOCUMENTS, numberTextFor, numberTypeCode } from './documentNumbering';
import { BLANK } from './scriptWording';

/**
 * Each document's preset when the user has chosen none — what the documents printed before presets
 * could be chosen. The plan, the programme and the list are joint (Luật 10/2022/QH15 Điều 52.1: the
 * head and the union executive organise together); the head convenes (Điều 51.1), so the letters
 * are the unit's; the chair's script is internal and shows the unit only. A document added later
 * without an entry is a unit document.
 */
export const DEFAULT_HEADER_PRESETS: Partial<Record<DocumentId, HeaderPreset>> = {
  D1: 'joint',
  D2: 'joint',
  D3: 'unit',
  D4: 'joint',
  D5: 'unit',
  // The election is the union executive's business (Điều 60.1, 63.2.a): its Tờ trình, the rules it
  // proposes, the ballots it stamps, the counting minutes, its Quyết định (QĐ 933/QĐ-TLĐ Mẫu 1.3)
  // and the board's first meeting it convenes.
  D10: 'union',
  D11: 'union',
  D12: 'union',
  D13: 'union',
  D16: 'union',
  D17: 'union',
  // The conference's own documents: the head presides (Điều 51.1), so its minutes, its resolution
  // and the notice of it carry the unit; the covenant is between the head and the union
  // (Điều 51.4.h) and the plan carrying out the resolution is built by both (Điều 52.2); the
  // report to the upper union is the union executive's (practice, domain-research §2.9).
  D14: 'unit',
  D15: 'unit',
  D18: 'joint',
  D19: 'union',
  D20: 'unit',
  D20KH: 'joint',
  // The six-monthly review is the head's with the union executive (Điều 52.3: the head presides,
  // the union coordinates), so its report is joint; its notice to all staff is the unit's, as
  // D20's is. The Ban TTND reports to the conference under the union's header (practice: the
  // board is elected by the conference and directed by the union executive, Điều 62.3, 63.2).
  D21: 'joint',
  D21TB: 'unit',
  D8: 'union',
  // The reports to the conference: the head's (Điều 51.3.a, c) and the union executive's (51.3.b).
  D6: 'unit',
  D7: 'union',
  // The written-opinion route: the head takes the opinions after agreeing with the union
  // executive (Điều 50.2), so the form and the record of its result carry both bodies.
  D9PYK: 'joint',
  D9KQ: 'joint',
  // The Ban TTND's own documents (Điều 62; Nghị định 59/2023/NĐ-CP Điều 22) under the union's
  // header, as its report to the conference (D8).
  D22CT: 'union',
  D22KH: 'union',
  D22BC: 'union',
  D22KN: 'union',
};

/** Unnumbered documents that still print a symbol after the blank number: D3's two letters. */
const LETTER_TYPES: Partial<Record<DocumentId, readonly string[]>> = { D3: ['GTT', 'GM'] };

/**
 * What of the header a document prints: D5 (internal, "not an administrative document") has the
 * left column only — no Quốc hiệu, no number, no signature.
 */
export interface DocumentHeaderParts {
  rightLines: boolean;
  signatures: boolean;
}

/**
 * Documents whose signers come from their own records, not from an editable block: the ballots
 * (D12) are stamped, not signed, and carry the union's name only; the counting minutes (D13) are
 * signed by the whole counting board and the witnesses (domain-research §3.10); an opinion form
 * (D9PYK) by the member of staff who returns it.
 */
const OWN_SIGNERS: readonly DocumentId[] = ['D12', 'D13', 'D9PYK'];

export function documentHeaderParts(id: DocumentId): DocumentHeaderParts {
  const leftOnly = id === 'D5' || id === 'D12';
  return { rightLines: !leftOnly, signatures: !leftOnly && !OWN_SIGNERS.includes(id) };
}

export function defaultHeaderPreset(id: DocumentId): HeaderPreset {
  return DEFAULT_HEADER_PRESETS[id] ?? 'unit';
}

export function headerPresetFor(
  conference: Pick<Conference, 'documentSettings'>,
  id: DocumentId,
): HeaderPreset {
  return conference.documentSettings[id]?.preset ?? defaultHeaderPreset(id);
}

/** The issuer group of the symbol: the unit's abbreviation for 'unit', the union's otherwise. */
export function issuerAbbreviation(
  unit: Pick<UnitProfile, 'abbreviation' | 'unionAbbreviation'>,
  preset: HeaderPreset,
): string {
  return preset === 'unit' ? unit.abbreviation : unit.unionAbbreviation;
}

/** "GM-GTVT"; "GM-……" while the abbreviation is not set. */
export function documentSymbolFor(
  unit: Pick<UnitProfile, 'abbreviation' | 'unionAbbreviation'>,
  preset: HeaderPreset,
  typeCode: string,
): string {
  return documentSymbol(typeCode, issuerAbbreviation(unit, preset) || BLANK.repeat(2));
}

/** Every symbol the document prints under the preset: one per type, none for D5. */
export function documentSymbols(
  unit: Pick<UnitProfile, 'abbreviation' | 'unionAbbreviation'>,
  id: DocumentId,
  preset: HeaderPreset,
): string[] {
  const numbered = numberTypeCode(id, preset);
  const types = numbered !== undefined ? [numbered] : (LETTER_TYPES[id] ?? []);
  return types.map((typeCode) => documentSymbolFor(unit, preset, typeCode));
}

/** The register type each numbered document has under its present preset (issuedNumbers). */
export function numberTypeCodes(
  conference: Pick<Conference, 'documentSettings'>,
): Partial<Record<DocumentId, string>> {
  const codes: Partial<Record<DocumentId, string>> = {};
  for (const id of Object.keys(NUMBERED_DOCUMENTS) as DocumentId[]) {
    const code = numberTypeCode(id, headerPresetFor(conference, id));
    if (code !== undefined) codes[id] = code;
  }
  return codes;
}

/** The header and signers a preset gives when nothing is edited, with its symbols. */
export interface PresetDefaults {
  header: DocumentHeader;
  signatures: Signature[];
  symbols: string[];
}

/**
 * What the defaults are made from: the unit and the roster, and — for the documents signed by the
 * conference's chair and secretary, or by those of the board's first meeting — the conference (its
 * presidium, its election). Without it those documents leave the names to be written in.
 */
type HeaderSources = Pick<DocumentContext, 'unit' | 'people'> & {
  conference?: Pick<Conference, 'presidium' | 'election'>;
};

/** Mẫu 1.9 (R27): the secretary signs a biên bản on the left, the chair on the right. */
export const MINUTES_SECRETARY_TITLE = 'THƯ KÝ';
export const MINUTES_CHAIR_TITLE = 'CHỦ TỌA';
/**
 * A conference resolution is signed on behalf of the conference by its chair (practice; the Law
 * and NĐ 30/2020 set no form for it, domain-research §4.3 — "TM. ĐOÀN CHỦ TỊCH" is also seen).
 */
export const RESOLUTION_AUTHORITY = 'TM. HỘI NGHỊ';
/**
 * The Ban TTND signs its own report to the conference (D8, Điều 62.3) and its own documents (D22:
 * programme, inspection plan and result, recommendation) by its head, elected at the board's first
 * meeting (R19); practice, as other collective bodies sign "TM. …".
 */
export const BOARD_AUTHORITY = 'TM. BAN THANH TRA NHÂN DÂN';
export const BOARD_HEAD_TITLE = 'TRƯỞNG BAN';

/**
 * Who signs by default. Most documents follow their preset (defaultSignatures); these follow what
 * they are, whatever the header: the minutes (D14) and the record of the written opinions' result
 * (D9KQ) the secretary and the chair, the resolution
 * (D15) the chair for the conference, the covenant (D18) both parties — the union chair on the
 * left and the head on the right, as the joint documents print them — and the minutes of the
 * board's first meeting (D17) its secretary and its chair (firstMeetingOfficers).
 */
function documentSignatures(ctx: HeaderSources, id: DocumentId, preset: HeaderPreset): Signature[] {
  const officers = ctx.conference
    ? conferenceOfficers(ctx.conference, ctx.people)
    : { presidium: [], secretaries: [] };
  const name = (p: { fullName: string } | undefined) => (p ? normalizeText(p.fullName) : '');
  switch (id) {
    // The record of the written opinions' result (Điều 50.2) is signed as the minutes of the
    // conference it replaces: its secretary and its chair (by default the head, defaultPresidium).
    case 'D14':
    case 'D9KQ':
      return [
        { authority: '', title: MINUTES_SECRETARY_TITLE, name: name(officers.secretary) },
        { authority: '', title: MINUTES_CHAIR_TITLE, name: name(officers.chair) },
      ];
    case 'D15':
      return [
        { authority: RESOLUTION_AUTHORITY, title: MINUTES_CHAIR_TITLE, name: name(officers.chair) },
      ];
    case 'D17': {
      const meeting = firstMeetingOfficers(ctx.conference ?? {}, ctx.unit, ctx.people);
      return [
        { authority: '', title: MINUTES_SECRETARY_TITLE, name: name(meeting.secretary) },
        { authority: '', title: MINUTES_CHAIR_TITLE, name: name(meeting.chair) },
      ];
    }
    case 'D18':
      return [unionChairSignature(ctx.unit, ctx.people), headSignature(ctx.people)];
    case 'D8':
    case 'D22CT':
    case 'D22KH':
    case 'D22BC':
    case 'D22KN': {
      const headId = ctx.conference?.election?.firstMeeting.headId;
      return [
        {
          authority: BOARD_AUTHORITY,
          title: BOARD_HEAD_TITLE,
          name: name(ctx.people.find((p) => p.id === headId)),
        },
      ];
    }
    default:
      return defaultSignatures(preset, ctx.unit, ctx.people);
  }
}

export function presetDefaults(
  ctx: HeaderSources,
  id: DocumentId,
  preset: HeaderPreset,
): PresetDefaults {
  return {
    header: headerFromUnit(ctx.unit, preset),
    signatures: documentSignatures(ctx, id, preset),
    symbols: documentSymbols(ctx.unit, id, preset),
  };
}

/** The three presets side by side, so a screen can switch between them without asking again. */
export function allPresetDefaults(
  ctx: HeaderSources,
  id: DocumentId,
): Record<HeaderPreset, PresetDefaults> {
  const [unit, union, joint] = HEADER_PRESETS.map((preset) => presetDefaults(ctx, id, preset));
  if (!unit || !union || !joint) throw new Error('HEADER_PRESETS lost a preset');
  return { unit, union, joint };
}

export interface ResolvedDocumentHeader {
  id: DocumentId;
  preset: HeaderPreset;
  /** preset, verifyLocally and source from the preset; the lines edited or from the unit. */
  header: DocumentHeader;
  signatures: Signature[];
  headerEdited: boolean;
  signaturesEdited: boolean;
  /** The issuer group of the symbol as set in the unit profile; '' when it is not set yet. */
  issuer: string;
  /** "KHLT-CĐCS", or "GTT-……" and "GM-……" for D3; none for D5. */
  symbols: string[];
  /** "Số: 05/KHLT-CĐCS" when issued, the blank form otherwise; undefined when unnumbered. */
  numberText?: string;
}

export function documentHeaderFor(
  ctx: Pick<DocumentContext, 'unit' | 'people' | 'conference' | 'numbers'>,
  id: DocumentId,
): ResolvedDocumentHeader {
  const setting = ctx.conference.documentSettings[id];
  const preset = setting?.preset ?? defaultHeaderPreset(id);
  const defaults = presetDefaults(ctx, id, preset);
  const header: DocumentHeader = setting?.header
    ? {
        ...defaults.header,
        leftLines: setting.header.leftLines.map((l) => ({ ...l })),
        rightLines: [...setting.header.rightLines],
      }
    : defaults.header;
  const symbol = defaults.symbols[0];
  return {
    id,
    preset,
    header,
    signatures: setting?.signatures?.map((s) => ({ ...s })) ?? defaults.signatures,
    headerEdited: setting?.header !== undefined,
    signaturesEdited: setting?.signatures !== undefined,
    issuer: issuerAbbreviation(ctx.unit, preset),
    symbols: defaults.symbols,
    ...(NUMBERED_DOCUMENTS[id] && symbol !== undefined
      ? { numberText: numberTextFor(ctx, id, symbol) }
      : {}),
  };
}

/**
 * "Hà Nội, ngày 05 tháng 01 năm 2026" for the day a document is issued on (NĐ 30/2020/NĐ-CP
 * Phụ lục I, mục II.4 — R25): the unit's place, a blank for the văn thư until it is set.
 */
export function placeDateFor(ctx: Pick<DocumentContext, 'unit'>, isoDate: string): string {
  return formatPlaceDate(normalizeText(ctx.unit.placeName) || BLANK, isoDate);
}

/** What a numbered and dated document prints around its content. */
export interface IssuedShell {
  header: DocumentHeader;
  /** The issued number, the blank form until the register issues one, '' if unnumbered. */
  numberText: string;
  placeDateText: string;
  signatures: Signature[];
}

/** The header, number and signers documentHeaderFor resolves, dated `isoDate` (placeDateFor). */
export function issuedShell(
  ctx: Pick<DocumentContext, 'unit' | 'people' | 'conference' | 'numbers'>,
  id: DocumentId,
  isoDate: string,
): IssuedShell {
  const resolved = documentHeaderFor(ctx, id);
  return {
    header: resolved.header,
    numberText: resolved.numberText ?? '',
    placeDateText: placeDateFor(ctx, isoDate),
    signatures: resolved.signatures,
  };
}

function sameHeader(a: EditedHeader, b: Pick<DocumentHeader, 'leftLines' | 'rightLines'>): boolean {
  return (
    a.leftLines.length === b.leftLines.length &&
    a.leftLines.every(
      (l, i) => l.text === b.leftLines[i]?.text && l.bold === b.leftLines[i]?.bold,
    ) &&
    a.rightLines[0] === b.rightLines[0] &&
    a.rightLines[1] === b.rightLines[1]
  );
}

function sameSignatures(a: readonly Signature[], b: readonly Signature[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (s, i) => s.authority === b[i]?.authority && s.title === b[i]?.title && s.name === b[i]?.name,
    )
  );
}

/**
 * What to store for a document from what the user submitted: lines and signers equal to the
 * preset's defaults are not stored, so they keep following the unit profile and the roster; when
 * nothing differs from the document's default at all, nothing is stored (undefined).
 */
export function documentSettingToStore(
  ctx: HeaderSources,
  id: DocumentId,
  input: { preset: HeaderPreset; header?: EditedHeader; signatures?: Signature[] },
): DocumentSetting | undefined {
  const defaults = presetDefaults(ctx, id, input.preset);
  const header =
    input.header && !sameHeader(input.header, defaults.header) ? input.header : undefined;
  const signatures =
    input.signatures && !sameSignatures(input.signatures, defaults.signatures)
      ? input.signatures
      : undefined;
  if (input.preset === defaultHeaderPreset(id) && !header && !signatures) return undefined;
  return {
    preset: input.preset,
    ...(header ? { header } : {}),
    ...(signatures ? { signatures } : {}),
  };
}
