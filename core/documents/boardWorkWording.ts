/**
 * The standard sentences of the Ban Thanh tra nhân dân's own documents (D22, domain-research §5), as
 * DATA (one wording book, editable by the unit like the others): D22CT its work programme for a
 * quarter, six months or the year (Luật 10/2022/QH15 Điều 62.2; Nghị định 59/2023/NĐ-CP Điều
 * 22.1.a), D22KH the plan of one inspection, notified to its subject at least 5 working days ahead
 * (Điều 22.1.b), D22BC the written result of that inspection (Điều 22.2.b) and D22KN a
 * recommendation to the head, who answers within 15 days (Luật Điều 62, 63.1.c). The jobs pick
 * the sentences that apply and fill their `{name}` placeholders with fillWording; a placeholder
 * without a value prints "…".
 *
 * No sentence computes anything: every date and count comes from the board's records checked
 * against their clocks (boardWorkView.ts), with the unit's holiday table.
 */

/** Every placeholder the jobs fill, with what it holds — for the wording editor. */
export const BOARD_WORK_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionExecutive: 'Ban Chấp hành công đoàn cơ sở',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  resolutionNumber: 'Số, ngày Nghị quyết hội nghị',
  period: 'Kỳ của chương trình (quý I năm 2026, 6 tháng đầu năm 2026, năm 2026)',
  periodFrom: 'Ngày đầu kỳ (dd/mm/yyyy)',
  periodTo: 'Ngày cuối kỳ (dd/mm/yyyy)',
  programmeNumber: 'Số, ngày Chương trình công tác của Ban',
  subject: 'Đối tượng kiểm tra, giám sát (viết thường chữ đầu khi đứng giữa câu)',
  plannedOn: 'Ngày bắt đầu kiểm tra (ngày 16 tháng 3 năm 2026)',
  noticeDays: 'Số ngày làm việc phải báo trước (Điều 22.1.b Nghị định 59/2023/NĐ-CP)',
  notifiedOn: 'Ngày thông báo kế hoạch cho đối tượng kiểm tra (dd/mm/yyyy)',
  noticeWorkingDays: 'Số ngày làm việc từ ngày thông báo đến ngày bắt đầu kiểm tra',
  latestNoticeOn: 'Hạn chót thông báo cho đối tượng kiểm tra (dd/mm/yyyy)',
  reportedOn: 'Ngày báo cáo kế hoạch với Ban Chấp hành công đoàn (dd/mm/yyyy)',
  planNumber: 'Số, ngày Kế hoạch kiểm tra, giám sát',
  resultNumber: 'Số, ngày Báo cáo kết quả kiểm tra, giám sát',
  resolutionItem: 'Nội dung nghị quyết mà cuộc kiểm tra giám sát việc thực hiện',
  headTitle: 'Chức vụ của thủ trưởng (Vụ trưởng, Giám đốc…)',
  receivedOn: 'Ngày thủ trưởng nhận kiến nghị (dd/mm/yyyy)',
  answerDays: 'Thời hạn trả lời kiến nghị (ngày, Điều 63.1.c)',
  answerDueOn: 'Hạn trả lời kiến nghị (dd/mm/yyyy)',
} as const;
export type BoardWorkPlaceholder = keyof typeof BOARD_WORK_PLACEHOLDERS;
export type BoardWorkWordingValues = Partial<Record<BoardWorkPlaceholder, string | number>>;

const LAW = 'Luật Thực hiện dân chủ ở cơ sở';
const DECREE = 'Nghị định số 59/2023/NĐ-CP';

export const BOARD_WORK_WORDING = {
  // ---------------------------------------------------------------------------------------------
  // D22CT — Chương trình công tác (Luật Điều 62.2; Nghị định 59/2023/NĐ-CP Điều 22.1.a: purpose
  // and requirements, content, time, budget, organisation).
  programmeType: 'CHƯƠNG TRÌNH',
  programmeSummary: 'Công tác của Ban Thanh tra nhân dân {period}',
  programmeIntro: `Căn cứ Điều 62 ${LAW} và Điều 22 ${DECREE}; căn cứ Nghị quyết {conferenceName} ({resolutionNumber}), Ban Thanh tra nhân dân {unitName} xây dựng chương trình công tác {period} (từ ngày {periodFrom} đến ngày {periodTo}) như sau:`,
  programmePurposeTitle: 'MỤC ĐÍCH, YÊU CẦU',
  programmePurposeLead: 'Mục đích:',
  programmeRequirementsLead: 'Yêu cầu:',
  programmeDefaultPurpose:
    'Giám sát việc thực hiện Nghị quyết {conferenceName} và việc thực hiện dân chủ ở cơ quan, đơn vị trong {period}.',
  programmeDefaultRequirements:
    'Hoạt động đúng nhiệm vụ, quyền hạn của Ban Thanh tra nhân dân; kiểm tra, giám sát có kế hoạch, thông báo cho đối tượng kiểm tra trước ít nhất {noticeDays} ngày làm việc; kết quả kiểm tra, giám sát được thể hiện bằng văn bản.',
  programmeContentTitle: 'NỘI DUNG VÀ THỜI GIAN THỰC HIỆN',
  programmeLineColumns: ['STT', 'Nội dung công việc', 'Thời gian thực hiện'],
  programmeLineWithin: 'Trong {period}',
  programmeNoLines: 'Chương trình chưa có nội dung công việc: …',
  programmeBudgetTitle: 'KINH PHÍ',
  programmeOrganisationTitle: 'TỔ CHỨC THỰC HIỆN',
  programmeDefaultOrganisation: `Trưởng ban phân công thành viên phụ trách từng nội dung; Ban Thanh tra nhân dân báo cáo {unionExecutive} kết quả thực hiện chương trình theo quý, 6 tháng, năm (Điều 22.3 ${DECREE}).`,
  programmeMembersLead: 'Thành viên Ban Thanh tra nhân dân:',
  programmeRecipients: [
    '{unionExecutive} (để báo cáo)',
    'Thủ trưởng cơ quan, đơn vị (để phối hợp)',
    'Các thành viên Ban Thanh tra nhân dân',
  ],
  programmeArchive: 'Ban TTND',
  // ---------------------------------------------------------------------------------------------
  // D22KH — Kế hoạch kiểm tra, giám sát (Điều 22.1.b: reported to the union executive, notified
  // to the subject at least 5 working days before it starts).
  planType: 'KẾ HOẠCH',
  planSummary: 'Kiểm tra, giám sát {subject}',
  planIntro: `Căn cứ Điều 62 ${LAW} và Điều 22 ${DECREE}; căn cứ Chương trình công tác {period} của Ban Thanh tra nhân dân ({programmeNumber}), Ban Thanh tra nhân dân {unitName} xây dựng kế hoạch kiểm tra, giám sát như sau:`,
  planIntroNoProgramme: `Căn cứ Điều 62 ${LAW} và Điều 22 ${DECREE}, Ban Thanh tra nhân dân {unitName} xây dựng kế hoạch kiểm tra, giám sát như sau:`,
  planPurposeTitle: 'MỤC ĐÍCH, YÊU CẦU',
  planPurpose:
    'Mục đích: kiểm tra, giám sát {subject}, bảo đảm việc thực hiện đúng nghị quyết hội nghị, quy chế của cơ quan, đơn vị và quy định của pháp luật; phát hiện và kiến nghị thủ trưởng cơ quan, đơn vị khắc phục hạn chế, thiếu sót (nếu có).',
  planRequirements:
    'Yêu cầu: kiểm tra, giám sát khách quan, đúng nhiệm vụ, quyền hạn của Ban Thanh tra nhân dân, không làm cản trở hoạt động bình thường của đối tượng kiểm tra; kết quả được thể hiện bằng văn bản.',
  planScopeTitle: 'ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA, GIÁM SÁT',
  subjectLead: 'Đối tượng:',
  contentLead: 'Nội dung:',
  watchedItem: 'Nội dung nghị quyết được giám sát: {resolutionItem}.',
  planTimeTitle: 'THỜI GIAN, THÀNH PHẦN',
  planTime: 'Thời gian bắt đầu kiểm tra, giám sát: {plannedOn}.',
  planNoticeGiven: `Kế hoạch được thông báo cho đối tượng kiểm tra ngày {notifiedOn}, trước {noticeWorkingDays} ngày làm việc so với ngày bắt đầu (bảo đảm ít nhất {noticeDays} ngày làm việc theo Điều 22.1.b ${DECREE}).`,
  planNoticeDue: `Kế hoạch được thông báo cho đối tượng kiểm tra chậm nhất ngày {latestNoticeOn} (trước ít nhất {noticeDays} ngày làm việc so với ngày bắt đầu, Điều 22.1.b ${DECREE}).`,
  planNoticeUnsettled: `Kế hoạch được thông báo cho đối tượng kiểm tra ngày … (trước ít nhất {noticeDays} ngày làm việc so với ngày bắt đầu, Điều 22.1.b ${DECREE}).`,
  planReported: 'Kế hoạch đã được báo cáo {unionExecutive} ngày {reportedOn}.',
  planReportDue:
    'Kế hoạch được báo cáo {unionExecutive} trước khi thông báo cho đối tượng kiểm tra.',
  planMembersLead: 'Thành phần: Ban Thanh tra nhân dân {unitName}, gồm:',
  planNoMembers: 'Thành phần: các thành viên Ban Thanh tra nhân dân do Trưởng ban phân công: …',
  planOrganisationTitle: 'TỔ CHỨC THỰC HIỆN',
  planOrganisation: [
    'Đối tượng kiểm tra chuẩn bị hồ sơ, tài liệu liên quan và bố trí người làm việc với Ban Thanh tra nhân dân theo thời gian nêu trên',
    'Kết thúc kiểm tra, giám sát, Ban Thanh tra nhân dân lập báo cáo kết quả bằng văn bản, báo cáo {unionExecutive} và gửi thủ trưởng cơ quan, đơn vị',
    `Những nội dung cần khắc phục được kiến nghị thủ trưởng cơ quan, đơn vị xem xét, giải quyết và trả lời trong thời hạn {answerDays} ngày (Điều 63.1.c ${LAW})`,
  ],
  planRecipients: [
    '{unionExecutive} (để báo cáo)',
    'Thủ trưởng cơ quan, đơn vị (để biết)',
    'Đối tượng kiểm tra (để thực hiện)',
    'Các thành viên Ban Thanh tra nhân dân',
  ],
  planArchive: 'Ban TTND',
  // ---------------------------------------------------------------------------------------------
  // D22BC — Báo cáo kết quả kiểm tra, giám sát (Điều 22.2.b: the result in writing).
  reportType: 'BÁO CÁO',
  reportSummary: 'Kết quả kiểm tra, giám sát {subject}',
  reportIntro:
    'Thực hiện Kế hoạch kiểm tra, giám sát ({planNumber}), từ {plannedOn}, Ban Thanh tra nhân dân {unitName} đã tiến hành kiểm tra, giám sát {subject}. Ban Thanh tra nhân dân báo cáo kết quả như sau:',
  reportScopeTitle: 'ĐỐI TƯỢNG, NỘI DUNG, THỜI GIAN',
  reportTime: 'Thời gian: bắt đầu {plannedOn}.',
  reportNoticeGiven:
    'Kế hoạch được thông báo cho đối tượng kiểm tra ngày {notifiedOn}, trước {noticeWorkingDays} ngày làm việc so với ngày bắt đầu.',
  reportNoticeLate: `Kế hoạch được thông báo cho đối tượng kiểm tra ngày {notifiedOn}, chỉ trước {noticeWorkingDays} ngày làm việc so với ngày bắt đầu, chưa đủ {noticeDays} ngày làm việc theo Điều 22.1.b ${DECREE}.`,
  reportNoticeMissing: `Chưa ghi nhận ngày thông báo kế hoạch cho đối tượng kiểm tra (phải trước ít nhất {noticeDays} ngày làm việc, Điều 22.1.b ${DECREE}): …`,
  reportResultTitle: 'KẾT QUẢ KIỂM TRA, GIÁM SÁT',
  reportNoResult: 'Kết quả kiểm tra, giám sát: …',
  reportRecommendationsTitle: 'KIẾN NGHỊ',
  reportRecommendationsLead:
    'Từ kết quả kiểm tra, giám sát, Ban Thanh tra nhân dân kiến nghị thủ trưởng cơ quan, đơn vị:',
  reportNoRecommendations: 'Qua kiểm tra, giám sát, Ban Thanh tra nhân dân không có kiến nghị.',
  reportClosing:
    'Trên đây là báo cáo kết quả kiểm tra, giám sát của Ban Thanh tra nhân dân, gửi {unionExecutive} và thủ trưởng cơ quan, đơn vị.',
  reportRecipients: [
    '{unionExecutive} (để báo cáo)',
    'Thủ trưởng cơ quan, đơn vị',
    'Đối tượng kiểm tra',
  ],
  reportArchive: 'Ban TTND',
  // ---------------------------------------------------------------------------------------------
  // D22KN — Kiến nghị to the head (Luật Điều 62; the head answers within 15 days, Điều 63.1.c).
  recommendationType: 'KIẾN NGHỊ',
  recommendationSummary: 'Sau kiểm tra, giám sát {subject}',
  recommendationSummaryAlone: 'Của Ban Thanh tra nhân dân gửi thủ trưởng cơ quan, đơn vị',
  recommendationAddressee: 'Kính gửi: {headTitle} {unitName}',
  recommendationIntro: `Căn cứ Điều 62 ${LAW}; qua kiểm tra, giám sát {subject} (kết quả tại Báo cáo {resultNumber}), Ban Thanh tra nhân dân {unitName} kiến nghị như sau:`,
  recommendationIntroAlone: `Căn cứ Điều 62 ${LAW}, Ban Thanh tra nhân dân {unitName} kiến nghị như sau:`,
  recommendationAnswer: `Đề nghị {headTitle} xem xét, giải quyết và trả lời Ban Thanh tra nhân dân trong thời hạn {answerDays} ngày kể từ ngày nhận được kiến nghị ({receivedOn}), tức chậm nhất là ngày {answerDueOn} (Điều 63.1.c ${LAW}).`,
  recommendationRecipients: ['Như trên', '{unionExecutive} (để báo cáo)'],
  recommendationArchive: 'Ban TTND',
};
export type BoardWorkWording = typeof BOARD_WORK_WORDING;

/** The name of each entry, for the wording editor. */
export const BOARD_WORK_WORDING_LABELS: Record<keyof BoardWorkWording, string> = {
  programmeType: 'D22CT: tên loại văn bản',
  programmeSummary: 'D22CT: trích yếu',
  programmeIntro: 'D22CT: câu mở đầu',
  programmePurposeTitle: 'D22CT: tiêu đề mục mục đích, yêu cầu',
  programmePurposeLead: 'D22CT: chữ dẫn mục đích',
  programmeRequirementsLead: 'D22CT: chữ dẫn yêu cầu',
  programmeDefaultPurpose: 'D22CT: mục đích khi chương trình chưa ghi',
  programmeDefaultRequirements: 'D22CT: yêu cầu khi chương trình chưa ghi',
  programmeContentTitle: 'D22CT: tiêu đề mục nội dung',
  programmeLineColumns: 'D22CT: tiêu đề các cột của bảng nội dung',
  programmeLineWithin: 'D22CT: thời gian của việc không có hạn riêng',
  programmeNoLines: 'D22CT: khi chưa có nội dung công việc',
  programmeBudgetTitle: 'D22CT: tiêu đề mục kinh phí',
  programmeOrganisationTitle: 'D22CT: tiêu đề mục tổ chức thực hiện',
  programmeDefaultOrganisation: 'D22CT: tổ chức thực hiện khi chương trình chưa ghi',
  programmeMembersLead: 'D22CT: câu dẫn danh sách thành viên',
  programmeRecipients: 'D22CT: nơi nhận',
  programmeArchive: 'D22CT: lưu',
  planType: 'D22KH: tên loại văn bản',
  planSummary: 'D22KH: trích yếu',
  planIntro: 'D22KH: câu mở đầu (có chương trình công tác)',
  planIntroNoProgramme: 'D22KH: câu mở đầu (không có chương trình công tác)',
  planPurposeTitle: 'D22KH: tiêu đề mục mục đích, yêu cầu',
  planPurpose: 'D22KH: mục đích',
  planRequirements: 'D22KH: yêu cầu',
  planScopeTitle: 'D22KH: tiêu đề mục đối tượng, nội dung',
  subjectLead: 'D22KH, D22BC: chữ dẫn đối tượng',
  contentLead: 'D22KH, D22BC: chữ dẫn nội dung',
  watchedItem: 'D22KH, D22BC: nội dung nghị quyết được giám sát',
  planTimeTitle: 'D22KH: tiêu đề mục thời gian, thành phần',
  planTime: 'D22KH: thời gian bắt đầu',
  planNoticeGiven: 'D22KH: đã thông báo cho đối tượng (đủ ngày)',
  planNoticeDue: 'D22KH: hạn thông báo cho đối tượng',
  planNoticeUnsettled: 'D22KH: ngày thông báo để trống (chưa đủ ngày hoặc quá hạn)',
  planReported: 'D22KH: đã báo cáo Ban Chấp hành',
  planReportDue: 'D22KH: sẽ báo cáo Ban Chấp hành',
  planMembersLead: 'D22KH: câu dẫn thành phần',
  planNoMembers: 'D22KH: thành phần khi chưa có danh sách thành viên',
  planOrganisationTitle: 'D22KH: tiêu đề mục tổ chức thực hiện',
  planOrganisation: 'D22KH: tổ chức thực hiện',
  planRecipients: 'D22KH: nơi nhận',
  planArchive: 'D22KH: lưu',
  reportType: 'D22BC: tên loại văn bản',
  reportSummary: 'D22BC: trích yếu',
  reportIntro: 'D22BC: câu mở đầu',
  reportScopeTitle: 'D22BC: tiêu đề mục đối tượng, nội dung, thời gian',
  reportTime: 'D22BC: thời gian',
  reportNoticeGiven: 'D22BC: đã thông báo cho đối tượng (đủ ngày)',
  reportNoticeLate: 'D22BC: thông báo cho đối tượng chưa đủ ngày',
  reportNoticeMissing: 'D22BC: chưa ghi ngày thông báo',
  reportResultTitle: 'D22BC: tiêu đề mục kết quả',
  reportNoResult: 'D22BC: khi chưa ghi kết quả',
  reportRecommendationsTitle: 'D22BC: tiêu đề mục kiến nghị',
  reportRecommendationsLead: 'D22BC: câu dẫn các kiến nghị',
  reportNoRecommendations: 'D22BC: khi không có kiến nghị',
  reportClosing: 'D22BC: câu kết',
  reportRecipients: 'D22BC: nơi nhận',
  reportArchive: 'D22BC: lưu',
  recommendationType: 'D22KN: tên loại văn bản',
  recommendationSummary: 'D22KN: trích yếu (sau một cuộc kiểm tra)',
  recommendationSummaryAlone: 'D22KN: trích yếu (không gắn cuộc kiểm tra)',
  recommendationAddressee: 'D22KN: kính gửi',
  recommendationIntro: 'D22KN: câu mở đầu (sau một cuộc kiểm tra)',
  recommendationIntroAlone: 'D22KN: câu mở đầu (không gắn cuộc kiểm tra)',
  recommendationAnswer: 'D22KN: thời hạn trả lời',
  recommendationRecipients: 'D22KN: nơi nhận',
  recommendationArchive: 'D22KN: lưu',
};
