/**
 * The legal numbers as data (R30): one table per rule set, each value with its source, its
 * effective date and how sure the research is of it (domain-research.md labels). Code reads these
 * values; it never writes a legal number inline.
 */
import type { Role } from '../domain/person';

export type Basis = 'LAW' | 'PRACTICE' | 'ANALOGY' | 'UNCONFIRMED';

export interface RuleValue<T> {
  value: T;
  source: string;
  effectiveFrom: string;
  basis: Basis;
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

/**
 * A text the rule set rests on, with its dates, for the About/Help screen (issue 5 item 7). Dates
 * are ISO (yyyy-mm-dd); absent when the research did not verify them.
 */
export interface LegalSource {
  /** "Luật 10/2022/QH15", "Công văn 8378/BNV-CTTN&BĐG". */
  number: string;
  title: string;
  issuedOn?: string;
  effectiveFrom?: string;
  /** What it changes or why it is listed, in a sentence. */
  note: string;
}

/** R19: how many deputy heads (Phó Trưởng ban) the board may have. */
export interface DeputyRule {
  /** From this many members the larger-board limit applies. */
  largeFrom: number;
  maxLarge: number;
  /** Limit below `largeFrom`; null when the rule set says nothing. */
  maxSmall: number | null;
}

export interface RuleSet {
  id: RuleSetId;
  label: string;
  description: string;
  /** The texts behind the numbers below, newest amendments included, shown on the About screen. */
  sources: readonly LegalSource[];
  /** R1: present ≥ ⌈fraction × base⌉. */
  quorum: RuleValue<Fraction>;
  /** R2: a decision passes with votes for strictly more than this fraction of people present. */
  passFraction: RuleValue<Fraction>;
  /** R3: below this many staff the conference is a full assembly (unless dispersed). */
  fullAssemblyBelow: RuleValue<number>;
  /** R4: at or below this many staff the conference is optional and no Ban TTND is organised. */
  optionalAtOrBelow: RuleValue<number>;
  /** R5: months after the work-year end by which the regular conference must be held. */
  deadlineMonths: RuleValue<number>;
  /** R6: share of all staff whose signatures can call an extraordinary conference. */
  extraordinaryStaffFraction: RuleValue<Fraction>;
  /** R11: seats of the Ban TTND. */
  boardSeats: RuleValue<{ min: number; max: number; oddOnly: boolean }>;
  /** R21: term of the Ban TTND in years. */
  boardTermYears: RuleValue<number>;
  /** R12: roles that may not sit on the Ban TTND. */
  boardExcludedRoles: RuleValue<readonly Role[]>;
  /** R17: a board below this many members cannot be constituted (accepting fewer stops here). */
  boardMinMembers: RuleValue<number>;
  /** R16: a candidate is elected with votes strictly more than this fraction of the base. */
  boardWinFraction: RuleValue<Fraction>;
  /** R14: members of the vote-counting board (head included) and witnesses invited from the floor. */
  countingBoard: RuleValue<{ min: number; max: number; witnesses: number }>;
  /** R19: deputy heads of the board, elected at its first meeting. */
  boardDeputies: RuleValue<DeputyRule>;
  /** R20: the union executive recognises the result within this many working days. */
  recognitionWorkingDays: RuleValue<number>;
  /** R9: the head and the union executive review the resolution every this many months. */
  reviewIntervalMonths: RuleValue<number>;
  /** R9: working days after adoption by which the resolution is disseminated (no legal term). */
  disseminationWorkingDays: RuleValue<number>;
  /** R10: working days after a decision by which it is disclosed to the staff. */
  disclosureWorkingDays: RuleValue<number>;
  /** R10: a posted disclosure stays up at least this many consecutive days. */
  postingMinDays: RuleValue<number>;
  /** R22: the subject of an inspection is notified at least this many working days ahead. */
  inspectionNoticeWorkingDays: RuleValue<number>;
  /** R22: the head answers a Ban TTND recommendation within this many (calendar) days. */
  recommendationAnswerDays: RuleValue<number>;
}

export const RULE_SET_IDS = ['law-10-2022', 'education-11-hd-cdn'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

const LAW = 'Luật 10/2022/QH15';
const LAW_FROM = '2023-07-01';
const DECREE = 'Nghị định 59/2023/NĐ-CP';
const DECREE_FROM = '2023-08-15';

/**
 * domain-research.md §0 (S1–S3, S12) and open question 1: the 2024 and 2025 amending laws are in
 * force; no stored source shows them changing Điều 46–63, so the numbers below keep the 2022 text.
 */
const LAW_SOURCES: readonly LegalSource[] = [
  {
    number: LAW,
    title: 'Luật Thực hiện dân chủ ở cơ sở',
    issuedOn: '2022-11-10',
    effectiveFrom: LAW_FROM,
    note: 'Chương III (Điều 46–63): hội nghị cán bộ, công chức, viên chức, người lao động và Ban Thanh tra nhân dân ở cơ quan, đơn vị.',
  },
  {
    number: 'Luật 47/2024/QH15',
    title: 'Luật có sửa đổi Luật Thực hiện dân chủ ở cơ sở',
    note: 'Sửa đổi Luật 10/2022/QH15 trước Luật 97/2025/QH15; ngày ban hành và nội dung sửa đổi chưa được kiểm chứng.',
  },
  {
    number: 'Luật 97/2025/QH15',
    title:
      'Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở',
    issuedOn: '2025-06-27',
    effectiveFrom: '2025-07-01',
    note: 'Sửa đổi Luật 10/2022/QH15 (đã được sửa đổi bởi Luật 47/2024/QH15); chưa thấy thay đổi các Điều 46–63 (chưa kiểm chứng toàn văn).',
  },
  {
    number: DECREE,
    title: 'Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở',
    issuedOn: '2023-08-14',
    effectiveFrom: DECREE_FROM,
    note: 'Điều 20–23: Ban Thanh tra nhân dân ở cơ quan, đơn vị; Điều 3.5: kiểm phiếu (vận dụng).',
  },
  {
    number: 'Công văn 8378/BNV-CTTN&BĐG',
    title: 'Hướng dẫn tổ chức và hoạt động của Ban Thanh tra nhân dân ở cơ quan, đơn vị',
    issuedOn: '2025-09-23',
    note: 'Bộ Nội vụ trả lời Sở Nội vụ Lâm Đồng về Ban Thanh tra nhân dân ở cơ quan, đơn vị sau Luật 97/2025/QH15.',
  },
];

const lawRuleSet: RuleSet = {
  id: 'law-10-2022',
  label: 'Luật 10/2022/QH15 + Nghị định 59/2023/NĐ-CP',
  description: 'Mặc định cho cơ quan nhà nước và đơn vị sự nghiệp công lập.',
  sources: LAW_SOURCES,
  quorum: {
    value: { numerator: 2, denominator: 3 },
    source: `${LAW}, Điều 51.2.c`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  passFraction: {
    value: { numerator: 1, denominator: 2 },
    source: `${LAW}, Điều 51.2.c`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  fullAssemblyBelow: {
    value: 100,
    source: `${LAW}, Điều 51.2.a–b`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  optionalAtOrBelow: {
    value: 7,
    source: `${LAW}, Điều 51.2.đ, 60.1, 63.2.e`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  deadlineMonths: { value: 3, source: `${LAW}, Điều 51.1`, effectiveFrom: LAW_FROM, basis: 'LAW' },
  extraordinaryStaffFraction: {
    value: { numerator: 1, denominator: 3 },
    source: `${LAW}, Điều 50.1`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  boardSeats: {
    value: { min: 3, max: 9, oddOnly: false },
    source: `${LAW}, Điều 60.1; Nghị định 59/2023/NĐ-CP, Điều 21.2`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  boardTermYears: { value: 2, source: `${LAW}, Điều 60.3`, effectiveFrom: LAW_FROM, basis: 'LAW' },
  boardExcludedRoles: {
    value: ['head', 'deputyHead', 'chiefAccountant'],
    source: `${LAW}, Điều 60.2`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  boardMinMembers: {
    value: 3,
    source: `${LAW}, Điều 60.1`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  // Our reading (domain-research §3.8): the election is a decision of the conference (Điều 49.1),
  // held under Điều 51 (NĐ 59/2023 Điều 21.1), whose decisions need more than half.
  boardWinFraction: {
    value: { numerator: 1, denominator: 2 },
    source: `${LAW}, Điều 49.1, 51.2.c; ${DECREE}, Điều 21.1`,
    effectiveFrom: DECREE_FROM,
    basis: 'LAW',
  },
  // No agency-level rule: the village-meeting counting board (3–5, 2 witnesses) by analogy.
  countingBoard: {
    value: { min: 3, max: 5, witnesses: 2 },
    source: `${DECREE}, Điều 3.5.c (vận dụng)`,
    effectiveFrom: DECREE_FROM,
    basis: 'ANALOGY',
  },
  boardDeputies: {
    value: { largeFrom: 9, maxLarge: 2, maxSmall: null },
    source: `${DECREE}, Điều 21.3`,
    effectiveFrom: DECREE_FROM,
    basis: 'LAW',
  },
  recognitionWorkingDays: {
    value: 5,
    source: `${DECREE}, Điều 21.1`,
    effectiveFrom: DECREE_FROM,
    basis: 'LAW',
  },
  reviewIntervalMonths: {
    value: 6,
    source: `${LAW}, Điều 52.3`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  // Điều 52.2 sets no term for disseminating the resolution: by default the same 5 working days
  // as disclosure (Điều 47.2), a setting rather than a rule.
  disseminationWorkingDays: {
    value: 5,
    source: `${LAW}, Điều 52.2 (không quy định thời hạn; mặc định như Điều 47.2)`,
    effectiveFrom: LAW_FROM,
    basis: 'UNCONFIRMED',
  },
  disclosureWorkingDays: {
    value: 5,
    source: `${LAW}, Điều 47.2`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  postingMinDays: {
    value: 20,
    source: `${LAW}, Điều 48.1–2`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
  inspectionNoticeWorkingDays: {
    value: 5,
    source: `${DECREE}, Điều 22.1.b`,
    effectiveFrom: DECREE_FROM,
    basis: 'LAW',
  },
  // "Trong thời hạn 15 ngày": the Law does not say working days, so calendar days (research §3.11).
  recommendationAnswerDays: {
    value: 15,
    source: `${LAW}, Điều 63.1.c`,
    effectiveFrom: LAW_FROM,
    basis: 'LAW',
  },
};

/** Education sector: Hướng dẫn 11/HD-CĐN (20/02/2025) asks for an odd number of board members. */
const educationRuleSet: RuleSet = {
  ...lawRuleSet,
  id: 'education-11-hd-cdn',
  label: 'Ngành Giáo dục — Hướng dẫn 11/HD-CĐN',
  description: 'Như mặc định; Ban TTND có số thành viên lẻ (Công đoàn Giáo dục Việt Nam).',
  sources: [
    ...LAW_SOURCES,
    {
      number: 'Hướng dẫn 11/HD-CĐN',
      title: 'Hướng dẫn công tác tổ chức và hoạt động của Ban Thanh tra nhân dân (ngành Giáo dục)',
      issuedOn: '2025-02-20',
      note: 'Công đoàn Giáo dục Việt Nam; thay Hướng dẫn 02/HD-CĐN: số thành viên lẻ, số Phó Trưởng ban.',
    },
  ],
  boardSeats: {
    value: { min: 3, max: 9, oddOnly: true },
    source: 'Hướng dẫn 11/HD-CĐN ngày 20/02/2025 của Công đoàn Giáo dục Việt Nam',
    effectiveFrom: '2025-02-20',
    basis: 'PRACTICE',
  },
  boardDeputies: {
    value: { largeFrom: 9, maxLarge: 2, maxSmall: 1 },
    source: `Hướng dẫn 11/HD-CĐN ngày 20/02/2025; ${DECREE}, Điều 21.3`,
    effectiveFrom: '2025-02-20',
    basis: 'PRACTICE',
  },
};

export const RULE_SETS: Record<RuleSetId, RuleSet> = {
  'law-10-2022': lawRuleSet,
  'education-11-hd-cdn': educationRuleSet,
};

export function ruleSet(id: RuleSetId): RuleSet {
  return RULE_SETS[id];
}
