/**
 * English identifiers in code, Vietnamese terms on screen and in documents. One table, so a label
 * in a form, a column header and a sentence in a minute all use the exact term of the law
 * (Luật 10/2022/QH15, Nghị định 59/2023/NĐ-CP) instead of each screen inventing its own wording.
 */
import type { BallotStyle, InvalidReason, WinningBase } from './election';
import type { HolidayKind } from './holidays';
import type { HeaderPreset } from './documentHeader';
import type { Role } from './person';
import type { VoteSubject } from './proceedings';
import type { Owner, ResolutionSection, ResolutionStage } from './resolution';
import type {
  DisclosureForm,
  FollowUpGroup,
  FollowUpOrigin,
  FollowUpStatus,
  LegalClock,
} from './followUp';
import type { ProgrammePeriodKind, ReportPeriodKind } from './boardWork';

export const GLOSSARY = {
  // Roles (core/domain/person.ts ROLES): the rules on who may be elected depend on them.
  head: 'Thủ trưởng',
  deputyHead: 'Cấp phó của thủ trưởng',
  chiefAccountant: 'Kế toán trưởng',
  unionChair: 'Chủ tịch Công đoàn',
  unionViceChair: 'Phó Chủ tịch Công đoàn',
  unionExecutive: 'Ủy viên Ban Chấp hành Công đoàn',
  unionMember: 'Đoàn viên công đoàn',

  // The conference and its parts.
  conference: 'Hội nghị cán bộ, công chức, viên chức, người lao động',
  quorum: 'số người tham dự tối thiểu (2/3)',
  fullAssembly: 'hội nghị toàn thể',
  delegatesConference: 'hội nghị đại biểu',
  extraordinary: 'hội nghị bất thường',
  guest: 'khách mời',
  attendance: 'điểm danh',
  presidium: 'đoàn chủ tịch',
  secretary: 'thư ký',
  inspectionBoard: 'Ban Thanh tra nhân dân',

  // The unit and its data.
  roster: 'danh sách cán bộ',
  unit: 'cơ quan, đơn vị',
  parentBody: 'cơ quan chủ quản',
  unionName: 'công đoàn cơ sở',
  upperUnion: 'công đoàn cấp trên',
  placeName: 'địa danh',
  workYearEnd: 'ngày kết thúc năm công tác',
  // Document symbols (NĐ 30/2020 Phụ lục I, mục II.3.b) and header presets (R29).
  unitAbbreviation: 'chữ viết tắt tên cơ quan, đơn vị',
  unionAbbreviation: 'chữ viết tắt tên công đoàn',
  documentHeader: 'tiêu đề văn bản',
  headerPresetUnit: 'văn bản của đơn vị',
  headerPresetUnion: 'văn bản của công đoàn',
  headerPresetJoint: 'văn bản liên tịch',
  signatureBlock: 'chữ ký',
  signingAuthority: 'thẩm quyền ký (TM., KT., Q., TL., TUQ.)',

  // Days off and deadlines in working days (core/domain/holidays.ts, workingDays.ts).
  workingDay: 'ngày làm việc',
  weeklyRest: 'ngày nghỉ hằng tuần',
  publicHoliday: 'ngày nghỉ lễ, tết',
  holidayTable: 'bảng ngày nghỉ lễ, tết',
  lunarNewYear: 'Tết Âm lịch',
  compensatoryDay: 'ngày nghỉ bù',
  swapOff: 'ngày nghỉ hoán đổi',
  swapWork: 'ngày làm bù',
  customDayOff: 'ngày nghỉ riêng của đơn vị',

  // The Ban TTND election (core/domain/election.ts, R11–R21).
  seats: 'số lượng thành viên cần bầu',
  candidate: 'người ứng cử',
  candidateList: 'danh sách người ứng cử',
  consent: 'đồng ý ứng cử',
  floorNomination: 'giới thiệu tại hội nghị',
  countingBoard: 'Ban kiểm phiếu',
  countingBoardHead: 'Trưởng Ban kiểm phiếu',
  witness: 'người chứng kiến kiểm phiếu',
  ballot: 'phiếu bầu',
  ballotNumber: 'số thứ tự trên phiếu bầu',
  serial: 'số phiếu',
  round: 'lần bầu',
  countingTeam: 'tổ nhập phiếu',
  pass: 'lượt nhập phiếu',
  disagreement: 'phiếu hai tổ nhập khác nhau',
  settlement: 'đối chiếu phiếu gốc',
  ballotsIssued: 'số phiếu phát ra',
  ballotsCollected: 'số phiếu thu vào',
  validBallot: 'phiếu hợp lệ',
  invalidBallot: 'phiếu không hợp lệ',
  winningBase: 'cơ sở tính tỷ lệ phiếu bầu',
  votesNeeded: 'số phiếu tối thiểu để trúng cử',
  elected: 'trúng cử',
  tieAtLastSeat: 'số phiếu bằng nhau ở vị trí cuối cùng',
  shortfall: 'chưa bầu đủ số lượng',
  lockRound: 'khoá kết quả kiểm phiếu',
  auditLog: 'nhật ký nhập phiếu',
  term: 'nhiệm kỳ',
  byElection: 'bầu bổ sung',
  electionWaiver: 'không bầu Ban Thanh tra nhân dân',
  recognition: 'quyết định công nhận kết quả bầu',
  firstMeeting: 'họp Ban Thanh tra nhân dân lần thứ nhất',
  boardHead: 'Trưởng ban Thanh tra nhân dân',
  boardDeputy: 'Phó Trưởng ban Thanh tra nhân dân',
  boardMember: 'Ủy viên Ban Thanh tra nhân dân',
  // The election's documents (D10–D13, D16, D17 — domain-research §5).
  electionSubmission: 'tờ trình về số lượng và danh sách bầu Ban Thanh tra nhân dân',
  electionRules: 'thể lệ bầu cử',
  countingMinutes: 'biên bản kiểm phiếu',
  ballotLog: 'danh sách phiếu bầu đã kiểm',

  // The conference day and its outcome (core/domain/proceedings.ts, resolution.ts; R1, R2, R9).
  runConference: 'điều hành hội nghị',
  itemSummary: 'tóm tắt nội dung',
  opinion: 'ý kiến phát biểu',
  answer: 'giải trình, tiếp thu',
  takenIntoResolution: 'tiếp thu vào nghị quyết',
  floorVote: 'biểu quyết',
  present: 'số người có mặt',
  votesFor: 'đồng ý',
  votesAgainst: 'không đồng ý',
  votesOther: 'ý kiến khác',
  votesToPass: 'số phiếu đồng ý cần để thông qua (trên 50% số người có mặt)',
  passes: 'thông qua',
  fails: 'không thông qua',
  quorumLost: 'không đủ số người tham dự tối thiểu',
  writtenOpinions: 'lấy ý kiến bằng phiếu (Điều 50.2)',
  opinionForm: 'phiếu lấy ý kiến',
  // The written-opinion route's records and documents (D9PYK, D9KQ — Điều 50.2).
  secondConvocation: 'triệu tập lần thứ hai',
  formsIssued: 'số phiếu phát ra',
  formsReturned: 'số phiếu thu về',
  formIssuedOn: 'ngày phát phiếu',
  returnDeadline: 'hạn nộp phiếu',
  returnPlace: 'nơi nộp phiếu',
  countedOn: 'ngày tổng hợp kết quả',
  writtenOpinionResults: 'biên bản tổng hợp kết quả lấy ý kiến',
  resolution: 'nghị quyết hội nghị',
  resolutionItem: 'nội dung nghị quyết',
  resolutionStage: 'giai đoạn dự thảo nghị quyết',
  adoption: 'thông qua nghị quyết',
  amendment: 'sửa đổi nghị quyết sau khi thông qua',
  changeLog: 'nhật ký sửa đổi nghị quyết',
  owner: 'đơn vị, người chủ trì',
  deadline: 'thời hạn hoàn thành',
  indicator: 'chỉ tiêu',
  achieved: 'kết quả thực hiện',
  focalPoint: 'đầu mối theo dõi, đôn đốc thực hiện nghị quyết',
  reportRecipient: 'nơi nhận báo cáo kết quả hội nghị',

  // After the conference (core/domain/followUp.ts, boardWork.ts; R9, R10, R22).
  followUp: 'theo dõi thực hiện nghị quyết',
  followUpItem: 'nội dung theo dõi',
  progressNote: 'ghi chú tiến độ',
  evidence: 'minh chứng',
  overdue: 'quá hạn',
  dueSoon: 'sắp đến hạn',
  notDoneReason: 'lý do không thực hiện được',
  issues: 'khó khăn, vướng mắc',
  nextSteps: 'giải pháp tiếp theo',
  carriedOver: 'chuyển từ năm trước',
  dissemination: 'phổ biến, quán triệt nghị quyết',
  disclosure: 'công khai',
  posting: 'niêm yết',
  sixMonthlyReview: 'kiểm tra, đánh giá việc thực hiện nghị quyết 6 tháng',
  reviewNotice: 'thông báo kết quả đến toàn thể cán bộ',
  reviewSnapshot: 'số liệu chốt tại ngày kiểm tra',
  todo: 'việc cần làm',
  boardProgramme: 'chương trình công tác của Ban Thanh tra nhân dân',
  inspectionPlan: 'kế hoạch kiểm tra, giám sát',
  inspectionSubject: 'đối tượng kiểm tra',
  inspectionNotice: 'thông báo kế hoạch kiểm tra cho đối tượng',
  inspectionResult: 'kết quả kiểm tra',
  recommendation: 'kiến nghị',
  headAnswer: 'trả lời của thủ trưởng',
  boardReport: 'báo cáo Ban Chấp hành Công đoàn',
  // The board's own documents (D22; Luật 10/2022/QH15 Điều 62; Nghị định 59/2023/NĐ-CP Điều 22).
  boardDocuments: 'văn bản của Ban Thanh tra nhân dân',
  inspectionReport: 'báo cáo kết quả kiểm tra, giám sát',
  inspectionMembers: 'thành phần kiểm tra, giám sát',
  noticeDeadline: 'hạn thông báo cho đối tượng kiểm tra (trước ít nhất 5 ngày làm việc)',
  answerDeadline: 'hạn trả lời kiến nghị (15 ngày)',
  nextYearConference: 'hội nghị năm sau',
} as const satisfies Record<string, string>;

export type GlossaryTerm = keyof typeof GLOSSARY;

/**
 * Role labels, typed against ROLES: adding a role to person.ts without a term here fails to
 * compile rather than showing an English identifier to the user.
 */
export const ROLE_LABELS: Record<Role, string> = {
  head: GLOSSARY.head,
  deputyHead: GLOSSARY.deputyHead,
  chiefAccountant: GLOSSARY.chiefAccountant,
  unionChair: GLOSSARY.unionChair,
  unionViceChair: GLOSSARY.unionViceChair,
  unionExecutive: GLOSSARY.unionExecutive,
  unionMember: GLOSSARY.unionMember,
};

/**
 * Short forms for dense tables, as union offices write them on their own lists ("CT CĐ",
 * "UV BCH"). Always shown with the full term as a tooltip, never in documents.
 */
export const ROLE_SHORT_LABELS: Record<Role, string> = {
  head: 'Thủ trưởng',
  deputyHead: 'Cấp phó',
  chiefAccountant: 'Kế toán trưởng',
  unionChair: 'CT Công đoàn',
  unionViceChair: 'PCT Công đoàn',
  unionExecutive: 'UV BCH',
  unionMember: 'ĐVCĐ',
};

/** R15 — why a ballot is invalid, as the counting minutes say it (Luật 85/2015 Điều 74 by analogy). */
export const INVALID_REASON_LABELS: Record<InvalidReason, string> = {
  overVote: 'để lại quá số lượng cần bầu',
  allStruck: 'gạch hết tên người ứng cử',
  notIssued: 'không phải phiếu do Ban kiểm phiếu phát ra',
  noStamp: 'không có dấu của Công đoàn',
  addedNames: 'ghi thêm tên người ngoài danh sách',
  marked: 'có ký hiệu, ghi thêm nội dung',
  other: 'lý do khác',
};

export const BALLOT_STYLE_LABELS: Record<BallotStyle, string> = {
  strikeOut: 'gạch tên người không bầu',
  approveColumns: 'đánh dấu cột "Đồng ý" / "Không đồng ý"',
};

/** R16 — printed with every percentage ("… so với số người có mặt"). */
export const WINNING_BASE_LABELS: Record<WinningBase, string> = {
  present: 'số người có mặt tại hội nghị',
  validBallots: 'số phiếu hợp lệ',
};

/** The kinds of day in the holiday table, as the table on the unit screen names them. */
export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  law: 'Nghỉ lễ, tết',
  compensatory: 'Nghỉ bù',
  'swap-off': 'Nghỉ hoán đổi',
  'swap-work': 'Làm bù',
  custom: 'Nghỉ riêng của đơn vị',
};

/** R29 — the three header presets, as the header drawer names them (short: they sit on radios). */
export const HEADER_PRESET_LABELS: Record<HeaderPreset, string> = {
  unit: 'Đơn vị',
  union: 'Công đoàn',
  joint: 'Liên tịch',
};

/** What a floor vote is about (proceedings.ts VOTE_SUBJECTS): also the default title of the vote. */
export const VOTE_SUBJECT_LABELS: Record<VoteSubject, string> = {
  presidium: 'Thông qua Đoàn Chủ tịch và Thư ký hội nghị',
  programme: 'Thông qua chương trình hội nghị',
  countingBoard: 'Thông qua Ban kiểm phiếu',
  boardSeats: 'Thông qua số lượng thành viên Ban Thanh tra nhân dân',
  candidateList: 'Thông qua danh sách người ứng cử Ban Thanh tra nhân dân',
  electionRules: 'Thông qua thể lệ bầu cử',
  decision: 'Quyết định nội dung thuộc thẩm quyền của hội nghị (Điều 49)',
  draftOpinion: 'Cho ý kiến dự thảo (Điều 53)',
  resolutionSection: 'Thông qua từng phần của nghị quyết',
  resolution: 'Thông qua nghị quyết hội nghị',
  other: 'Biểu quyết khác',
};

/** The resolution's stages (resolution.ts): draft → for opinion → revised → adopted (locked). */
export const RESOLUTION_STAGE_LABELS: Record<ResolutionStage, string> = {
  draft: 'Dự thảo',
  forOpinion: 'Dự thảo lấy ý kiến',
  revised: 'Dự thảo trình hội nghị',
  adopted: 'Đã thông qua',
};

/** The resolution's parts, short, for tabs and lists (the printed headings are in resolutionText.ts). */
export const RESOLUTION_SECTION_LABELS: Record<ResolutionSection, string> = {
  assessment: 'Đánh giá năm trước',
  targets: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ, giải pháp',
  decisions: 'Quyết định (Điều 49)',
  internalRules: 'Quy chế nội bộ',
  emulation: 'Thi đua, giao ước thi đua',
  implementation: 'Tổ chức thực hiện',
};

/** Who carries out a resolution item, as a sentence names them ("giao … chủ trì thực hiện"). */
export const OWNER_KIND_LABELS: Record<Owner['kind'], string> = {
  head: 'Thủ trưởng cơ quan, đơn vị',
  union: 'Ban Chấp hành Công đoàn cơ sở',
  board: 'Ban Thanh tra nhân dân',
  department: 'phòng, ban, đơn vị trực thuộc',
  person: 'cá nhân',
};

/** A follow-up item's status (followUp.ts); overdue is computed, never a status. */
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  notDone: 'Không thực hiện được',
};

/** Where a follow-up item comes from. */
export const FOLLOW_UP_ORIGIN_LABELS: Record<FollowUpOrigin, string> = {
  resolution: 'Nghị quyết',
  clock: 'Theo quy định của Luật',
  manual: 'Bổ sung',
  carriedOver: 'Chuyển từ năm trước',
};

/** The clocks of the Law created on adoption (R9, R10), short, for lists. */
export const LEGAL_CLOCK_LABELS: Record<LegalClock, string> = {
  dissemination: 'Phổ biến, quán triệt nghị quyết (Điều 52.2)',
  disclosure: 'Công khai trong 5 ngày làm việc (Điều 47–48)',
  firstReview: 'Kiểm tra, đánh giá 6 tháng lần thứ nhất (Điều 52.3)',
  secondReview: 'Kiểm tra, đánh giá 6 tháng lần thứ hai (Điều 52.3)',
};

/** R10: the forms of disclosure (Luật 10/2022/QH15 Điều 47). */
export const DISCLOSURE_FORM_LABELS: Record<DisclosureForm, string> = {
  noticeBoard: 'Niêm yết tại trụ sở (bảng tin)',
  website: 'Cổng, trang thông tin điện tử hoặc mạng nội bộ',
  meeting: 'Thông báo tại hội nghị, cuộc họp',
  writtenNotice: 'Văn bản gửi toàn thể cán bộ',
  other: 'Hình thức khác',
};

/** The overview's groups: the resolution's parts, then the three groups of their own. */
export const FOLLOW_UP_GROUP_LABELS: Record<FollowUpGroup, string> = {
  ...RESOLUTION_SECTION_LABELS,
  legal: 'Việc theo quy định của Luật',
  carriedOver: 'Chuyển từ năm trước',
  other: 'Nội dung khác',
};

export const PROGRAMME_PERIOD_LABELS: Record<ProgrammePeriodKind, string> = {
  quarter: 'Quý',
  half: '6 tháng',
  year: 'Năm',
};

export const REPORT_PERIOD_LABELS: Record<ReportPeriodKind, string> = {
  quarter: 'Quý',
  half: '6 tháng',
  year: 'Năm',
  term: 'Cuối nhiệm kỳ',
  onRequest: 'Đột xuất theo yêu cầu',
};
