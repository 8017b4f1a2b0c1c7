import type { Conference } from '../domain/conference';
import type { HolidayTable } from '../domain/holidays';
import type { Person } from '../domain/person';
import type { UnitProfile } from '../domain/unit';
import type { InspectionBoard } from '../domain/workspace';
import type { RuleSet } from '../rules/ruleSets';
import type { WordingOverrides } from './documentWording';

/**
 * The official documents the app generates (domain-research §5): the preparation step (D1–D5),
 * the Ban Thanh tra nhân dân election (D10 Tờ trình, D11 Thể lệ, D12 Phiếu bầu, D13 Biên bản kiểm
 * phiếu, D16 Quyết định công nhận, D17 Biên bản họp lần thứ nhất) and the conference's outcome
 * (D14 Biên bản hội nghị, D15 Nghị quyết, D18 Giao ước thi đua, D19 Báo cáo kết quả, D20 Thông
 * báo công khai nghị quyết with D20KH, its Kế hoạch triển khai: row D20 of §5 is two documents,
 * each with its own type and number in the register — TB and KH). After the conference, from what
 * was tracked: D21 Báo cáo kiểm tra, đánh giá thực hiện nghị quyết with D21TB, its Thông báo to all
 * staff (Điều 52.3; two documents as D20 is), D8 Báo cáo hoạt động Ban Thanh tra nhân dân, and
 * the drafts for next year's conference: D6 Báo cáo của thủ trưởng (skeleton) and D7 Báo cáo của
 * Ban Chấp hành Công đoàn (its section on implementing the resolution, Điều 51.3.b). When a second
 * convocation still lacks the quorum (Điều 51.2.c), the written-opinion route of Điều 50.2: D9PYK
 * Phiếu lấy ý kiến and D9KQ Biên bản tổng hợp kết quả lấy ý kiến (D9 is the drafts put to staff
 * for opinion, §5). The Ban Thanh tra nhân dân's own documents, one per record of its year (D22,
 * Luật 10/2022/QH15 Điều 62; Nghị định 59/2023/NĐ-CP Điều 22): D22CT Chương trình công tác, D22KH
 * Kế hoạch kiểm tra, giám sát, D22BC Báo cáo kết quả kiểm tra, giám sát, D22KN Kiến nghị.
 */
export const DOCUMENT_IDS = [
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'D7',
  'D8',
  'D9KQ',
  'D9PYK',
  'D10',
  'D11',
  'D12',
  'D13',
  'D14',
  'D15',
  'D16',
  'D17',
  'D18',
  'D19',
  'D20',
  'D20KH',
  'D21',
  'D21TB',
  'D22BC',
  'D22CT',
  'D22KH',
  'D22KN',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/**
 * Everything a document is generated from — the same records for every document, so a name, a count
 * or a date can never differ between two of them.
 */
export interface DocumentContext {
  unit: UnitProfile;
  people: readonly Person[];
  conference: Conference;
  /**
   * Last year's regular conference when the app holds it, with the numbers issued for it (its
   * resolution's): next year's D6 and D7 are drafted from its tracked year until this conference
   * has a followed resolution of its own (implementationFacts.ts reportedContext).
   */
  previous?: { conference: Conference; numbers: Partial<Record<DocumentId, string>> };
  rules: RuleSet;
  inspectionBoard?: InspectionBoard;
  /** The day the documents are generated (yyyy-mm-dd): dates "issued on" default to it. */
  today: string;
  /** Numbers issued from the register, printed as they are ("Số: 05/KHLT-CĐCS"). */
  numbers?: Partial<Record<DocumentId, string>>;
  /** The unit's own wording of the standard sentences (documentWording.ts), kept year to year. */
  wording?: WordingOverrides;
  /** The unit's changes to the days off (holidays.ts): working-day deadlines such as R20. */
  holidays?: HolidayTable;
  /**
   * Choices made at export: D3 as one convocation page per summoned person instead of one list,
   * D9PYK as one opinion form per member of staff with the name filled in.
   * `previewRows`, for the in-app preview only: a long list prints its first rows (documentPreview.ts);
   * its totals still count everyone. `record`: the board record a D22 document prints (a
   * programme, an inspection, a recommendation — boardDocumentFacts.ts); its latest by default.
   */
  options?: { perPerson?: boolean; previewRows?: number; record?: string };
}

/** What decides whether a document belongs to a conference (the registry's appliesTo). */
export type DocumentScope = Pick<DocumentContext, 'conference' | 'previous'>;

export function isDocumentId(value: string): value is DocumentId {
  return (DOCUMENT_IDS as readonly string[]).includes(value);
}

/**
 * The documents that can print a page per person (options.perPerson): D3's convocation per person
 * summoned, D9PYK's opinion form per member of staff (Điều 50.2: the forms go to all staff).
 */
export const PER_PERSON_DOCUMENTS: readonly DocumentId[] = ['D3', 'D9PYK'];

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
