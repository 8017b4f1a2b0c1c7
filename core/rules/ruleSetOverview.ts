/**
 * The rule set as the "Giới thiệu — Căn cứ pháp lý" card of the in-app help shows it (issue 5 item
 * 7): the texts it rests on with their dates and what each governs, and every legal number the app
 * applies with its value in words, its article, the date it applies from and how sure the research
 * is of it (the basis labels of domain-research.md: LAW, PRACTICE, ANALOGY, UNCONFIRMED).
 */
import { formatDateVi } from '../domain/dates';
import { ROLE_LABELS } from '../domain/glossary';
import type { Basis, Fraction, RuleSet, RuleValue } from './ruleSets';

/** How sure the research is of a value, as a user reads it. */
export const BASIS_LABELS: Record<Basis, string> = {
  LAW: 'Luật',
  PRACTICE: 'Thực tiễn',
  ANALOGY: 'Tương tự',
  UNCONFIRMED: 'Chưa xác nhận',
};

/** What each basis means, for a tooltip or a legend. */
export const BASIS_EXPLANATIONS: Record<Basis, string> = {
  LAW: 'Con số ghi trong luật, nghị định.',
  PRACTICE: 'Theo hướng dẫn của công đoàn ngành hoặc thực tiễn phổ biến; luật không ghi con số.',
  ANALOGY: 'Chưa có quy định riêng cho cơ quan, đơn vị: vận dụng quy định tương tự.',
  UNCONFIRMED: 'Chưa tìm được văn bản xác nhận: hãy kiểm tra với công đoàn cấp trên.',
};

/** The keys of RuleSet that hold a legal number (RuleValue): each must have a row below. */
export type RuleKey = {
  [K in keyof RuleSet]: RuleSet[K] extends RuleValue<unknown> ? K : never;
}[keyof RuleSet];

export interface SourceRow {
  /** "Luật 97/2025/QH15". */
  number: string;
  title: string;
  /** "27/06/2025", or null where the research did not verify the date. */
  issuedOn: string | null;
  effectiveFrom: string | null;
  /** What it governs or changes. */
  note: string;
}

export interface RuleRow {
  key: RuleKey;
  /** What the number decides: "Số người tham dự tối thiểu". */
  label: string;
  /** The value in words: "ít nhất 2/3 số người được triệu tập". */
  value: string;
  /** The article: "Luật 10/2022/QH15, Điều 51.2.c". */
  source: string;
  /** "01/07/2023". */
  effectiveFrom: string;
  basis: Basis;
  basisLabel: string;
}

export interface RuleSetOverview {
  label: string;
  description: string;
  sources: SourceRow[];
  values: RuleRow[];
}

const fraction = (f: Fraction): string => `${f.numerator}/${f.denominator}`;

/**
 * Each legal number, in the order a conference meets them, with its label and its value in
 * words. Typed against RuleKey: a number added to RuleSet without a row here fails to compile, so
 * the card can never leave one out.
 */
const ROWS: { [K in RuleKey]: { label: string; value: (v: RuleSet[K]['value']) => string } } = {
  deadlineMonths: {
    label: 'Thời hạn tổ chức hội nghị hằng năm',
    value: (v) => `trong ${v} tháng kể từ khi kết thúc năm công tác`,
  },
  fullAssemblyBelow: {
    label: 'Hội nghị toàn thể (không tổ chức hội nghị đại biểu)',
    value: (v) =>
      `khi đơn vị có dưới ${v} người (trừ khi làm việc phân tán, không thể rời vị trí công tác)`,
  },
  optionalAtOrBelow: {
    label: 'Không bắt buộc tổ chức hội nghị, không có Ban Thanh tra nhân dân',
    value: (v) => `khi đơn vị có từ ${v} người trở xuống`,
  },
  extraordinaryStaffFraction: {
    label: 'Hội nghị bất thường',
    value: (v) =>
      `khi Ban Chấp hành Công đoàn, thủ trưởng hoặc ít nhất ${fraction(v)} tổng số cán bộ, công chức, viên chức, người lao động đề nghị`,
  },
  quorum: {
    label: 'Số người tham dự tối thiểu',
    value: (v) => `ít nhất ${fraction(v)} số người được triệu tập`,
  },
  passFraction: {
    label: 'Biểu quyết thông qua',
    value: (v) => `trên ${fraction(v)} số người có mặt tán thành`,
  },
  boardSeats: {
    label: 'Số thành viên Ban Thanh tra nhân dân',
    value: (v) => `từ ${v.min} đến ${v.max} người${v.oddOnly ? ', số lẻ' : ''}`,
  },
  boardExcludedRoles: {
    label: 'Không được là thành viên Ban Thanh tra nhân dân',
    value: (v) => v.map((role) => ROLE_LABELS[role]).join(', '),
  },
  countingBoard: {
    label: 'Ban kiểm phiếu',
    value: (v) =>
      `từ ${v.min} đến ${v.max} người, không phải người ứng cử; ${v.witnesses} người chứng kiến`,
  },
  boardWinFraction: {
    label: 'Trúng cử Ban Thanh tra nhân dân',
    value: (v) =>
      `được trên ${fraction(v)} số phiếu bầu so với số người có mặt tại hội nghị (mặc định; có thể chọn tính trên số phiếu hợp lệ)`,
  },
  boardMinMembers: {
    label: 'Số thành viên tối thiểu của Ban (khi bầu không đủ số lượng)',
    value: (v) => `không dưới ${v} người`,
  },
  boardDeputies: {
    label: 'Số Phó Trưởng ban',
    value: (v) =>
      [
        `không quá ${v.maxLarge} khi Ban có từ ${v.largeFrom} thành viên`,
        ...(v.maxSmall !== null ? [`không quá ${v.maxSmall} khi dưới ${v.largeFrom}`] : []),
      ].join('; '),
  },
  recognitionWorkingDays: {
    label: 'Công nhận kết quả bầu',
    value: (v) => `trong ${v} ngày làm việc sau ngày kết thúc hội nghị`,
  },
  boardTermYears: {
    label: 'Nhiệm kỳ Ban Thanh tra nhân dân',
    value: (v) => `${v} năm`,
  },
  disseminationWorkingDays: {
    label: 'Phổ biến, quán triệt nghị quyết (có đầu mối theo dõi)',
    value: (v) => `trong ${v} ngày làm việc sau khi nghị quyết được thông qua (mặc định)`,
  },
  disclosureWorkingDays: {
    label: 'Công khai nội dung phải công khai',
    value: (v) => `chậm nhất ${v} ngày làm việc sau khi có quyết định`,
  },
  postingMinDays: {
    label: 'Thời gian niêm yết',
    value: (v) => `ít nhất ${v} ngày liên tục`,
  },
  reviewIntervalMonths: {
    label: 'Kiểm tra, đánh giá việc thực hiện nghị quyết',
    value: (v) => `định kỳ ${v} tháng một lần, thông báo kết quả đến toàn thể cán bộ`,
  },
  inspectionNoticeWorkingDays: {
    label: 'Thông báo kế hoạch kiểm tra của Ban Thanh tra nhân dân',
    value: (v) => `cho đối tượng kiểm tra trước ít nhất ${v} ngày làm việc`,
  },
  recommendationAnswerDays: {
    label: 'Thủ trưởng trả lời kiến nghị của Ban Thanh tra nhân dân',
    value: (v) => `trong ${v} ngày kể từ ngày nhận kiến nghị`,
  },
};

function row<K extends RuleKey>(rules: RuleSet, key: K): RuleRow {
  const rule = rules[key];
  return {
    key,
    label: ROWS[key].label,
    value: ROWS[key].value(rule.value),
    source: rule.source,
    effectiveFrom: formatDateVi(rule.effectiveFrom),
    basis: rule.basis,
    basisLabel: BASIS_LABELS[rule.basis],
  };
}

export function ruleSetOverview(rules: RuleSet): RuleSetOverview {
  return {
    label: rules.label,
    description: rules.description,
    sources: rules.sources.map((s) => ({
      number: s.number,
      title: s.title,
      issuedOn: s.issuedOn ? formatDateVi(s.issuedOn) : null,
      effectiveFrom: s.effectiveFrom ? formatDateVi(s.effectiveFrom) : null,
      note: s.note,
    })),
    values: (Object.keys(ROWS) as RuleKey[]).map((key) => row(rules, key)),
  };
}
