/**
 * The standard sentences of the documents of the conference day and after it, as DATA (one wording
 * book, editable by the unit like the plan's and the election's): D14 Biên bản hội nghị, D15 Nghị
 * quyết hội nghị, D18 Bản giao ước thi đua, D19 Báo cáo kết quả hội nghị, D20 Thông báo công khai
 * nghị quyết and D20KH Kế hoạch triển khai nghị quyết (domain-research §5). The jobs pick the
 * sentences that apply and fill their `{name}` placeholders with fillWording; a placeholder without
 * a value prints "…", the blank the officer fills in by hand.
 *
 * No sentence computes anything: the quorum from conferenceQuorum (Luật 10/2022/QH15 Điều 51.2.c,
 * R1), each vote's outcome from voteOutcome (R2), the Ban TTND result from the locked count
 * (electionTally.ts), the resolution's parts from resolutionText.ts — all in the jobs.
 *
 * An optional sentence is its own entry, added or left out whole by the job: an empty value prints
 * a blank, so a clause can never be switched off by emptying a placeholder.
 */

/** Every placeholder the jobs fill, with what it holds — for the wording editor. */
export const OUTCOME_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionExecutive: 'Ban Chấp hành công đoàn cơ sở (Ban Chấp hành Công đoàn cơ sở …)',
  upperUnion: 'Công đoàn cấp trên trực tiếp',
  unionAbbreviation: 'Chữ viết tắt tên công đoàn (CĐCS) theo thông tin đơn vị',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  year: 'Năm của hội nghị',
  dateText: 'Ngày họp bằng chữ (ngày 15 tháng 01 năm 2026)',
  startTime: 'Giờ khai mạc đã ghi (08 giờ 00)',
  endTime: 'Giờ bế mạc đã ghi (11 giờ 30)',
  venue: 'Địa điểm',
  summoned: 'Người được triệu tập (cán bộ, công chức, viên chức, người lao động / đại biểu)',
  base: 'Số người được triệu tập (cơ sở tính số người có mặt)',
  present: 'Số người có mặt (điểm danh, hoặc khi biểu quyết)',
  absent: 'Số người vắng mặt',
  percent: 'Tỷ lệ có mặt (81,52%)',
  needed: 'Số người tối thiểu phải có mặt',
  shortfall: 'Số người còn thiếu để đủ điều kiện',
  quorumFraction: 'Tỷ lệ có mặt tối thiểu (2/3)',
  quorumSource: 'Căn cứ tỷ lệ có mặt',
  chair: 'Chủ tọa: Ông/Bà họ tên – chức vụ',
  presidium: 'Đoàn Chủ tịch: họ tên các thành viên',
  secretary: 'Thư ký: Ông/Bà họ tên – chức vụ',
  guests: 'Khách mời: họ tên, chức danh, cơ quan',
  presenter: 'Người trình bày một mục của chương trình',
  start: 'Giờ bắt đầu một mục (08 giờ 05)',
  end: 'Giờ kết thúc một mục (08 giờ 35)',
  speaker: 'Người phát biểu: Ông/Bà họ tên, đơn vị',
  content: 'Nội dung ý kiến',
  answerBy: 'Người trả lời: Ông/Bà họ tên',
  answer: 'Nội dung trả lời',
  resolutionRef: 'Vị trí trong nghị quyết (mục II.3)',
  voteTitle: 'Nội dung biểu quyết',
  votesFor: 'Số người đồng ý',
  votesAgainst: 'Số người không đồng ý',
  votesOther: 'Số người có ý kiến khác',
  percentFor: 'Tỷ lệ đồng ý so với số người có mặt (53,33%)',
  voteResult: 'Kết quả biểu quyết (Đồng ý 16/30 người có mặt (53,33%) — thông qua)',
  term: 'Nhiệm kỳ Ban Thanh tra nhân dân (nhiệm kỳ 2026–2028)',
  round: 'Lần bầu (thứ nhất, thứ hai …)',
  issued: 'Số phiếu phát ra',
  collected: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  baseText: 'Cơ sở tính tỷ lệ trúng cử (số người có mặt / số phiếu hợp lệ)',
  name: 'Họ tên người ứng cử',
  votes: 'Số phiếu bầu',
  share: 'Tỷ lệ phiếu bầu (80,00%)',
  memberCount: 'Số thành viên trúng cử, có chữ (05 (năm))',
  names: 'Họ tên những người trúng cử',
  electionStatus: 'Tình trạng bầu cử khi chưa có kết quả',
  resolutionNumber: 'Số, ngày Nghị quyết (số 01/NQ-VKHCN ngày 15/01/2026)',
  rolloutNumber: 'Số Kế hoạch triển khai nghị quyết (số 02/KHLT-CĐCS)',
  focalPoint: 'Đầu mối theo dõi: đồng chí họ tên – chức vụ (Điều 52.2)',
  reportRecipient: 'Nơi nhận báo cáo: công đoàn cấp trên hoặc cơ quan quản lý',
  opinionCount: 'Số ý kiến phát biểu',
  answeredCount: 'Số ý kiến được trả lời tại hội nghị',
  takenCount: 'Số ý kiến được tiếp thu vào nghị quyết',
  firstReview: 'Lần kiểm tra, đánh giá thứ nhất (sau 6 tháng)',
  secondReview: 'Lần kiểm tra, đánh giá thứ hai (sau 12 tháng)',
} as const;
export type OutcomePlaceholder = keyof typeof OUTCOME_PLACEHOLDERS;
export type OutcomeWordingValues = Partial<Record<OutcomePlaceholder, string | number>>;

export const OUTCOME_WORDING = {
  // ---------------------------------------------------------------------------------------------
  // Shared by D14 and D19: the attendance and the quorum (Luật 10/2022/QH15 Điều 51.2.c, R1).
  quorum:
    'Tổng số {summoned} được triệu tập: {base} người; có mặt: {present} người ({percent}); vắng mặt: {absent} người. Số người có mặt đạt ít nhất {quorumFraction} số người được triệu tập (tối thiểu {needed} người): hội nghị đủ điều kiện tiến hành ({quorumSource}).',
  quorumShort:
    'Tổng số {summoned} được triệu tập: {base} người; có mặt: {present} người ({percent}); vắng mặt: {absent} người. Số người có mặt chưa đạt {quorumFraction} số người được triệu tập (tối thiểu {needed} người, còn thiếu {shortfall} người): hội nghị chưa đủ điều kiện tiến hành ({quorumSource}).',
  // Shared by D14 and D19: the Ban TTND elected (Điều 49.1, 60.1), from the locked count.
  electionElected:
    'Hội nghị đã bầu Ban Thanh tra nhân dân {term} gồm {memberCount} thành viên: {names}.',
  electionPending: 'Bầu Ban Thanh tra nhân dân: {electionStatus}',

  // ---------------------------------------------------------------------------------------------
  // D14 — Biên bản hội nghị (NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9): time, place, attendance,
  // chair and secretary, the proceedings in order, the closing time; THƯ KÝ / CHỦ TỌA sign.
  minutesType: 'BIÊN BẢN',
  minutesSummary: '{conferenceName}',
  minutesTime: 'Thời gian bắt đầu: {startTime}, {dateText}.',
  minutesPlace: 'Địa điểm: {venue}.',
  minutesAttendanceLead: 'Thành phần tham dự:',
  minutesGuestsLead: 'Khách mời:',
  minutesChair: 'Chủ trì (chủ tọa): {chair}.',
  minutesPresidium: 'Đoàn Chủ tịch: {presidium}.',
  minutesSecretary: 'Thư ký (người ghi biên bản): {secretary}.',
  minutesContentTitle: 'Nội dung (theo diễn biến hội nghị):',
  minutesItemTimes: 'từ {start} đến {end}',
  minutesPresenter: 'Trình bày: {presenter}.',
  // Điều 51.4.c: the attendees discuss; d: the head and the union chair answer.
  minutesOpinionsLead: 'Các ý kiến phát biểu:',
  minutesOpinion: '{speaker}: {content}',
  minutesOpinionTaken: '(Ý kiến được tiếp thu vào nghị quyết.)',
  minutesOpinionTakenAt: '(Ý kiến được tiếp thu vào nghị quyết, {resolutionRef}.)',
  minutesAnswersLead: 'Giải trình, trả lời ý kiến:',
  minutesAnswer: '{answerBy} trả lời ý kiến của {speaker}: {answer}',
  // Điều 51.2.c: present, for, against, other; the outcome sentence comes from voteOutcome (R2).
  minutesVote:
    '{voteTitle}: số người có mặt {present}; đồng ý {votesFor}, không đồng ý {votesAgainst}, ý kiến khác {votesOther}. Kết quả: {voteResult}.',
  minutesElectionLead: 'Kết quả bầu Ban Thanh tra nhân dân {term} (theo Biên bản kiểm phiếu):',
  minutesElectionRound:
    'Lần bầu thứ {round}: số phiếu phát ra {issued}, thu vào {collected}, hợp lệ {valid}, không hợp lệ {invalid}; tỷ lệ tính trên {baseText}.',
  minutesElectionCandidate: '{name}: {votes} phiếu ({share})',
  minutesElected: 'trúng cử',
  minutesResolutionAdopted:
    'Hội nghị đã biểu quyết thông qua Nghị quyết {conferenceName}: {votesFor}/{present} người có mặt tán thành ({percentFor}).',
  minutesResolutionPending: 'Nghị quyết hội nghị chưa được biểu quyết thông qua.',
  minutesOtherTitle: 'Các nội dung khác',
  minutesClosing:
    'Hội nghị kết thúc lúc {endTime} cùng ngày. Biên bản kết thúc lúc {endTime}, đã được đọc lại trước hội nghị và được hội nghị nhất trí thông qua./.',
  minutesRecipients: ['Thủ trưởng đơn vị', 'Ban Chấp hành Công đoàn'],
  minutesArchive: 'VT, Hồ sơ hội nghị',

  // ---------------------------------------------------------------------------------------------
  // D15 — Nghị quyết hội nghị (NĐ 30/2020 Mẫu 1.1 "QUYẾT NGHỊ:"; no official template exists,
  // domain-research §2.8): bases, the parts of resolutionText.ts, the implementation clause
  // (Điều 52.2–52.3), the vote result (Điều 51.2.c).
  resolutionType: 'NGHỊ QUYẾT',
  resolutionSummary: '{conferenceName}',
  // Under the summary while the resolution is not adopted: the draft sent for opinions (Điều 53).
  resolutionDraftMark: '(Dự thảo)',
  // Printed in capitals: the body that adopts the resolution (Mẫu 1.1, the authority line).
  resolutionAuthority: 'Hội nghị cán bộ, công chức, viên chức, người lao động {unitName}',
  resolutionBases: [
    'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022',
    'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở',
    'Căn cứ kết quả thảo luận và biểu quyết tại {conferenceName} {dateText}',
  ],
  resolutionVerb: 'QUYẾT NGHỊ:',
  // Appended to the part "Tổ chức thực hiện" (Điều 52.2: dissemination; 52.3: every 6 months).
  resolutionImplementation: [
    'Thủ trưởng {unitName} và {unionExecutive} tổ chức phổ biến, quán triệt Nghị quyết đến toàn thể cán bộ, công chức, viên chức, người lao động và xây dựng kế hoạch triển khai thực hiện (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).',
    'Định kỳ 6 tháng, Thủ trưởng và Ban Chấp hành Công đoàn kiểm tra, đánh giá việc thực hiện Nghị quyết và thông báo kết quả đến toàn thể cán bộ, công chức, viên chức, người lao động (Điều 52.3 Luật Thực hiện dân chủ ở cơ sở).',
  ],
  resolutionFocalPoint:
    'Giao {focalPoint} làm đầu mối theo dõi, đôn đốc việc thực hiện Nghị quyết và tiếp nhận, tổng hợp các vấn đề phát sinh (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).',
  resolutionBoard: 'Ban Thanh tra nhân dân giám sát việc thực hiện Nghị quyết.',
  resolutionStaff:
    'Cán bộ, công chức, viên chức, người lao động {unitName} có trách nhiệm thực hiện Nghị quyết này.',
  resolutionVote:
    'Nghị quyết được {conferenceName} thông qua với {votesFor}/{present} người có mặt tán thành ({percentFor})./.',
  resolutionRecipientUpperUnion: '{upperUnion} (để báo cáo)',
  resolutionRecipients: [
    'Thủ trưởng đơn vị, Ban Chấp hành Công đoàn (để thực hiện)',
    'Ban Thanh tra nhân dân (để giám sát)',
    'Các phòng, ban, tổ công đoàn (để thực hiện)',
  ],
  resolutionArchive: 'VT, Hồ sơ hội nghị',

  // ---------------------------------------------------------------------------------------------
  // D18 — Bản giao ước thi đua between the head and the union executive (Điều 51.4.h), from the
  // resolution's targets and emulation items; both sign.
  covenantType: 'BẢN GIAO ƯỚC THI ĐUA',
  covenantSummary: 'Năm {year} giữa Thủ trưởng {unitName} và {unionExecutive}',
  covenantIntro:
    'Thực hiện Nghị quyết {conferenceName} ({resolutionNumber}), tại hội nghị {dateText}, Thủ trưởng {unitName} và {unionExecutive} thống nhất ký kết giao ước thi đua năm {year} với các nội dung sau:',
  covenantTargetsTitle: 'CHỈ TIÊU THI ĐUA',
  covenantTargetsIntro: 'Hai bên thống nhất phấn đấu hoàn thành các chỉ tiêu:',
  covenantTargetColumns: ['STT', 'Chỉ tiêu', 'Mức phấn đấu'],
  covenantMovementTitle: 'PHONG TRÀO THI ĐUA',
  covenantHeadTitle: 'TRÁCH NHIỆM CỦA THỦ TRƯỞNG ĐƠN VỊ',
  covenantHead: [
    'Chỉ đạo, tổ chức thực hiện các chỉ tiêu, nhiệm vụ của Nghị quyết hội nghị; tạo điều kiện để Công đoàn và người lao động tham gia phong trào thi đua',
    'Bảo đảm chế độ, chính sách và điều kiện làm việc cho cán bộ, công chức, viên chức, người lao động; thực hiện dân chủ, công khai theo quy định',
    'Phối hợp với Ban Chấp hành Công đoàn sơ kết, tổng kết, khen thưởng kịp thời tập thể, cá nhân có thành tích',
  ],
  covenantUnionTitle: 'TRÁCH NHIỆM CỦA BAN CHẤP HÀNH CÔNG ĐOÀN',
  covenantUnion: [
    'Tuyên truyền, vận động đoàn viên, người lao động hưởng ứng phong trào thi đua, hoàn thành tốt nhiệm vụ được giao',
    'Phối hợp với Thủ trưởng theo dõi, đánh giá phong trào thi đua; giám sát việc thực hiện chế độ, chính sách đối với người lao động',
    'Chăm lo đời sống vật chất, tinh thần của đoàn viên, người lao động',
  ],
  covenantClosing:
    'Bản giao ước được thông báo đến toàn thể cán bộ, công chức, viên chức, người lao động. Hai bên sơ kết việc thực hiện sau 6 tháng và tổng kết vào cuối năm./.',

  // ---------------------------------------------------------------------------------------------
  // D19 — Báo cáo kết quả hội nghị to the upper union or the managing body (practice; whether it
  // is required, and by when, is unconfirmed — domain-research §2.9).
  reportType: 'BÁO CÁO',
  reportSummary: 'Kết quả tổ chức {conferenceName}',
  reportAddressee: 'Kính gửi: {reportRecipient}.',
  reportIntro:
    'Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, {unionExecutive} báo cáo kết quả tổ chức {conferenceName} như sau:',
  reportOrganisationTitle: 'TÌNH HÌNH TỔ CHỨC HỘI NGHỊ',
  reportTime: 'Thời gian: {startTime}, {dateText}; địa điểm: {venue}.',
  reportFormFull: 'Hình thức: hội nghị toàn thể cán bộ, công chức, viên chức, người lao động.',
  reportFormDelegates: 'Hình thức: hội nghị đại biểu cán bộ, công chức, viên chức, người lao động.',
  reportChair: 'Chủ trì (chủ tọa): {chair}; thư ký: {secretary}.',
  reportGuests: 'Khách mời: {guests}.',
  reportResultsTitle: 'KẾT QUẢ HỘI NGHỊ',
  reportContents: 'Hội nghị đã tiến hành các nội dung theo chương trình:',
  reportOpinions:
    'Có {opinionCount} ý kiến phát biểu; {answeredCount} ý kiến được giải trình, trả lời tại hội nghị; {takenCount} ý kiến được tiếp thu vào nghị quyết.',
  reportVotesLead: 'Kết quả biểu quyết tại hội nghị:',
  reportVoteColumns: ['STT', 'Nội dung biểu quyết', 'Có mặt', 'Đồng ý', 'Kết quả'],
  reportVoteResults: {
    passes: 'Thông qua',
    fails: 'Không thông qua',
    noQuorum: 'Không đủ người dự',
    invalid: 'Số liệu chưa đúng',
  },
  reportResolution:
    'Hội nghị đã thông qua Nghị quyết ({resolutionNumber}) với {votesFor}/{present} người có mặt tán thành ({percentFor}).',
  reportResolutionPending: 'Nghị quyết hội nghị chưa được biểu quyết thông qua.',
  reportProposalsTitle: 'ĐỀ XUẤT, KIẾN NGHỊ',
  reportProposalsLead: 'Các ý kiến, kiến nghị chưa được giải trình tại hội nghị, đề nghị xem xét:',
  reportNoProposals: 'Không có.',
  reportAttachments: 'Gửi kèm: Nghị quyết hội nghị ({resolutionNumber}); Biên bản hội nghị.',
  reportClosing: 'Trên đây là báo cáo kết quả tổ chức {conferenceName}./.',
  reportRecipients: ['Như trên', 'Thủ trưởng đơn vị'],
  reportArchive: 'VT, {unionAbbreviation}',

  // ---------------------------------------------------------------------------------------------
  // D20 — Thông báo công khai nghị quyết: the head and the union disseminate the resolution and
  // name a focal point (Điều 52.2); posting by analogy with Điều 47–48 (domain-research §2.9).
  noticeType: 'THÔNG BÁO',
  noticeSummary: 'Công khai Nghị quyết {conferenceName}',
  noticeIntro:
    'Thực hiện Điều 52 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, {unitName} thông báo công khai Nghị quyết {conferenceName} ({resolutionNumber}), được hội nghị thông qua với {votesFor}/{present} người có mặt tán thành ({percentFor}), như sau:',
  noticeContentTitle: 'Nội dung Nghị quyết',
  noticeContentLead: 'Nghị quyết gồm các phần (toàn văn gửi kèm Thông báo này):',
  noticePostingTitle: 'Hình thức công khai',
  noticePosting:
    'Nghị quyết được gửi đến các phòng, ban, tổ công đoàn; niêm yết tại trụ sở đơn vị và đăng trên trang thông tin nội bộ (nếu có) ít nhất 20 ngày liên tục (vận dụng Điều 47, 48 Luật Thực hiện dân chủ ở cơ sở).',
  noticeFocalPointTitle: 'Đầu mối theo dõi thực hiện',
  noticeFocalPoint:
    '{focalPoint} là đầu mối theo dõi, đôn đốc việc thực hiện Nghị quyết và tiếp nhận ý kiến, phản ánh của cán bộ, công chức, viên chức, người lao động (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).',
  noticeTasksTitle: 'Triển khai thực hiện',
  noticeTasks:
    'Các nhiệm vụ, người chủ trì và thời hạn thực hiện theo Kế hoạch triển khai thực hiện Nghị quyết ({rolloutNumber}).',
  noticePetitionTitle: 'Quyền kiến nghị',
  noticePetition:
    'Cán bộ, công chức, viên chức, người lao động có căn cứ cho rằng việc thông qua Nghị quyết trái với quy định của pháp luật có quyền kiến nghị với công đoàn cấp trên hoặc cơ quan cấp trên trực tiếp của đơn vị (Điều 52.4 Luật Thực hiện dân chủ ở cơ sở).',
  noticeClosing:
    'Đề nghị các phòng, ban, tổ công đoàn và toàn thể cán bộ, công chức, viên chức, người lao động nghiên cứu, thực hiện./.',
  noticeRecipients: [
    'Các phòng, ban, tổ công đoàn',
    'Ban Thanh tra nhân dân',
    'Trang thông tin nội bộ của đơn vị',
  ],
  noticeArchive: 'VT',

  // ---------------------------------------------------------------------------------------------
  // D20KH — Kế hoạch triển khai nghị quyết (Điều 52.2–52.3): the resolution's tasks with their
  // owner and deadline, the focal point, the 6-monthly reviews.
  rolloutType: 'KẾ HOẠCH',
  rolloutSummary: 'Triển khai thực hiện Nghị quyết {conferenceName}',
  rolloutIntro:
    'Thực hiện Nghị quyết {conferenceName} ({resolutionNumber}), {unitName} và {unionExecutive} thống nhất xây dựng Kế hoạch triển khai thực hiện như sau:',
  rolloutPurposeTitle: 'MỤC ĐÍCH, YÊU CẦU',
  rolloutPurpose: [
    'Phổ biến, quán triệt Nghị quyết đến toàn thể cán bộ, công chức, viên chức, người lao động; cụ thể hóa các chỉ tiêu, nhiệm vụ thành công việc có người chủ trì và thời hạn hoàn thành',
    'Phân công rõ trách nhiệm; thường xuyên theo dõi, đôn đốc; định kỳ kiểm tra, đánh giá và thông báo kết quả thực hiện đến toàn thể cán bộ, công chức, viên chức, người lao động',
  ],
  rolloutTasksTitle: 'NHIỆM VỤ CỤ THỂ',
  rolloutTasksIntro: 'Các nhiệm vụ, người hoặc bộ phận chủ trì và thời hạn hoàn thành:',
  rolloutTaskColumns: ['STT', 'Nhiệm vụ', 'Chủ trì thực hiện', 'Thời hạn'],
  rolloutNoTasks: 'Nghị quyết chưa có nhiệm vụ được giao người chủ trì hoặc thời hạn.',
  rolloutFocalPointTitle: 'ĐẦU MỐI THEO DÕI',
  rolloutFocalPoint:
    'Giao {focalPoint} làm đầu mối theo dõi, đôn đốc việc thực hiện Nghị quyết; tổng hợp tình hình, báo cáo Thủ trưởng và Ban Chấp hành Công đoàn (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).',
  rolloutReviewTitle: 'KIỂM TRA, ĐÁNH GIÁ',
  rolloutReview:
    'Thủ trưởng và Ban Chấp hành Công đoàn kiểm tra, đánh giá việc thực hiện Nghị quyết định kỳ 6 tháng (lần thứ nhất {firstReview}, lần thứ hai {secondReview}) và thông báo kết quả đến toàn thể cán bộ, công chức, viên chức, người lao động (Điều 52.3 Luật Thực hiện dân chủ ở cơ sở).',
  rolloutOrganisationTitle: 'TỔ CHỨC THỰC HIỆN',
  rolloutHeadDuty:
    'Thủ trưởng đơn vị: chỉ đạo các phòng, ban triển khai các nhiệm vụ được giao; bảo đảm điều kiện thực hiện.',
  rolloutUnionDuty:
    'Ban Chấp hành Công đoàn: phối hợp tuyên truyền, vận động đoàn viên, người lao động thực hiện Nghị quyết; giám sát việc thực hiện.',
  rolloutBoardDuty:
    'Ban Thanh tra nhân dân: giám sát việc thực hiện Nghị quyết và quy chế dân chủ ở cơ sở.',
  rolloutSubUnitDuty:
    'Các phòng, ban, tổ công đoàn: triển khai nhiệm vụ được giao; báo cáo kết quả về đầu mối theo dõi trước mỗi kỳ kiểm tra, đánh giá.',
  rolloutClosing:
    'Trên đây là Kế hoạch triển khai thực hiện Nghị quyết {conferenceName}. Trong quá trình thực hiện, nếu có vướng mắc, các phòng, ban, tổ công đoàn phản ánh về đầu mối theo dõi để tổng hợp, báo cáo./.',
  rolloutRecipientUpperUnion: '{upperUnion} (để báo cáo)',
  rolloutRecipients: [
    'Ban Thanh tra nhân dân (để giám sát)',
    'Các phòng, ban, tổ công đoàn (để thực hiện)',
  ],
  rolloutArchive: 'VT, {unionAbbreviation}',
};
export type OutcomeWording = typeof OUTCOME_WORDING;

/** Names of the entries for the wording editor. */
export const OUTCOME_WORDING_LABELS: Record<keyof OutcomeWording, string> = {
  quorum: 'D14, D19: số người có mặt, đủ điều kiện',
  quorumShort: 'D14, D19: số người có mặt, chưa đủ điều kiện',
  electionElected: 'D14, D19: kết quả bầu Ban Thanh tra nhân dân',
  electionPending: 'D14, D19: bầu Ban Thanh tra nhân dân chưa có kết quả',
  minutesType: 'D14: tên loại văn bản',
  minutesSummary: 'D14: trích yếu',
  minutesTime: 'D14: thời gian bắt đầu',
  minutesPlace: 'D14: địa điểm',
  minutesAttendanceLead: 'D14: dòng dẫn thành phần tham dự',
  minutesGuestsLead: 'D14: dòng dẫn khách mời',
  minutesChair: 'D14: chủ trì (chủ tọa)',
  minutesPresidium: 'D14: Đoàn Chủ tịch',
  minutesSecretary: 'D14: thư ký',
  minutesContentTitle: 'D14: tiêu đề phần nội dung',
  minutesItemTimes: 'D14: giờ bắt đầu, kết thúc của mỗi mục',
  minutesPresenter: 'D14: người trình bày',
  minutesOpinionsLead: 'D14: dòng dẫn các ý kiến phát biểu',
  minutesOpinion: 'D14: mỗi ý kiến phát biểu',
  minutesOpinionTaken: 'D14: ý kiến được tiếp thu vào nghị quyết',
  minutesOpinionTakenAt: 'D14: ý kiến được tiếp thu vào một mục của nghị quyết',
  minutesAnswersLead: 'D14: dòng dẫn giải trình, trả lời',
  minutesAnswer: 'D14: mỗi câu trả lời',
  minutesVote: 'D14: mỗi lần biểu quyết',
  minutesElectionLead: 'D14: dòng dẫn kết quả bầu cử',
  minutesElectionRound: 'D14: số phiếu của mỗi lần bầu',
  minutesElectionCandidate: 'D14: số phiếu của mỗi người ứng cử',
  minutesElected: 'D14: ghi chú “trúng cử”',
  minutesResolutionAdopted: 'D14: nghị quyết được thông qua',
  minutesResolutionPending: 'D14: nghị quyết chưa được thông qua',
  minutesOtherTitle: 'D14: tiêu đề các nội dung ngoài chương trình',
  minutesClosing: 'D14: câu kết (giờ kết thúc)',
  minutesRecipients: 'D14: nơi nhận',
  minutesArchive: 'D14: lưu',
  resolutionType: 'D15: tên loại văn bản',
  resolutionSummary: 'D15: trích yếu',
  resolutionDraftMark: 'D15: ghi chú dự thảo (trước khi thông qua)',
  resolutionAuthority: 'D15: thẩm quyền ban hành (in hoa)',
  resolutionBases: 'D15: căn cứ',
  resolutionVerb: 'D15: “QUYẾT NGHỊ:”',
  resolutionImplementation: 'D15: tổ chức thực hiện',
  resolutionFocalPoint: 'D15: đầu mối theo dõi',
  resolutionBoard: 'D15: giám sát của Ban Thanh tra nhân dân',
  resolutionStaff: 'D15: trách nhiệm thực hiện',
  resolutionVote: 'D15: kết quả biểu quyết thông qua',
  resolutionRecipientUpperUnion: 'D15: nơi nhận – công đoàn cấp trên',
  resolutionRecipients: 'D15: nơi nhận',
  resolutionArchive: 'D15: lưu',
  covenantType: 'D18: tên loại văn bản',
  covenantSummary: 'D18: trích yếu',
  covenantIntro: 'D18: câu mở đầu',
  covenantTargetsTitle: 'D18: tiêu đề mục chỉ tiêu',
  covenantTargetsIntro: 'D18: câu dẫn bảng chỉ tiêu',
  covenantTargetColumns: 'D18: tiêu đề các cột của bảng chỉ tiêu',
  covenantMovementTitle: 'D18: tiêu đề mục phong trào thi đua',
  covenantHeadTitle: 'D18: tiêu đề mục trách nhiệm của thủ trưởng',
  covenantHead: 'D18: trách nhiệm của thủ trưởng',
  covenantUnionTitle: 'D18: tiêu đề mục trách nhiệm của công đoàn',
  covenantUnion: 'D18: trách nhiệm của Ban Chấp hành Công đoàn',
  covenantClosing: 'D18: câu kết',
  reportType: 'D19: tên loại văn bản',
  reportSummary: 'D19: trích yếu',
  reportAddressee: 'D19: kính gửi',
  reportIntro: 'D19: câu mở đầu',
  reportOrganisationTitle: 'D19: tiêu đề mục tổ chức hội nghị',
  reportTime: 'D19: thời gian, địa điểm',
  reportFormFull: 'D19: hình thức hội nghị toàn thể',
  reportFormDelegates: 'D19: hình thức hội nghị đại biểu',
  reportChair: 'D19: chủ trì, thư ký',
  reportGuests: 'D19: khách mời',
  reportResultsTitle: 'D19: tiêu đề mục kết quả',
  reportContents: 'D19: câu dẫn các nội dung đã tiến hành',
  reportOpinions: 'D19: số ý kiến phát biểu',
  reportVotesLead: 'D19: câu dẫn bảng biểu quyết',
  reportVoteColumns: 'D19: tiêu đề các cột của bảng biểu quyết',
  reportVoteResults: 'D19: kết quả trong bảng biểu quyết',
  reportResolution: 'D19: nghị quyết được thông qua',
  reportResolutionPending: 'D19: nghị quyết chưa được thông qua',
  reportProposalsTitle: 'D19: tiêu đề mục đề xuất, kiến nghị',
  reportProposalsLead: 'D19: câu dẫn các kiến nghị',
  reportNoProposals: 'D19: khi không có kiến nghị',
  reportAttachments: 'D19: tài liệu gửi kèm',
  reportClosing: 'D19: câu kết',
  reportRecipients: 'D19: nơi nhận',
  reportArchive: 'D19: lưu',
  noticeType: 'D20: tên loại văn bản',
  noticeSummary: 'D20: trích yếu',
  noticeIntro: 'D20: câu mở đầu',
  noticeContentTitle: 'D20: tiêu đề mục nội dung',
  noticeContentLead: 'D20: câu dẫn các phần của nghị quyết',
  noticePostingTitle: 'D20: tiêu đề mục hình thức công khai',
  noticePosting: 'D20: hình thức công khai',
  noticeFocalPointTitle: 'D20: tiêu đề mục đầu mối',
  noticeFocalPoint: 'D20: đầu mối theo dõi',
  noticeTasksTitle: 'D20: tiêu đề mục triển khai',
  noticeTasks: 'D20: triển khai thực hiện',
  noticePetitionTitle: 'D20: tiêu đề mục quyền kiến nghị',
  noticePetition: 'D20: quyền kiến nghị',
  noticeClosing: 'D20: câu kết',
  noticeRecipients: 'D20: nơi nhận',
  noticeArchive: 'D20: lưu',
  rolloutType: 'D20KH: tên loại văn bản',
  rolloutSummary: 'D20KH: trích yếu',
  rolloutIntro: 'D20KH: câu mở đầu',
  rolloutPurposeTitle: 'D20KH: tiêu đề mục mục đích',
  rolloutPurpose: 'D20KH: mục đích, yêu cầu',
  rolloutTasksTitle: 'D20KH: tiêu đề mục nhiệm vụ',
  rolloutTasksIntro: 'D20KH: câu dẫn bảng nhiệm vụ',
  rolloutTaskColumns: 'D20KH: tiêu đề các cột của bảng nhiệm vụ',
  rolloutNoTasks: 'D20KH: khi chưa có nhiệm vụ',
  rolloutFocalPointTitle: 'D20KH: tiêu đề mục đầu mối',
  rolloutFocalPoint: 'D20KH: đầu mối theo dõi',
  rolloutReviewTitle: 'D20KH: tiêu đề mục kiểm tra, đánh giá',
  rolloutReview: 'D20KH: kiểm tra, đánh giá 6 tháng',
  rolloutOrganisationTitle: 'D20KH: tiêu đề mục tổ chức thực hiện',
  rolloutHeadDuty: 'D20KH: nhiệm vụ của thủ trưởng',
  rolloutUnionDuty: 'D20KH: nhiệm vụ của Ban Chấp hành Công đoàn',
  rolloutBoardDuty: 'D20KH: nhiệm vụ của Ban Thanh tra nhân dân',
  rolloutSubUnitDuty: 'D20KH: nhiệm vụ của các phòng, ban',
  rolloutClosing: 'D20KH: câu kết',
  rolloutRecipientUpperUnion: 'D20KH: nơi nhận – công đoàn cấp trên',
  rolloutRecipients: 'D20KH: nơi nhận',
  rolloutArchive: 'D20KH: lưu',
};
