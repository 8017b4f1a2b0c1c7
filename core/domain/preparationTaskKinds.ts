/**
 * The preparation work before the conference as data (D1, R8): what to prepare, who usually does
 * it, how many days before the conference it should be done and where the duty comes from.
 * The day counts are PRACTICE (no text sets them); the user edits each task's date freely.
 */
import type { Basis } from '../rules/ruleSets';

export const PREPARATION_TASK_KINDS = [
  'plan',
  'draftsForOpinion',
  'subUnitMeetings',
  'delegateElection',
  'headReport',
  'unionReport',
  'boardReport',
  'boardProgramme',
  'candidateList',
  'covenant',
  'awardsList',
  'invitations',
  'attendanceList',
  'hallAndLogistics',
  'custom',
] as const;
export type PreparationTaskKind = (typeof PREPARATION_TASK_KINDS)[number];

/** A role of the roster (filled with the person who holds it) or a free-text owner. */
export type DefaultOwner = { role: 'head' | 'unionChair' } | { text: string };

/** When a task belongs in the default plan. */
export type TaskCondition = 'always' | 'hasBoard' | 'electionDue' | 'delegates' | 'never';

export interface PreparationTaskKindInfo {
  title: string;
  daysBefore: number;
  owner: DefaultOwner;
  when: TaskCondition;
  /** R8: the conference cannot run its statutory order without this input. */
  required: boolean;
  basis: Basis;
  source: string;
}

const LAW = 'Luật 10/2022/QH15';
const SUB_UNIT_HEADS = 'Trưởng các phòng, ban, tổ và tổ trưởng công đoàn';
const BOARD_HEAD = 'Trưởng Ban Thanh tra nhân dân';

/** Keyed by kind; the order of PREPARATION_TASK_KINDS is the order of a default plan. */
export const PREPARATION_TASK_INFO: Record<PreparationTaskKind, PreparationTaskKindInfo> = {
  // The head and the union executive jointly agree the plan (Điều 52.1); the union drafts it.
  plan: {
    title:
      'Thống nhất và ban hành kế hoạch tổ chức hội nghị (thủ trưởng phối hợp Ban Chấp hành Công đoàn)',
    daysBefore: 30,
    owner: { role: 'unionChair' },
    when: 'always',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 52.1`,
  },
  draftsForOpinion: {
    title: 'Gửi dự thảo báo cáo, kế hoạch năm tới và các quy chế để người lao động góp ý',
    daysBefore: 15,
    owner: { role: 'head' },
    when: 'always',
    required: false,
    basis: 'LAW',
    source: `${LAW}, Điều 53, 54`,
  },
  subUnitMeetings: {
    title: 'Tổ chức hội nghị ở các phòng, ban, tổ để thảo luận dự thảo và tập hợp kiến nghị',
    daysBefore: 12,
    owner: { text: SUB_UNIT_HEADS },
    when: 'always',
    required: false,
    basis: 'PRACTICE',
    source: 'Thực tiễn; Luật 10/2022/QH15, Điều 54 (lấy ý kiến qua người phụ trách bộ phận)',
  },
  // Delegate allocation is not regulated today; TT 01/2016 Điều 6 (lapsed) is the usual practice.
  delegateElection: {
    title: 'Phân bổ số lượng và bầu đại biểu dự hội nghị tại các phòng, ban, tổ',
    daysBefore: 12,
    owner: { text: SUB_UNIT_HEADS },
    when: 'delegates',
    required: false,
    basis: 'PRACTICE',
    source:
      'Thực tiễn (Thông tư 01/2016/TT-BNV, Điều 6 — hết căn cứ); Luật 10/2022/QH15, Điều 51.2.b',
  },
  headReport: {
    title:
      'Hoàn thiện báo cáo của thủ trưởng: kết quả thực hiện nhiệm vụ năm, kiểm điểm trách nhiệm và kế hoạch năm tới',
    daysBefore: 10,
    owner: { role: 'head' },
    when: 'always',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 51.3.a, c; 51.4.a`,
  },
  unionReport: {
    title:
      'Hoàn thiện báo cáo của Ban Chấp hành Công đoàn: thực hiện nghị quyết năm trước, quy chế dân chủ, giám sát thực hiện dân chủ',
    daysBefore: 10,
    owner: { role: 'unionChair' },
    when: 'always',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 51.3.b; 51.4.b`,
  },
  boardReport: {
    title: 'Nhận báo cáo kết quả hoạt động trong năm của Ban Thanh tra nhân dân',
    daysBefore: 10,
    owner: { text: BOARD_HEAD },
    when: 'hasBoard',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 51.4.đ, 62.3; Nghị định 59/2023/NĐ-CP, Điều 22.3`,
  },
  boardProgramme: {
    title: 'Nhận chương trình hoạt động năm tới của Ban Thanh tra nhân dân',
    daysBefore: 10,
    owner: { text: BOARD_HEAD },
    when: 'hasBoard',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 51.4.đ`,
  },
  // The union executive proposes the number and the candidates (Điều 60.1, 63.2.a) after agreeing
  // with the head (1271/HD-TLĐ practice); candidates volunteer and are not excluded (Điều 60.2).
  candidateList: {
    title:
      'Ban Chấp hành Công đoàn thống nhất với thủ trưởng số lượng thành viên và lập danh sách đề cử Ban Thanh tra nhân dân (có sự đồng ý của người được đề cử)',
    daysBefore: 10,
    owner: { role: 'unionChair' },
    when: 'electionDue',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 60.1, 60.2, 63.2.a`,
  },
  covenant: {
    title: 'Dự thảo bản giao ước thi đua giữa thủ trưởng và Chủ tịch Công đoàn',
    daysBefore: 10,
    owner: { role: 'unionChair' },
    when: 'always',
    required: true,
    basis: 'LAW',
    source: `${LAW}, Điều 51.3.d, 51.4.h`,
  },
  awardsList: {
    title: 'Chuẩn bị danh sách khen thưởng và nội dung phát động thi đua năm tới',
    daysBefore: 7,
    owner: { role: 'head' },
    when: 'always',
    required: false,
    basis: 'LAW',
    source: `${LAW}, Điều 51.3.d, 51.4.g`,
  },
  // The head convenes the conference and fixes its date after consulting the union (Điều 51.1).
  invitations: {
    title: 'Phát hành giấy triệu tập, giấy mời và gửi tài liệu hội nghị',
    daysBefore: 7,
    owner: { role: 'head' },
    when: 'always',
    required: false,
    basis: 'PRACTICE',
    source:
      'Thực tiễn (Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.7); Luật 10/2022/QH15, Điều 51.1',
  },
  // The attendance sheet is what proves the 2/3 quorum (Điều 51.2.c).
  attendanceList: {
    title: 'Lập danh sách triệu tập và danh sách điểm danh người dự hội nghị',
    daysBefore: 3,
    owner: { role: 'unionChair' },
    when: 'always',
    required: false,
    basis: 'PRACTICE',
    source: 'Thực tiễn; Luật 10/2022/QH15, Điều 51.2.c (chứng minh số người tham dự)',
  },
  hallAndLogistics: {
    title: 'Chuẩn bị hội trường, khánh tiết, âm thanh và in tài liệu',
    daysBefore: 2,
    owner: { role: 'head' },
    when: 'always',
    required: false,
    basis: 'PRACTICE',
    source: 'Thực tiễn',
  },
  custom: {
    title: 'Việc khác',
    daysBefore: 7,
    owner: { text: '' },
    when: 'never',
    required: false,
    basis: 'PRACTICE',
    source: 'Do đơn vị tự bổ sung',
  },
};
