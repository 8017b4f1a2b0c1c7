/**
 * The legal numbers as data (R30): one table per rule set, each value with its source, its
 * effective date and how sure the research is of it (domain-research.md labels). Code reads these
 * values; it never writes a legal number inline.
 */

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

export interface RuleSet {
  id: RuleSetId;
  label: string;
  description: string;
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
}

export const RULE_SET_IDS = ['law-10-2022', 'education-11-hd-cdn'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

const LAW = 'Luật 10/2022/QH15';
const LAW_FROM = '2023-07-01';

const lawRuleSet: RuleSet = {
  id: 'law-10-2022',
  label: 'Luật 10/2022/QH15 + Nghị định 59/2023/NĐ-CP',
  description: 'Mặc định cho cơ quan nhà nước và đơn vị sự nghiệp công lập.',
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
};

/** Education sector: Hướng dẫn 11/HD-CĐN (20/02/2025) asks for an odd number of board members. */
const educationRuleSet: RuleSet = {
  ...lawRuleSet,
  id: 'education-11-hd-cdn',
  label: 'Ngành Giáo dục — Hướng dẫn 11/HD-CĐN',
  description: 'Như mặc định; Ban TTND có số thành viên lẻ (Công đoàn Giáo dục Việt Nam).',
  boardSeats: {
    value: { min: 3, max: 9, oddOnly: true },
    source: 'Hướng dẫn 11/HD-CĐN ngày 20/02/2025 của Công đoàn Giáo dục Việt Nam',
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
