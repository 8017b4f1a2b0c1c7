/**
 * D1 — the standard sentences of the conference plan (kế hoạch tổ chức hội nghị, domain-research §5
 * row D1) as DATA, so a later issue can let users edit them: planJob picks the sentences that apply
 * and fills their `{name}` placeholders with fillWording (shared with the chair's script, D5; a
 * placeholder without a value prints "…", the blank the officer fills in by hand).
 *
 * The plan itself is a legal duty: the head and the union executive jointly agree and build it
 * (Luật 10/2022/QH15 Điều 52.1). Its sections are practice (§5 row D1): purpose and requirements;
 * time, place, form and attendance (Điều 51.2); the contents of Điều 51.3 a–g; the preparation
 * tasks with owners and deadlines (R8); who does what.
 *
 * An optional sentence is its own entry, added or left out whole by the job: fillWording prints a
 * blank for an empty value, so a clause can never be switched off by emptying a placeholder.
 */

/** Every placeholder the job fills, with what it holds — for the future wording editor. */
export const PLAN_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionExecutive: 'Ban Chấp hành công đoàn cơ sở (Ban Chấp hành Công đoàn cơ sở …)',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  reviewedPeriod: 'Năm công tác được tổng kết (năm 2025; năm học 2024–2025)',
  nextPeriod: 'Năm công tác tới (năm 2026; năm học 2025–2026)',
  when: 'Thời gian họp (08 giờ 00, thứ Năm, ngày 15 tháng 01 năm 2026)',
  venue: 'Địa điểm',
  summonedCount: 'Số người được triệu tập (toàn thể hoặc đại biểu)',
  quorumFraction: 'Tỷ lệ có mặt tối thiểu (2/3)',
  quorumBase: 'Cơ sở tính tỷ lệ có mặt (tổng số người lao động hoặc số đại biểu được triệu tập)',
  quorumSource: 'Căn cứ tỷ lệ có mặt',
  passPercent: 'Tỷ lệ tán thành để thông qua (%)',
  boardTerm: 'Nhiệm kỳ Ban Thanh tra nhân dân được bầu (2026–2028)',
  dispersedReason: 'Lý do tổ chức hội nghị đại biểu (đơn vị dưới 100 người)',
  unionAgreement: 'Sự thống nhất của Ban Chấp hành Công đoàn về hình thức hội nghị (văn bản, ngày)',
  guestRef: 'Khách mời: Ông/Bà họ tên, chức danh, cơ quan',
  upperUnion: 'Công đoàn cấp trên trực tiếp',
  unionAbbreviation: 'Chữ viết tắt tên công đoàn (CĐCS) theo thông tin đơn vị',
} as const;
export type PlanPlaceholder = keyof typeof PLAN_PLACEHOLDERS;
export type PlanWordingValues = Partial<Record<PlanPlaceholder, string | number>>;

/** A clause of the plan: its printed label ("1.", "a)", "-") and its sentence. */
export interface WordedItem {
  label: string;
  text: string;
}

/** A duty in "V. Tổ chức thực hiện": who (printed bold) and what; the job numbers them. */
export interface WordedDuty {
  who: string;
  text: string;
}

export const PLAN_WORDING = {
  // NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4: type name and summary (trích yếu).
  typeName: 'KẾ HOẠCH',
  summary: 'Tổ chức {conferenceName}',
  bases: ['Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;'],
  // Điều 52.1: the head and the union executive build the plan together.
  intro:
    '{unitName} và {unionExecutive} thống nhất xây dựng Kế hoạch tổ chức {conferenceName} như sau:',

  purposeTitle: 'MỤC ĐÍCH, YÊU CẦU',
  purposeHeading: 'Mục đích',
  purpose: [
    'Đánh giá kết quả thực hiện nhiệm vụ {reviewedPeriod}; kiểm điểm việc thực hiện nghị quyết hội nghị năm trước và quy chế dân chủ ở cơ sở; xác định mục tiêu, nhiệm vụ và giải pháp thực hiện kế hoạch công tác {nextPeriod}.',
    'Phát huy quyền làm chủ của cán bộ, công chức, viên chức, người lao động trong việc tham gia ý kiến, quyết định và kiểm tra, giám sát hoạt động của cơ quan, đơn vị theo Luật Thực hiện dân chủ ở cơ sở.',
    'Tổng kết phong trào thi đua, khen thưởng; phát động phong trào thi đua {nextPeriod} và ký kết giao ước thi đua giữa Thủ trưởng đơn vị và Chủ tịch Công đoàn.',
  ],
  requirementsHeading: 'Yêu cầu',
  requirements: [
    'Hội nghị được chuẩn bị chu đáo, tổ chức đúng nội dung, trình tự theo Điều 51 Luật Thực hiện dân chủ ở cơ sở; bảo đảm dân chủ, thiết thực, tiết kiệm, hiệu quả.',
    'Các báo cáo, dự thảo văn bản được gửi trước đến cán bộ, công chức, viên chức, người lao động để nghiên cứu, thảo luận, góp ý.',
    // Điều 51.2.c: quorum of two thirds, resolutions pass with more than half of those present.
    'Hội nghị được tiến hành khi có ít nhất {quorumFraction} {quorumBase} tham dự; nghị quyết, quyết định của hội nghị được thông qua khi có trên {passPercent}% tổng số người dự hội nghị tán thành ({quorumSource}).',
  ],

  timePlaceTitle: 'THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
  time: 'Thời gian: {when}.',
  venue: 'Địa điểm: {venue}.',
  // Điều 51.2.a–b: full assembly below 100 staff; above, or when dispersed, the head decides
  // after agreeing with the union (R3).
  formFull: 'Hình thức: hội nghị toàn thể cán bộ, công chức, viên chức, người lao động.',
  formDelegates: 'Hình thức: hội nghị đại biểu cán bộ, công chức, viên chức, người lao động.',
  formReason: 'Lý do tổ chức hội nghị đại biểu: {dispersedReason}.',
  formAgreement:
    'Hình thức hội nghị đã được thống nhất với Ban Chấp hành Công đoàn: {unionAgreement}.',
  participantsFull:
    'Thành phần: toàn thể {summonedCount} cán bộ, công chức, viên chức, người lao động của {unitName} (theo danh sách triệu tập).',
  participantsDelegates:
    'Thành phần: {summonedCount} đại biểu cán bộ, công chức, viên chức, người lao động (theo danh sách triệu tập).',
  guestsLead: 'Khách mời:',
  guest: '{guestRef}',

  contentTitle: 'NỘI DUNG HỘI NGHỊ',
  contentIntro:
    'Hội nghị thực hiện các nội dung chủ yếu theo Điều 51.3 Luật Thực hiện dân chủ ở cơ sở:',
  // Paraphrase of Điều 51.3 a–g (domain-research §2.6); đ carries the Ban TTND election when due
  // (Điều 49, 60.3 — R21).
  contents: [
    {
      label: 'a)',
      text: 'Kiểm điểm việc thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước liên quan đến cơ quan, đơn vị;',
    },
    {
      label: 'b)',
      text: 'Kiểm điểm việc thực hiện nghị quyết hội nghị cán bộ, công chức, viên chức, người lao động năm trước và việc thực hiện quy chế dân chủ ở cơ sở;',
    },
    {
      label: 'c)',
      text: 'Đánh giá kết quả thực hiện kế hoạch công tác {reviewedPeriod}, kiểm điểm trách nhiệm của người đứng đầu cơ quan, đơn vị; thảo luận kế hoạch công tác {nextPeriod};',
    },
    {
      label: 'd)',
      text: 'Tổng kết phong trào thi đua, khen thưởng; phát động phong trào thi đua {nextPeriod} và ký kết giao ước thi đua;',
    },
    {
      label: 'đ)',
      text: 'Thảo luận, quyết định các nội dung thuộc thẩm quyền quyết định của cán bộ, công chức, viên chức, người lao động;',
    },
    {
      label: 'e)',
      text: 'Công khai thông tin và lấy ý kiến cán bộ, công chức, viên chức, người lao động về các nội dung theo quy định;',
    },
    { label: 'g)', text: 'Các nội dung khác do hội nghị quyết định.' },
  ] satisfies readonly WordedItem[],
  contentsWithElection: {
    label: 'đ)',
    text: 'Thảo luận, quyết định các nội dung thuộc thẩm quyền quyết định của cán bộ, công chức, viên chức, người lao động; bầu Ban Thanh tra nhân dân nhiệm kỳ {boardTerm};',
  } satisfies WordedItem,
  // Điều 51.4.đ: a sitting board reports and presents its programme.
  boardReport:
    'Ban Thanh tra nhân dân báo cáo kết quả hoạt động trong năm và chương trình hoạt động năm tới.',
  order:
    'Hội nghị tiến hành theo trình tự quy định tại Điều 51.4 Luật Thực hiện dân chủ ở cơ sở và kết thúc bằng việc thông qua nghị quyết hội nghị.',

  preparationTitle: 'CÔNG TÁC CHUẨN BỊ',
  preparationIntro: 'Các công việc chuẩn bị, người hoặc bộ phận thực hiện và thời hạn hoàn thành:',
  taskColumns: ['STT', 'Nội dung', 'Người/bộ phận thực hiện', 'Thời hạn'],

  organisationTitle: 'TỔ CHỨC THỰC HIỆN',
  // Điều 51.1: the head presides and fixes the date after consulting the union.
  headDuty: {
    who: 'Thủ trưởng đơn vị:',
    text: 'Chủ trì tổ chức hội nghị; quyết định thời gian tổ chức sau khi trao đổi với Ban Chấp hành Công đoàn; chỉ đạo chuẩn bị báo cáo, dự thảo văn bản trình hội nghị; bảo đảm kinh phí, cơ sở vật chất cho hội nghị.',
  } satisfies WordedDuty,
  unionDuty: {
    who: 'Ban Chấp hành Công đoàn:',
    text: 'Phối hợp với Thủ trưởng đơn vị tổ chức hội nghị; chuẩn bị báo cáo của Ban Chấp hành Công đoàn và dự thảo giao ước thi đua.',
  } satisfies WordedDuty,
  // Điều 60.1, 63.2.a: the union executive proposes the number and the candidates.
  unionElectionDuty:
    'Thống nhất với Thủ trưởng đơn vị số lượng thành viên và lập danh sách đề cử Ban Thanh tra nhân dân nhiệm kỳ {boardTerm}.',
  boardDuty: {
    who: 'Ban Thanh tra nhân dân:',
    text: 'Chuẩn bị báo cáo kết quả hoạt động trong năm và chương trình hoạt động năm tới của Ban.',
  } satisfies WordedDuty,
  subUnitDuty: {
    who: 'Các phòng, ban, tổ công đoàn:',
    text: 'Phổ biến kế hoạch đến cán bộ, công chức, viên chức, người lao động; tổ chức thảo luận, góp ý các dự thảo báo cáo và tập hợp kiến nghị gửi Ban Tổ chức.',
  } satisfies WordedDuty,
  // Delegate allocation is practice (TT 01/2016 Điều 6, lapsed — domain-research §2.3).
  subUnitDelegateDuty: 'Bầu đại biểu dự hội nghị theo số lượng được phân bổ.',
  closing:
    'Trên đây là Kế hoạch tổ chức {conferenceName} của {unitName}. Đề nghị các phòng, ban, tổ công đoàn và cán bộ, công chức, viên chức, người lao động triển khai thực hiện./.',

  // NĐ 30/2020 Phụ lục I, mục II.9 (R28): entries without "-" or ";", the block adds them.
  recipientUpperUnion: '{upperUnion} (để báo cáo)',
  recipientSubUnits: 'Các phòng, ban, tổ công đoàn (để thực hiện)',
  archive: 'VT, {unionAbbreviation}',
} as const;
