/**
 * D3 — the standard sentences of the Giấy triệu tập and Giấy mời as DATA, like planWording.ts:
 * convocationJob picks the sentences that apply and fills their `{name}` placeholders with
 * fillWording. Kept apart from the job so documentWording.ts can list it without importing the job
 * (the job itself reads the unit's wording through documentWording.ts).
 */

/** Every placeholder of CONVOCATION_WORDING, with what it holds — shown in the wording editor. */
export const CONVOCATION_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  conferenceName: 'Tên hội nghị',
  when: 'Thời gian họp',
  venue: 'Địa điểm',
  whom: 'Người được triệu tập, trong câu (cán bộ, … có tên trong danh sách kèm theo / Ông / Bà)',
  whomShort: 'Người được triệu tập, ngắn (cán bộ, …, người lao động / Ông / Bà)',
  addressee: 'Người nhận: Ông/Bà họ tên, chức vụ, đơn vị',
  invitee: 'Khách mời: Ông/Bà họ tên, chức danh, cơ quan',
  chair: 'Người chủ trì: Ông/Bà họ tên, chức vụ',
  reviewedPeriod: 'Năm công tác được tổng kết',
  nextPeriod: 'Năm công tác tới',
  unionAbbreviation: 'Chữ viết tắt tên công đoàn (CĐCS) theo thông tin đơn vị',
} as const;
export type ConvocationPlaceholder = keyof typeof CONVOCATION_PLACEHOLDERS;
export type ConvocationWordingValues = Partial<Record<ConvocationPlaceholder, string | number>>;

/** The standard sentences as data, like planWording.ts; the unit may edit them (documentWording.ts). */
export const CONVOCATION_WORDING = {
  convocationType: 'GIẤY TRIỆU TẬP',
  invitationType: 'GIẤY MỜI',
  summary: '{conferenceName}',
  // One centred line each: "(theo danh sách kèm theo)" on a line of its own rather than wrapping.
  addresseeAll: [
    'Kính gửi: Cán bộ, công chức, viên chức, người lao động',
    '(theo danh sách kèm theo).',
  ],
  addresseeDelegates: ['Kính gửi: Các đại biểu dự hội nghị', '(theo danh sách kèm theo).'],
  addresseeOne: ['Kính gửi: {addressee}.'],
  whomAll: 'cán bộ, công chức, viên chức, người lao động có tên trong danh sách kèm theo',
  whomDelegates: 'các đại biểu có tên trong danh sách kèm theo',
  whomShortAll: 'cán bộ, công chức, viên chức, người lao động',
  whomShortDelegates: 'các đại biểu',
  convocationIntro: '{unitName} triệu tập {whom} dự {conferenceName}, cụ thể như sau:',
  time: 'Thời gian: {when}.',
  venue: 'Địa điểm: {venue}.',
  // The contents of Điều 51.3, in one sentence.
  contents:
    'Nội dung: Kiểm điểm việc thực hiện nhiệm vụ {reviewedPeriod} và nghị quyết hội nghị năm trước; thảo luận kế hoạch công tác {nextPeriod}; tổng kết thi đua, khen thưởng và ký kết giao ước thi đua.',
  contentsWithElection:
    'Nội dung: Kiểm điểm việc thực hiện nhiệm vụ {reviewedPeriod} và nghị quyết hội nghị năm trước; thảo luận kế hoạch công tác {nextPeriod}; tổng kết thi đua, khen thưởng và ký kết giao ước thi đua; bầu Ban Thanh tra nhân dân.',
  convocationClosing:
    'Đề nghị {whomShort} nghiên cứu trước tài liệu hội nghị và có mặt đúng giờ để hội nghị đạt kết quả tốt./.',
  // Mẫu 1.7: "(2) trân trọng kính mời: (6) / Tới dự (7) / Chủ trì / Thời gian / Địa điểm / (8)".
  invitationLine: '{unitName} trân trọng kính mời: {invitee}',
  invitationEvent: 'Tới dự {conferenceName}.',
  chair: 'Chủ trì: {chair}.',
  invitationClosing: 'Rất mong {whomShort} dành thời gian tới dự./.',
  // NĐ 30/2020 Phụ lục I, mục II.9 (R28).
  recipientsConvocation: ['Như trên', 'Ban Chấp hành Công đoàn (để phối hợp)'],
  recipientsInvitation: ['Như trên'],
  archive: 'VT, {unionAbbreviation}',
} as const;
