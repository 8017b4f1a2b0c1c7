import type { Conference } from '../domain/conference';
import type { Person } from '../domain/person';
import type { UnitProfile } from '../domain/unit';
import type { InspectionBoard } from '../domain/workspace';
import type { RuleSet } from '../rules/ruleSets';
import type { WordingOverrides } from './documentWording';

/** The official documents of the preparation step (domain-research §5). */
export const DOCUMENT_IDS = ['D1', 'D2', 'D3', 'D4', 'D5'] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/**
 * Everything a document is generated from — the same records for every document, so a name, a count
 * or a date can never differ between two of them.
 */
export interface DocumentContext {
  unit: UnitProfile;
  people: readonly Person[];
  conference: Conference;
  rules: RuleSet;
  inspectionBoard?: InspectionBoard;
  /** The day the documents are generated (yyyy-mm-dd): dates "issued on" default to it. */
  today: string;
  /** Numbers issued from the register, printed as they are ("Số: 05/KHLT-CĐCS"). */
  numbers?: Partial<Record<DocumentId, string>>;
  /** The unit's own wording of the standard sentences (documentWording.ts), kept year to year. */
  wording?: WordingOverrides;
  /** Choices made at export: D3 as one convocation page per summoned person instead of one list. */
  options?: { perPerson?: boolean };
}

export function isDocumentId(value: string): value is DocumentId {
  return (DOCUMENT_IDS as readonly string[]).includes(value);
}

/**
 * The date a document is issued on: the day it is generated, but never later than the conference
 * day — the plan, the programme and the convocation go out before the meeting, and one printed again
 * afterwards for the records must not be dated after the meeting it announces. ISO dates compare as
 * strings.
 */
export function issueDate(ctx: Pick<DocumentContext, 'today' | 'conference'>): string {
  const day = ctx.conference.date;
  return day !== undefined && ctx.today > day ? day : ctx.today;
}
