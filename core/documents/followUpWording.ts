/**
 * The standard sentences of the documents written after the conference from what was tracked, as
 * DATA (one wording book, editable by the unit like the others): D21 Báo cáo kiểm tra, đánh giá
 * thực hiện nghị quyết and D21TB, its Thông báo to all staff (Luật 10/2022/QH15 Điều 52.3), and D8
 * Báo cáo hoạt động của Ban Thanh tra nhân dân with its next-year programme (Điều 51.4.đ, 62.3;
 * Nghị định 59/2023/NĐ-CP Điều 22), and the drafts for next year's conference written from the
 * tracked year: D7's section on implementing the resolution (Điều 51.3.b) and the skeleton of D6,
 * the head's report (Điều 51.3.a, c). The jobs pick the sentences that apply and fill their `{name}`
 * placeholders with fillWording; a placeholder without a value prints "…".
 *
 * No sentence computes anything: every count and percentage comes from the frozen review
 * (followUpReview.ts) or the board's records checked against their clocks (boardWorkView.ts).
 */

/** Every placeholder the jobs fill, with what it holds — for the wording editor. */
export const FOLLOW_UP_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionExecutive: 'Ban Chấp hành công đoàn cơ sở',
  unionAbbreviation: 'Chữ viết tắt tên công đoàn (CĐCS) theo thông tin đơn vị',
  upperUnion: 'Công đoàn cấp trên trực tiếp',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  year: 'Năm của hội nghị',
  nextYear: 'Năm sau',
  nextConferenceName: 'Tên hội nghị năm sau',
  resolutionNumber: 'Số, ngày Nghị quyết',
  reviewNumber: 'Lần kiểm tra, đánh giá (thứ nhất / thứ hai)',
  asOf: 'Ngày chốt số liệu (dd/mm/yyyy)',
  reportNumber: 'Số Báo cáo kiểm tra, đánh giá',
  total: 'Tổng số nội dung theo dõi',
  done: 'Số nội dung hoàn thành',
  inProgress: 'Số nội dung đang thực hiện',
  notStarted: 'Số nội dung chưa thực hiện',
  notDone: 'Số nội dung không thực hiện được',
  overdue: 'Số nội dung quá hạn',
  percentDone: 'Tỷ lệ hoàn thành (66,67%)',
  programmes: 'Số chương trình công tác đã xây dựng',
  inspections: 'Số cuộc kiểm tra, giám sát',
  resultRecorded: 'Số cuộc đã có kết quả bằng văn bản',
  recommendations: 'Số kiến nghị',
  answered: 'Số kiến nghị được trả lời đúng hạn',
  answeredLate: 'Số kiến nghị được trả lời chậm',
  unanswered: 'Số kiến nghị chưa được trả lời',
  answerDays: 'Thời hạn trả lời kiến nghị (ngày)',
  reportsSubmitted: 'Số báo cáo đã gửi Ban Chấp hành công đoàn',
  reportsExpected: 'Số báo cáo phải gửi trong năm',
} as const;
export type FollowUpPlaceholder = keyof typeof FOLLOW_UP_PLACEHOLDERS;
export type FollowUpWordingValues = Partial<Record<FollowUpPlaceholder, string | number>>;

export const FOLLOW_UP_WORDING = {
  // ---------------------------------------------------------------------------------------------
  // D21 — Báo cáo kiểm tra, đánh giá thực hiện nghị quyết (Điều 52.3).
  reviewType: 'BÁO CÁO',
  reviewSummary:
    'Kết quả kiểm tra, đánh giá việc thực hiện Nghị quyết {conferenceName} (lần {reviewNumber})',
  reviewIntro:
    'Thực hiện Nghị quyết {conferenceName} ({resolutionNumber}) và Điều 52.3 Luật Thực hiện dân chủ ở cơ sở, {unitName} phối hợp với {unionExecutive} kiểm tra, đánh giá việc thực hiện Nghị quyết lần {reviewNumber}, số liệu tính đến ngày {asOf}, như sau:',
  reviewTotalsTitle: 'KẾT QUẢ CHUNG',
  reviewTotals:
    'Tổng số {total} nội dung được theo dõi: hoàn thành {done} nội dung (đạt {percentDone}); đang thực hiện {inProgress}; chưa thực hiện {notStarted}; không thực hiện được {notDone}. Số nội dung quá hạn tại ngày chốt số liệu: {overdue}.',
  reviewGroupColumns: [
    'STT',
    'Phần của nghị quyết',
    'Tổng số',
    'Hoàn thành',
    'Đang thực hiện',
    'Chưa thực hiện',
    'Không thực hiện được',
    'Quá hạn',
  ],
  reviewAssessmentLead: 'Đánh giá chung:',
  reviewItemsTitle: 'KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG',
  reviewItemColumns: [
    'STT',
    'Nội dung',
    'Chủ trì, thời hạn',
    'Kết quả, minh chứng',
    'Khó khăn, vướng mắc',
    'Giải pháp tiếp theo',
  ],
  reviewNoItems: 'Chưa có nội dung nào được theo dõi tại ngày chốt số liệu.',
  reviewProblemsTitle: 'TỒN TẠI, HẠN CHẾ',
  reviewOverdueLead: 'Các nội dung quá hạn chưa hoàn thành:',
  reviewNotDoneLead: 'Các nội dung không thực hiện được và lý do:',
  reviewNoProblems: 'Không có nội dung quá hạn hoặc không thực hiện được.',
  reviewNextTitle: 'NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI',
  reviewNext:
    'Thủ trưởng cơ quan, đơn vị và {unionExecutive} tiếp tục chỉ đạo các phòng, ban, cá nhân được giao hoàn thành các nội dung còn lại của Nghị quyết; Ban Thanh tra nhân dân giám sát việc thực hiện. Kết quả kiểm tra, đánh giá này được thông báo đến toàn thể cán bộ, công chức, viên chức, người lao động (Điều 52.3 Luật Thực hiện dân chủ ở cơ sở).',
  reviewRecipients: [
    '{upperUnion} (để báo cáo)',
    'Ban Thanh tra nhân dân (để giám sát)',
    'Các phòng, ban, đơn vị trực thuộc',
  ],
  reviewArchive: 'VT, {unionAbbreviation}',
  // ---------------------------------------------------------------------------------------------
  // D21TB — the notice to all staff of the review's result (Điều 52.3).
  reviewNoticeType: 'THÔNG BÁO',
  reviewNoticeSummary:
    'Kết quả kiểm tra, đánh giá việc thực hiện Nghị quyết {conferenceName} (lần {reviewNumber})',
  reviewNoticeIntro:
    'Thực hiện Điều 52.3 Luật Thực hiện dân chủ ở cơ sở, {unitName} thông báo đến toàn thể cán bộ, công chức, viên chức, người lao động kết quả kiểm tra, đánh giá việc thực hiện Nghị quyết {conferenceName} lần {reviewNumber} (số liệu tính đến ngày {asOf}) như sau:',
  reviewNoticeTotalsTitle: 'Kết quả chung',
  reviewNoticeGroupsLead: 'Kết quả theo từng phần của Nghị quyết:',
  reviewNoticeGroup: '{total} nội dung, hoàn thành {done} ({percentDone})',
  reviewNoticeReportTitle: 'Báo cáo kết quả kiểm tra, đánh giá',
  reviewNoticeReport:
    'Báo cáo kết quả kiểm tra, đánh giá ({reportNumber}) được gửi các phòng, ban và lưu tại Văn phòng; cán bộ, công chức, viên chức, người lao động có thể xem toàn văn và góp ý, kiến nghị qua Ban Chấp hành công đoàn hoặc Ban Thanh tra nhân dân.',
  reviewNoticeClosing:
    'Đề nghị các phòng, ban, cá nhân được giao nhiệm vụ tiếp tục thực hiện đúng tiến độ các nội dung còn lại của Nghị quyết.',
  reviewNoticeRecipients: [
    'Toàn thể cán bộ, công chức, viên chức, người lao động',
    'Ban Chấp hành công đoàn cơ sở',
    'Ban Thanh tra nhân dân',
    'Niêm yết tại trụ sở, đăng trên trang thông tin nội bộ',
  ],
  reviewNoticeArchive: 'VT',
  // ---------------------------------------------------------------------------------------------
  // D8 — Báo cáo hoạt động của Ban Thanh tra nhân dân and its next-year programme (Điều 51.4.đ,
  // 62.3; Nghị định 59/2023/NĐ-CP Điều 22).
  boardReportType: 'BÁO CÁO',
  boardReportSummary:
    'Kết quả hoạt động của Ban Thanh tra nhân dân năm {year} và chương trình công tác năm {nextYear}',
  boardReportIntro:
    'Thực hiện Điều 62 Luật Thực hiện dân chủ ở cơ sở và Điều 22 Nghị định số 59/2023/NĐ-CP, Ban Thanh tra nhân dân {unitName} báo cáo kết quả hoạt động năm {year} và chương trình công tác năm {nextYear} trước {conferenceName} như sau:',
  boardResultsTitle: 'KẾT QUẢ HOẠT ĐỘNG NĂM {year}',
  boardProgrammesTitle: 'Chương trình công tác',
  boardProgrammes: 'Ban đã xây dựng {programmes} chương trình công tác:',
  boardNoProgrammes: 'Ban chưa ban hành chương trình công tác bằng văn bản trong năm.',
  boardInspectionsTitle: 'Kiểm tra, giám sát',
  boardInspections:
    'Ban đã tiến hành {inspections} cuộc kiểm tra, giám sát; {resultRecorded} cuộc đã có kết quả bằng văn bản.',
  boardInspectionColumns: ['STT', 'Đối tượng, nội dung', 'Thời gian', 'Kết quả'],
  boardRecommendationsTitle: 'Kiến nghị và việc trả lời của thủ trưởng',
  boardRecommendations:
    'Ban đã gửi {recommendations} kiến nghị đến thủ trưởng cơ quan, đơn vị: {answered} kiến nghị được trả lời trong thời hạn {answerDays} ngày, {answeredLate} kiến nghị được trả lời chậm, {unanswered} kiến nghị chưa được trả lời.',
  boardRecommendationColumns: ['STT', 'Nội dung kiến nghị', 'Ngày nhận, hạn trả lời', 'Trả lời'],
  boardResolutionTitle: 'Giám sát việc thực hiện nghị quyết hội nghị',
  boardResolution:
    'Tính đến ngày {asOf}, trong {total} nội dung của Nghị quyết được theo dõi có {done} nội dung hoàn thành ({percentDone}), {inProgress} đang thực hiện, {notStarted} chưa thực hiện, {notDone} không thực hiện được; {overdue} nội dung quá hạn.',
  boardReportsTitle: 'Báo cáo Ban Chấp hành công đoàn',
  boardReports:
    'Ban đã gửi {reportsSubmitted}/{reportsExpected} báo cáo định kỳ (quý, 6 tháng, năm) đến Ban Chấp hành công đoàn cơ sở (Điều 22.3 Nghị định số 59/2023/NĐ-CP).',
  boardAssessmentTitle: 'ĐÁNH GIÁ CHUNG',
  boardAssessment:
    'Ban Thanh tra nhân dân đã hoạt động theo chương trình, bám sát Nghị quyết hội nghị; những việc còn tồn tại: …',
  boardProgrammeTitle: 'CHƯƠNG TRÌNH CÔNG TÁC NĂM {nextYear}',
  boardProgrammeLead:
    'Năm {nextYear}, Ban Thanh tra nhân dân tập trung giám sát các nội dung sau (trong đó có các nội dung năm {year} chưa hoàn thành):',
  boardProgrammeStanding: [
    'Giám sát việc thực hiện Nghị quyết hội nghị cán bộ, công chức, viên chức, người lao động năm {nextYear} và các quy chế của cơ quan, đơn vị',
    'Giám sát việc thực hiện quy chế dân chủ ở cơ sở, việc giải quyết khiếu nại, tố cáo, kiến nghị của cán bộ, công chức, viên chức, người lao động',
    'Kiểm tra, giám sát theo kế hoạch từng quý; thông báo cho đối tượng kiểm tra trước ít nhất 5 ngày làm việc',
    'Báo cáo Ban Chấp hành công đoàn cơ sở hằng quý, 6 tháng, năm',
  ],
  boardClosing: 'Trên đây là báo cáo của Ban Thanh tra nhân dân, kính trình hội nghị xem xét.',
  boardRecipients: [
    'Hội nghị cán bộ, công chức, viên chức, người lao động năm {nextYear}',
    'Ban Chấp hành công đoàn cơ sở',
    'Thủ trưởng cơ quan, đơn vị',
  ],
  boardArchive: 'Ban TTND',
  // ---------------------------------------------------------------------------------------------
  // D6 and D7, drafted for next year's conference from the tracked year: what both print about
  // implementing the resolution (Điều 51.3.b), from implementationReport.ts.
  implementationTotals:
    'Nghị quyết có {total} nội dung được theo dõi; tính đến ngày {asOf}: hoàn thành {done} nội dung ({percentDone}); đang thực hiện {inProgress}; chưa thực hiện {notStarted}; không thực hiện được {notDone}; quá hạn {overdue}.',
  implementationTargetsTitle: 'Kết quả thực hiện các chỉ tiêu',
  implementationTargetColumns: ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'],
  implementationNoTargets: 'Nghị quyết không đề ra chỉ tiêu định lượng.',
  implementationTasksTitle: 'Kết quả thực hiện các nhiệm vụ, nội dung khác',
  implementationNotDoneTitle: 'Nội dung không thực hiện được và lý do',
  implementationNoNotDone: 'Không có nội dung nào không thực hiện được.',
  implementationUnfinishedTitle: 'Nội dung chưa hoàn thành, tiếp tục thực hiện năm {nextYear}',
  implementationNoUnfinished: 'Các nội dung của Nghị quyết đã được thực hiện xong.',
  // D7 — Báo cáo của Ban Chấp hành Công đoàn (Điều 51.3.b, 51.4.b), drafted.
  unionReportType: 'BÁO CÁO',
  unionReportSummary:
    'Kết quả thực hiện Nghị quyết {conferenceName} và quy chế dân chủ ở cơ sở năm {year}',
  unionReportIntro:
    'Thực hiện Điều 51.3.b Luật Thực hiện dân chủ ở cơ sở, {unionExecutive} báo cáo {nextConferenceName} kết quả thực hiện Nghị quyết {conferenceName} ({resolutionNumber}) và việc thực hiện quy chế dân chủ ở cơ sở năm {year} như sau:',
  unionImplementationTitle: 'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ NĂM {year}',
  unionDemocracyTitle: 'KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ',
  unionDemocracy:
    'Việc thực hiện quy chế dân chủ ở cơ sở, kết quả giám sát và hỗ trợ thực hiện dân chủ ở cơ sở năm {year}: …',
  unionProposalsTitle: 'ĐỀ XUẤT, KIẾN NGHỊ',
  unionProposals: '…',
  unionRecipients: ['{nextConferenceName}', '{upperUnion} (để báo cáo)'],
  unionArchive: 'VT, {unionAbbreviation}',
  // D6 — Báo cáo của thủ trưởng (Điều 51.3.a, c; 51.4.a), the skeleton drafted.
  headReportType: 'BÁO CÁO',
  headReportSummary: 'Kết quả thực hiện nhiệm vụ năm {year}, phương hướng, nhiệm vụ năm {nextYear}',
  headReportIntro:
    'Thủ trưởng {unitName} báo cáo {nextConferenceName} kết quả thực hiện nhiệm vụ năm {year}, việc thực hiện Nghị quyết {conferenceName} ({resolutionNumber}) và phương hướng, nhiệm vụ năm {nextYear} (Điều 51.3.a, c Luật Thực hiện dân chủ ở cơ sở) như sau:',
  headResultsTitle: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM {year}',
  headPolicyTitle: 'Việc thực hiện chủ trương, chính sách, pháp luật',
  headPolicy: '…',
  headShortcomingsTitle: 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
  headShortcomings: 'Nguyên nhân của những tồn tại, hạn chế: …',
  headSelfReviewTitle: 'TỰ ĐÁNH GIÁ VÀ TRÁCH NHIỆM CỦA THỦ TRƯỞNG',
  headSelfReview: '…',
  headPlanTitle: 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {nextYear}',
  headPlanLead: 'Tiếp tục thực hiện các nội dung năm {year} chưa hoàn thành:',
  headPlanMore: 'Các nhiệm vụ, chỉ tiêu năm {nextYear}: …',
  headRecipients: ['{nextConferenceName}', 'Ban Chấp hành công đoàn cơ sở'],
  headArchive: 'VT',
};
export type FollowUpWording = typeof FOLLOW_UP_WORDING;

/** The name of each entry, for the wording editor. */
export const FOLLOW_UP_WORDING_LABELS: Record<keyof FollowUpWording, string> = {
  reviewType: 'D21: tên loại văn bản',
  reviewSummary: 'D21: trích yếu',
  reviewIntro: 'D21: câu mở đầu',
  reviewTotalsTitle: 'D21: tiêu đề mục kết quả chung',
  reviewTotals: 'D21: kết quả chung',
  reviewGroupColumns: 'D21: tiêu đề các cột của bảng theo phần',
  reviewAssessmentLead: 'D21: câu dẫn đánh giá chung',
  reviewItemsTitle: 'D21: tiêu đề mục từng nội dung',
  reviewItemColumns: 'D21: tiêu đề các cột của bảng từng nội dung',
  reviewNoItems: 'D21: khi chưa có nội dung',
  reviewProblemsTitle: 'D21: tiêu đề mục tồn tại',
  reviewOverdueLead: 'D21: câu dẫn nội dung quá hạn',
  reviewNotDoneLead: 'D21: câu dẫn nội dung không thực hiện được',
  reviewNoProblems: 'D21: khi không có tồn tại',
  reviewNextTitle: 'D21: tiêu đề mục nhiệm vụ tới',
  reviewNext: 'D21: nhiệm vụ, giải pháp',
  reviewRecipients: 'D21: nơi nhận',
  reviewArchive: 'D21: lưu',
  reviewNoticeType: 'D21TB: tên loại văn bản',
  reviewNoticeSummary: 'D21TB: trích yếu',
  reviewNoticeIntro: 'D21TB: câu mở đầu',
  reviewNoticeTotalsTitle: 'D21TB: tiêu đề mục kết quả chung',
  reviewNoticeGroupsLead: 'D21TB: câu dẫn kết quả theo phần',
  reviewNoticeGroup: 'D21TB: kết quả một phần',
  reviewNoticeReportTitle: 'D21TB: tiêu đề mục báo cáo',
  reviewNoticeReport: 'D21TB: nơi xem báo cáo',
  reviewNoticeClosing: 'D21TB: câu kết',
  reviewNoticeRecipients: 'D21TB: nơi nhận',
  reviewNoticeArchive: 'D21TB: lưu',
  boardReportType: 'D8: tên loại văn bản',
  boardReportSummary: 'D8: trích yếu',
  boardReportIntro: 'D8: câu mở đầu',
  boardResultsTitle: 'D8: tiêu đề mục kết quả',
  boardProgrammesTitle: 'D8: tiêu đề chương trình công tác',
  boardProgrammes: 'D8: câu dẫn các chương trình',
  boardNoProgrammes: 'D8: khi chưa có chương trình',
  boardInspectionsTitle: 'D8: tiêu đề kiểm tra, giám sát',
  boardInspections: 'D8: số cuộc kiểm tra',
  boardInspectionColumns: 'D8: tiêu đề các cột của bảng kiểm tra',
  boardRecommendationsTitle: 'D8: tiêu đề kiến nghị',
  boardRecommendations: 'D8: số kiến nghị và trả lời',
  boardRecommendationColumns: 'D8: tiêu đề các cột của bảng kiến nghị',
  boardResolutionTitle: 'D8: tiêu đề giám sát nghị quyết',
  boardResolution: 'D8: kết quả thực hiện nghị quyết',
  boardReportsTitle: 'D8: tiêu đề báo cáo Ban Chấp hành',
  boardReports: 'D8: số báo cáo đã gửi',
  boardAssessmentTitle: 'D8: tiêu đề đánh giá chung',
  boardAssessment: 'D8: đánh giá chung',
  boardProgrammeTitle: 'D8: tiêu đề chương trình năm sau',
  boardProgrammeLead: 'D8: câu dẫn chương trình năm sau',
  boardProgrammeStanding: 'D8: các nhiệm vụ thường xuyên năm sau',
  boardClosing: 'D8: câu kết',
  boardRecipients: 'D8: nơi nhận',
  boardArchive: 'D8: lưu',
  implementationTotals: 'D6, D7: kết quả chung thực hiện nghị quyết',
  implementationTargetsTitle: 'D6, D7: tiêu đề mục chỉ tiêu',
  implementationTargetColumns: 'D6, D7: tiêu đề các cột của bảng chỉ tiêu',
  implementationNoTargets: 'D6, D7: khi không có chỉ tiêu',
  implementationTasksTitle: 'D6, D7: tiêu đề mục nhiệm vụ',
  implementationNotDoneTitle: 'D6, D7: tiêu đề mục không thực hiện được',
  implementationNoNotDone: 'D6, D7: khi không có nội dung không thực hiện được',
  implementationUnfinishedTitle: 'D6, D7: tiêu đề mục chưa hoàn thành',
  implementationNoUnfinished: 'D6, D7: khi đã hoàn thành hết',
  unionReportType: 'D7: tên loại văn bản',
  unionReportSummary: 'D7: trích yếu',
  unionReportIntro: 'D7: câu mở đầu',
  unionImplementationTitle: 'D7: tiêu đề mục thực hiện nghị quyết',
  unionDemocracyTitle: 'D7: tiêu đề mục quy chế dân chủ',
  unionDemocracy: 'D7: thực hiện quy chế dân chủ',
  unionProposalsTitle: 'D7: tiêu đề mục đề xuất',
  unionProposals: 'D7: đề xuất, kiến nghị',
  unionRecipients: 'D7: nơi nhận',
  unionArchive: 'D7: lưu',
  headReportType: 'D6: tên loại văn bản',
  headReportSummary: 'D6: trích yếu',
  headReportIntro: 'D6: câu mở đầu',
  headResultsTitle: 'D6: tiêu đề mục kết quả',
  headPolicyTitle: 'D6: tiêu đề mục chủ trương, chính sách',
  headPolicy: 'D6: thực hiện chủ trương, chính sách',
  headShortcomingsTitle: 'D6: tiêu đề mục tồn tại',
  headShortcomings: 'D6: nguyên nhân tồn tại',
  headSelfReviewTitle: 'D6: tiêu đề mục tự đánh giá',
  headSelfReview: 'D6: tự đánh giá',
  headPlanTitle: 'D6: tiêu đề mục phương hướng',
  headPlanLead: 'D6: câu dẫn nội dung chưa hoàn thành',
  headPlanMore: 'D6: nhiệm vụ năm sau',
  headRecipients: 'D6: nơi nhận',
  headArchive: 'D6: lưu',
};
