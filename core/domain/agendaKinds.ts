/**
 * The items of a conference programme as data (R7): the ceremonial frame seen in practice and the
 * nine statutory steps of Luật 10/2022/QH15 Điều 51.4 (letters a–i), each with its default title,
 * duration, presenter and source. Code reads this table; it never writes a step's wording inline.
 */
import type { Basis } from '../rules/ruleSets';
import { GLOSSARY } from './glossary';

export const AGENDA_KINDS = [
  'flagSalute',
  'purposeAndGuests',
  'presidiumAndSecretary',
  'programmeApproval',
  'credentials',
  'opening',
  'headReport',
  'unionReport',
  'discussion',
  'answers',
  'boardReport',
  'decisions',
  'boardElection',
  'awards',
  'covenant',
  'resolution',
  'closing',
  'custom',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** Longest item the programme accepts, in minutes (a whole morning plus an afternoon). */
export const MAX_ITEM_MINUTES = 600;

/** Who presents an item by default; a real person is filled in where the roster has the role. */
export const PRESENTER_ROLES = [
  'head',
  'unionChair',
  'boardHead',
  'presidium',
  'secretary',
  'countingBoard',
] as const;
export type PresenterRole = (typeof PRESENTER_ROLES)[number];

export const PRESENTER_ROLE_LABELS: Record<PresenterRole, string> = {
  head: 'Thủ trưởng cơ quan, đơn vị',
  unionChair: GLOSSARY.unionChair,
  boardHead: 'Trưởng Ban Thanh tra nhân dân',
  presidium: 'Đoàn Chủ tịch',
  secretary: 'Thư ký hội nghị',
  countingBoard: 'Ban kiểm phiếu',
};

/** The letters of Điều 51.4 in the Law's order (Vietnamese alphabet: đ after d, no f). */
export const STATUTORY_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i'] as const;
export type StatutoryLetter = (typeof STATUTORY_LETTERS)[number];

export interface StatutoryStep {
  letter: StatutoryLetter;
  kind: AgendaKind;
  /** Short name used when two steps are compared ("Bước b (…) phải trước bước c (…)"). */
  shortName: string;
  /** The step as Điều 51.4 words it (paraphrased), used when the step is missing. */
  text: string;
  source: string;
}

const LAW = 'Luật 10/2022/QH15';

export const STATUTORY_STEPS: readonly StatutoryStep[] = [
  {
    letter: 'a',
    kind: 'headReport',
    shortName: 'Báo cáo của thủ trưởng',
    text: 'Thủ trưởng cơ quan, đơn vị trình bày báo cáo kiểm điểm việc thực hiện chủ trương, chính sách, pháp luật, kế hoạch công tác năm và giải trình trách nhiệm của người đứng đầu',
    source: `${LAW}, Điều 51.4.a (nội dung tại Điều 51.3.a, c)`,
  },
  {
    letter: 'b',
    kind: 'unionReport',
    shortName: 'Báo cáo của Ban Chấp hành Công đoàn',
    text: 'Đại diện Ban Chấp hành Công đoàn báo cáo kết quả thực hiện nghị quyết hội nghị năm trước, quy chế dân chủ và việc giám sát, hỗ trợ thực hiện dân chủ',
    source: `${LAW}, Điều 51.4.b (nội dung tại Điều 51.3.b)`,
  },
  {
    letter: 'c',
    kind: 'discussion',
    shortName: 'Thảo luận, góp ý, kiến nghị',
    text: 'Hội nghị thảo luận, góp ý kiến, kiến nghị',
    source: `${LAW}, Điều 51.4.c`,
  },
  {
    letter: 'd',
    kind: 'answers',
    shortName: 'Giải trình, trả lời ý kiến',
    text: 'Thủ trưởng và Chủ tịch Công đoàn giải trình, trả lời ý kiến; bàn biện pháp cải thiện điều kiện làm việc, nâng cao đời sống và thực hiện kế hoạch năm tới',
    source: `${LAW}, Điều 51.4.d`,
  },
  {
    letter: 'đ',
    kind: 'boardReport',
    shortName: 'Báo cáo của Ban Thanh tra nhân dân',
    text: 'Đại diện Ban Thanh tra nhân dân báo cáo kết quả hoạt động trong năm và chương trình hoạt động năm tới',
    source: `${LAW}, Điều 51.4.đ, 62.3; Nghị định 59/2023/NĐ-CP, Điều 22.3`,
  },
  {
    letter: 'e',
    kind: 'decisions',
    shortName: 'Quyết định các nội dung thuộc Điều 49',
    text: 'Hội nghị thảo luận, quyết định các nội dung quy định tại Điều 49 (nếu có), trong đó có bầu Ban Thanh tra nhân dân khi đến kỳ',
    source: `${LAW}, Điều 51.4.e, 49`,
  },
  {
    letter: 'g',
    kind: 'awards',
    shortName: 'Khen thưởng, phát động thi đua',
    text: 'Khen thưởng, phát động thi đua',
    source: `${LAW}, Điều 51.4.g (nội dung tại Điều 51.3.d)`,
  },
  {
    letter: 'h',
    kind: 'covenant',
    shortName: 'Ký kết giao ước thi đua',
    text: 'Ký kết giao ước thi đua giữa thủ trưởng và Chủ tịch Công đoàn',
    source: `${LAW}, Điều 51.4.h`,
  },
  {
    letter: 'i',
    kind: 'resolution',
    shortName: 'Thông qua nghị quyết',
    text: 'Thông qua nghị quyết hội nghị',
    source: `${LAW}, Điều 51.4.i, 49.3`,
  },
];

export interface AgendaKindInfo {
  title: string;
  durationMinutes: number;
  presenterRole?: PresenterRole;
  /** Letter of Điều 51.4 for the statutory steps; the election has none: it sits inside step e. */
  letter?: StatutoryLetter;
  notes: string;
  basis: Basis;
  source: string;
}

const PRACTICE_FRAME =
  'Thực tiễn tổ chức hội nghị (kịch bản mẫu; tương tự Hướng dẫn 38/HD-TLĐ, mục 7.6)';

function step(letter: StatutoryLetter): StatutoryStep {
  const found = STATUTORY_STEPS.find((s) => s.letter === letter);
  if (!found) throw new Error(`Unknown statutory letter ${letter}`);
  return found;
}

function statutory(
  letter: StatutoryLetter,
  title: string,
  durationMinutes: number,
  presenterRole: PresenterRole,
  notes = '',
): AgendaKindInfo {
  return {
    title,
    durationMinutes,
    presenterRole,
    letter,
    notes,
    basis: 'LAW',
    source: step(letter).source,
  };
}

function practice(
  title: string,
  durationMinutes: number,
  presenterRole?: PresenterRole,
  source = PRACTICE_FRAME,
): AgendaKindInfo {
  return { title, durationMinutes, presenterRole, notes: '', basis: 'PRACTICE', source };
}

/** Keyed by kind, in the order of AGENDA_KINDS. */
export const AGENDA_KIND_INFO: Record<AgendaKind, AgendaKindInfo> = {
  flagSalute: practice('Chào cờ', 5),
  purposeAndGuests: practice('Tuyên bố lý do, giới thiệu đại biểu', 5),
  presidiumAndSecretary: practice('Giới thiệu và biểu quyết Đoàn Chủ tịch, thư ký hội nghị', 5),
  programmeApproval: practice(
    'Thông qua chương trình và quy chế làm việc của hội nghị',
    5,
    'presidium',
  ),
  // Only a delegates' conference checks its delegates' credentials; the Law is silent (§2.3).
  credentials: practice(
    'Báo cáo thẩm tra tư cách đại biểu',
    5,
    'presidium',
    'Thực tiễn hội nghị đại biểu (không quy định tại Luật 10/2022/QH15)',
  ),
  // The head presides over the conference (Điều 51.1), so the head opens it.
  opening: practice('Phát biểu khai mạc hội nghị', 10, 'head'),
  headReport: statutory(
    'a',
    'Báo cáo kết quả thực hiện nhiệm vụ năm, kiểm điểm trách nhiệm của thủ trưởng và kế hoạch năm tới',
    30,
    'head',
  ),
  unionReport: statutory(
    'b',
    'Báo cáo của Ban Chấp hành Công đoàn về thực hiện nghị quyết hội nghị năm trước, quy chế dân chủ và giám sát, hỗ trợ thực hiện dân chủ',
    20,
    'unionChair',
  ),
  discussion: statutory('c', 'Thảo luận, góp ý kiến, kiến nghị', 45, 'presidium'),
  answers: statutory(
    'd',
    'Thủ trưởng và Chủ tịch Công đoàn giải trình, trả lời ý kiến',
    20,
    'head',
  ),
  boardReport: statutory(
    'đ',
    'Báo cáo kết quả hoạt động của Ban Thanh tra nhân dân và chương trình hoạt động năm tới',
    15,
    'boardHead',
  ),
  decisions: statutory(
    'e',
    'Thảo luận, quyết định các nội dung thuộc thẩm quyền của hội nghị (Điều 49)',
    15,
    'presidium',
    'Ví dụ: các khoản đóng góp ngoài quy định, nội dung nghị quyết, các việc tự quản khác (Điều 49).',
  ),
  boardElection: {
    title: 'Bầu Ban Thanh tra nhân dân nhiệm kỳ mới',
    durationMinutes: 45,
    presenterRole: 'presidium',
    notes:
      'Biểu quyết số lượng thành viên; giới thiệu danh sách ứng cử do Ban Chấp hành Công đoàn đề xuất; biểu quyết Ban kiểm phiếu; thông qua thể lệ bầu cử; bỏ phiếu; kiểm phiếu; công bố kết quả.',
    basis: 'LAW',
    source: `${LAW}, Điều 49.1, 51.4.e, 60.1, 60.3; Nghị định 59/2023/NĐ-CP, Điều 21.1`,
  },
  awards: statutory('g', 'Khen thưởng và phát động phong trào thi đua', 15, 'head'),
  covenant: statutory(
    'h',
    'Ký kết giao ước thi đua giữa thủ trưởng và Chủ tịch Công đoàn',
    10,
    'head',
  ),
  resolution: statutory('i', 'Thông qua nghị quyết hội nghị', 15, 'secretary'),
  // Practice: the union chair closes what the head opened; both sit on the presidium.
  closing: practice('Bế mạc hội nghị', 5, 'unionChair'),
  custom: practice('Nội dung khác', 10, undefined, 'Do đơn vị tự bổ sung'),
};

export function statutoryStep(letter: StatutoryLetter): StatutoryStep {
  return step(letter);
}

/** Position of a kind in the running order of Điều 51.4; the election ranks just after step e. */
export function statutoryRank(kind: AgendaKind): number | undefined {
  if (kind === 'boardElection') return STATUTORY_LETTERS.indexOf('e') + 0.5;
  const letter = AGENDA_KIND_INFO[kind].letter;
  return letter === undefined ? undefined : STATUTORY_LETTERS.indexOf(letter);
}
