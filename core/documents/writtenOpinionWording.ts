/**
 * The sentences of the written-opinion route (Luật 10/2022/QH15 Điều 50.2): D9PYK Phiếu lấy ý
 * kiến and D9KQ Biên bản tổng hợp kết quả lấy ý kiến. The jobs fill the `{name}` placeholders with
 * fillWording; a placeholder without a value prints "…", the blank the officer writes in by hand.
 *
 * No sentence computes anything: the staff count, the votes needed and every outcome come from
 * writtenOpinionOutcome (R2 on the number of staff), the dates from the route — all in the jobs.
 */

/** Every placeholder the jobs fill, with what it holds. */
export const WRITTEN_OPINION_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionExecutive: 'Ban Chấp hành công đoàn cơ sở',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  firstDate: 'Ngày triệu tập lần thứ nhất (ngày 15 tháng 01 năm 2026)',
  secondDate: 'Ngày triệu tập lần thứ hai',
  quorumFraction: 'Tỷ lệ có mặt tối thiểu (2/3)',
  summoned: 'Người được triệu tập (cán bộ, công chức, viên chức, người lao động / đại biểu)',
  quorumSource: 'Căn cứ tỷ lệ có mặt tối thiểu',
  passPercent: 'Tỷ lệ đồng ý phải vượt (50)',
  staffCount: 'Tổng số cán bộ, công chức, viên chức, người lao động',
  needed: 'Số người đồng ý tối thiểu để thông qua',
  formDate: 'Ngày phát phiếu',
  returnBy: 'Hạn nộp phiếu',
  returnTo: 'Nơi nộp phiếu',
  countDate: 'Ngày tổng hợp kết quả',
  chair: 'Chủ trì: Ông/Bà họ tên – chức vụ',
  secretary: 'Thư ký: Ông/Bà họ tên – chức vụ',
  formsIssued: 'Số phiếu phát ra',
  formsReturned: 'Số phiếu thu về',
  notReturned: 'Số phiếu không thu về',
  returnedShare: 'Tỷ lệ phiếu thu về so với số phiếu phát ra',
  itemTitle: 'Nội dung lấy ý kiến',
  itemResult: 'Kết quả một nội dung (Đồng ý 120/184 người lao động (65,22%) — thông qua)',
} as const;
export type WrittenOpinionPlaceholder = keyof typeof WRITTEN_OPINION_PLACEHOLDERS;
export type WrittenOpinionWordingValues = Partial<
  Record<WrittenOpinionPlaceholder, string | number>
>;

export const WRITTEN_OPINION_WORDING = {
  // Shared: why the opinions are taken in writing (Điều 50.2, the quorum of Điều 51.2.c).
  reason:
    '{conferenceName} đã được triệu tập lần thứ nhất {firstDate} và lần thứ hai {secondDate} nhưng không đủ số người tham dự tối thiểu ({quorumFraction} tổng số {summoned} được triệu tập, theo {quorumSource}).',
  route:
    'Thực hiện khoản 2 Điều 50 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Thủ trưởng {unitName}, sau khi thống nhất với {unionExecutive}, lấy ý kiến của cán bộ, công chức, viên chức, người lao động bằng phiếu về các nội dung lẽ ra trình hội nghị.',
  passRule:
    'Mỗi nội dung được thông qua khi có trên {passPercent}% tổng số cán bộ, công chức, viên chức, người lao động ({staffCount} người) đồng ý, tức là ít nhất {needed} người (khoản 2 Điều 50, điểm c khoản 2 Điều 51 Luật Thực hiện dân chủ ở cơ sở).',

  // D9PYK — Phiếu lấy ý kiến: one form per member of staff (Điều 50.2).
  formType: 'PHIẾU LẤY Ý KIẾN',
  formSummary: 'Về các nội dung trình {conferenceName}',
  // The route and the rule in one paragraph, so a form of a few items stays on one page.
  formRoute:
    'Thực hiện khoản 2 Điều 50 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Thủ trưởng {unitName} thống nhất với {unionExecutive} lấy ý kiến cán bộ, công chức, viên chức, người lao động bằng phiếu về các nội dung dưới đây; nội dung được thông qua khi có trên {passPercent}% tổng số người lao động (ít nhất {needed}/{staffCount} người) đồng ý.',
  nameLabel: 'Họ và tên',
  departmentLabel: 'Đơn vị công tác',
  instruction: 'Đánh dấu (X) vào một ô ở mỗi nội dung; chọn “Ý kiến khác” thì ghi rõ dưới bảng.',
  formColumns: ['STT', 'Nội dung lấy ý kiến', 'Đồng ý', 'Không đồng ý', 'Ý kiến khác'],
  commentLabel: 'Ý kiến khác, đề xuất (ghi rõ nội dung nào, nếu có):',
  returnDeadline: 'Thời hạn nộp phiếu: chậm nhất {returnBy}.',
  returnPlace: 'Nơi nộp phiếu: {returnTo}.',
  signerTitle: 'NGƯỜI CHO Ý KIẾN',
  signerNote: '(Ký và ghi rõ họ tên)',

  // D9KQ — Biên bản tổng hợp kết quả lấy ý kiến (no date line in the header, Mẫu 1.9 — R27).
  resultsType: 'BIÊN BẢN',
  resultsSummary: [
    'Tổng hợp kết quả lấy ý kiến bằng phiếu',
    'về các nội dung trình {conferenceName}',
  ],
  resultsOpening:
    'Hôm nay, {countDate}, tại {unitName}, tiến hành tổng hợp kết quả lấy ý kiến cán bộ, công chức, viên chức, người lao động bằng phiếu theo khoản 2 Điều 50 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.',
  resultsChair: 'Chủ trì: {chair}.',
  resultsSecretary: 'Thư ký: {secretary}.',
  reasonTitle: 'LÝ DO LẤY Ý KIẾN BẰNG PHIẾU',
  formsTitle: 'KẾT QUẢ PHÁT, THU PHIẾU',
  formsStaff: 'Tổng số cán bộ, công chức, viên chức, người lao động: {staffCount} người.',
  formsIssued:
    'Số phiếu phát ra: {formsIssued} phiếu (ngày phát phiếu: {formDate}; hạn nộp phiếu: {returnBy}).',
  formsReturned:
    'Số phiếu thu về: {formsReturned} phiếu ({returnedShare} số phiếu phát ra); số phiếu không thu về: {notReturned} phiếu.',
  itemsTitle: 'KẾT QUẢ THEO TỪNG NỘI DUNG',
  resultsColumns: [
    'STT',
    'Nội dung',
    'Đồng ý',
    'Không đồng ý',
    'Ý kiến khác',
    'Tỷ lệ đồng ý trên tổng số người lao động',
    'Kết quả',
  ],
  resultPasses: 'Thông qua',
  resultFails: 'Không thông qua',
  resultInvalid: 'Chưa xác định',
  conclusionTitle: 'KẾT LUẬN',
  conclusionItem: '{itemTitle}: {itemResult}.',
  noItems: 'Chưa ghi nội dung lấy ý kiến nào.',
  resultsClosing:
    'Biên bản lập xong {countDate}, đã được đọc lại cho những người tham gia tổng hợp cùng nghe và nhất trí ký tên.',
  resultsRecipients: ['Thủ trưởng đơn vị', 'Ban Chấp hành Công đoàn'],
  resultsArchive: 'VT, Hồ sơ hội nghị',
} as const;
export type WrittenOpinionWording = typeof WRITTEN_OPINION_WORDING;
