/**
 * Every official document the app generates: its id (domain-research §5), its Vietnamese name, its
 * file name, and how it is built from the shared DocumentContext — core prepares the figures
 * (`core/documents/*Job.ts`), the template lays them out. Packing happens at the edge.
 */
import type { Document } from 'docx';
import type {
  DocumentContext,
  DocumentId,
  DocumentScope,
} from '../../core/documents/documentContext';
import { attendanceListJob } from '../../core/documents/attendanceListJob';
import { chairScriptJob } from '../../core/documents/chairScriptJob';
import { convocationJob } from '../../core/documents/convocationJob';
import { wordingFor } from '../../core/documents/documentWording';
import { planJob } from '../../core/documents/planJob';
import { programmeJob } from '../../core/documents/programmeJob';
import { ballotJob } from '../../core/documents/ballotJob';
import { boardReportApplies, boardReportJob } from '../../core/documents/boardReportJob';
import { countingMinutesJob } from '../../core/documents/countingMinutesJob';
import { countedDocumentsApply, electionDocumentsApply } from '../../core/documents/electionFacts';
import { electionRulesJob } from '../../core/documents/electionRulesJob';
import { electionSubmissionJob } from '../../core/documents/electionSubmissionJob';
import { firstMeetingMinutesJob } from '../../core/documents/firstMeetingMinutesJob';
import { headReportJob } from '../../core/documents/headReportJob';
import { implementationDraftsApply } from '../../core/documents/implementationFacts';
import { unionReportJob } from '../../core/documents/unionReportJob';
import { recognitionDecisionJob } from '../../core/documents/recognitionDecisionJob';
import { conferenceMinutesJob } from '../../core/documents/conferenceMinutesJob';
import { covenantJob } from '../../core/documents/covenantJob';
import {
  covenantApplies,
  minutesApply,
  resolutionDocumentsApply,
} from '../../core/documents/outcomeFacts';
import { resolutionJob } from '../../core/documents/resolutionJob';
import { resolutionNoticeJob } from '../../core/documents/resolutionNoticeJob';
import { resolutionRolloutJob } from '../../core/documents/resolutionRolloutJob';
import { resultReportJob } from '../../core/documents/resultReportJob';
import { reviewDocumentsApply } from '../../core/documents/reviewFacts';
import { reviewNoticeJob } from '../../core/documents/reviewNoticeJob';
import { reviewReportJob } from '../../core/documents/reviewReportJob';
import { boardDocumentApplies } from '../../core/documents/boardDocumentFacts';
import { boardProgrammeJob } from '../../core/documents/boardProgrammeJob';
import { inspectionPlanJob } from '../../core/documents/inspectionPlanJob';
import { inspectionReportJob } from '../../core/documents/inspectionReportJob';
import { recommendationJob } from '../../core/documents/recommendationJob';
import {
  buildBoardProgrammeDocument,
  buildInspectionPlanDocument,
  buildInspectionReportDocument,
  buildRecommendationDocument,
} from './boardDocuments';
import { opinionFormJob } from '../../core/documents/opinionFormJob';
import { writtenOpinionDocumentsApply } from '../../core/documents/writtenOpinionFacts';
import { writtenOpinionResultsJob } from '../../core/documents/writtenOpinionResultsJob';
import { buildOpinionFormDocument } from './opinionForm';
import { buildWrittenOpinionResultsDocument } from './writtenOpinionResults';
import { buildConferenceMinutesDocument } from './conferenceMinutes';
import { buildCovenantDocument } from './covenant';
import { buildResolutionDocument } from './resolution';
import { buildResolutionNoticeDocument } from './resolutionNotice';
import { buildResolutionRolloutDocument } from './resolutionRollout';
import { buildResultReportDocument } from './resultReport';
import { buildReviewNoticeDocument } from './reviewNotice';
import { buildReviewReportDocument } from './reviewReport';
import { buildBallotsDocument } from './ballots';
import { buildBoardReportDocument } from './boardReport';
import { buildCountingMinutesDocument } from './countingMinutes';
import { buildElectionRulesDocument } from './electionRules';
import { buildElectionSubmissionDocument } from './electionSubmission';
import { buildFirstMeetingMinutesDocument } from './firstMeetingMinutes';
import { buildHeadReportDocument, buildUnionReportDocument } from './implementationReports';
import { buildRecognitionDecisionDocument } from './recognitionDecision';
import { buildAttendanceListDocument } from './attendanceList';
import { buildChairScriptDocument } from './chairScript';
import { buildConvocationDocument } from './convocation';
import { buildPlanDocument } from './plan';
import { buildProgrammeDocument } from './programme';

export interface DocumentEntry {
  id: DocumentId;
  name: string;
  /** File name without extension, ASCII so every e-mail client and USB stick accepts it. */
  fileStem: string;
  build(ctx: DocumentContext): Document;
  /**
   * Whether the document belongs to this conference; absent = always. The election documents are
   * offered only when the conference holds an election that is not waived, and the minutes and
   * decision of the count (D13, D16, D17) only once a round is locked (anchors.md lesson 1).
   */
  appliesTo?(ctx: DocumentScope): boolean;
}

export const DOCUMENTS: Partial<Record<DocumentId, DocumentEntry>> = {
  D4: {
    id: 'D4',
    name: 'Danh sách triệu tập và điểm danh',
    fileStem: 'D4-danh-sach-trieu-tap-diem-danh',
    build: (ctx) => buildAttendanceListDocument(attendanceListJob(ctx)),
  },
  D2: {
    id: 'D2',
    name: 'Chương trình hội nghị',
    fileStem: 'D2-chuong-trinh-hoi-nghi',
    build: (ctx) => buildProgrammeDocument(programmeJob(ctx)),
  },
  D5: {
    id: 'D5',
    name: 'Kịch bản điều hành hội nghị',
    fileStem: 'D5-kich-ban-dieu-hanh',
    build: (ctx) =>
      buildChairScriptDocument(chairScriptJob(ctx, wordingFor('script', ctx.wording))),
  },
  D1: {
    id: 'D1',
    name: 'Kế hoạch tổ chức hội nghị',
    fileStem: 'D1-ke-hoach-to-chuc',
    build: (ctx) => buildPlanDocument(planJob(ctx)),
  },
  D3: {
    id: 'D3',
    name: 'Giấy triệu tập, giấy mời',
    fileStem: 'D3-giay-trieu-tap-giay-moi',
    build: (ctx) =>
      buildConvocationDocument(convocationJob(ctx, { perPerson: ctx.options?.perPerson === true })),
  },
  D10: {
    id: 'D10',
    name: 'Tờ trình về số lượng và danh sách bầu Ban Thanh tra nhân dân',
    fileStem: 'D10-to-trinh-bau-ban-thanh-tra-nhan-dan',
    build: (ctx) => buildElectionSubmissionDocument(electionSubmissionJob(ctx)),
    appliesTo: electionDocumentsApply,
  },
  D11: {
    id: 'D11',
    name: 'Thể lệ bầu cử Ban Thanh tra nhân dân',
    fileStem: 'D11-the-le-bau-cu',
    build: (ctx) => buildElectionRulesDocument(electionRulesJob(ctx)),
    appliesTo: electionDocumentsApply,
  },
  D12: {
    id: 'D12',
    name: 'Phiếu bầu Ban Thanh tra nhân dân',
    fileStem: 'D12-phieu-bau',
    build: (ctx) => buildBallotsDocument(ballotJob(ctx)),
    appliesTo: electionDocumentsApply,
  },
  D13: {
    id: 'D13',
    name: 'Biên bản kiểm phiếu',
    fileStem: 'D13-bien-ban-kiem-phieu',
    build: (ctx) => buildCountingMinutesDocument(countingMinutesJob(ctx)),
    appliesTo: countedDocumentsApply,
  },
  D16: {
    id: 'D16',
    name: 'Quyết định công nhận kết quả bầu Ban Thanh tra nhân dân',
    fileStem: 'D16-quyet-dinh-cong-nhan-ket-qua-bau',
    build: (ctx) => buildRecognitionDecisionDocument(recognitionDecisionJob(ctx)),
    appliesTo: countedDocumentsApply,
  },
  D17: {
    id: 'D17',
    name: 'Biên bản họp Ban Thanh tra nhân dân lần thứ nhất',
    fileStem: 'D17-bien-ban-hop-ban-thanh-tra-lan-thu-nhat',
    build: (ctx) => buildFirstMeetingMinutesDocument(firstMeetingMinutesJob(ctx)),
    appliesTo: countedDocumentsApply,
  },
  // The conference's outcome, offered once there is something to print: the minutes and the
  // report once the day is recorded, the resolution and what follows it once it has items.
  D14: {
    id: 'D14',
    name: 'Biên bản hội nghị',
    fileStem: 'D14-bien-ban-hoi-nghi',
    build: (ctx) => buildConferenceMinutesDocument(conferenceMinutesJob(ctx)),
    appliesTo: minutesApply,
  },
  D15: {
    id: 'D15',
    name: 'Nghị quyết hội nghị',
    fileStem: 'D15-nghi-quyet-hoi-nghi',
    build: (ctx) => buildResolutionDocument(resolutionJob(ctx)),
    appliesTo: resolutionDocumentsApply,
  },
  D18: {
    id: 'D18',
    name: 'Bản giao ước thi đua',
    fileStem: 'D18-giao-uoc-thi-dua',
    build: (ctx) => buildCovenantDocument(covenantJob(ctx)),
    appliesTo: covenantApplies,
  },
  D19: {
    id: 'D19',
    name: 'Báo cáo kết quả hội nghị',
    fileStem: 'D19-bao-cao-ket-qua-hoi-nghi',
    build: (ctx) => buildResultReportDocument(resultReportJob(ctx)),
    appliesTo: minutesApply,
  },
  D20: {
    id: 'D20',
    name: 'Thông báo công khai nghị quyết',
    fileStem: 'D20-thong-bao-cong-khai-nghi-quyet',
    build: (ctx) => buildResolutionNoticeDocument(resolutionNoticeJob(ctx)),
    appliesTo: resolutionDocumentsApply,
  },
  D20KH: {
    id: 'D20KH',
    name: 'Kế hoạch triển khai thực hiện nghị quyết',
    fileStem: 'D20KH-ke-hoach-trien-khai-nghi-quyet',
    build: (ctx) => buildResolutionRolloutDocument(resolutionRolloutJob(ctx)),
    appliesTo: resolutionDocumentsApply,
  },
  // The reports to next year's conference, drafted from the tracked year once the resolution's
  // items are followed (Điều 51.3.a–c).
  D6: {
    id: 'D6',
    name: 'Báo cáo của thủ trưởng (dự thảo từ số liệu theo dõi)',
    fileStem: 'D6-bao-cao-cua-thu-truong-du-thao',
    build: (ctx) => buildHeadReportDocument(headReportJob(ctx)),
    appliesTo: implementationDraftsApply,
  },
  D7: {
    id: 'D7',
    name: 'Báo cáo của Ban Chấp hành Công đoàn (dự thảo từ số liệu theo dõi)',
    fileStem: 'D7-bao-cao-cua-ban-chap-hanh-cong-doan-du-thao',
    build: (ctx) => buildUnionReportDocument(unionReportJob(ctx)),
    appliesTo: implementationDraftsApply,
  },
  // The Ban TTND's report on its year, once the board has a record of it (Điều 62.3).
  D8: {
    id: 'D8',
    name: 'Báo cáo hoạt động Ban Thanh tra nhân dân và chương trình công tác năm sau',
    fileStem: 'D8-bao-cao-hoat-dong-ban-thanh-tra-nhan-dan',
    build: (ctx) => buildBoardReportDocument(boardReportJob(ctx)),
    appliesTo: boardReportApplies,
  },
  // When a second convocation still lacks the quorum (Điều 51.2.c), the written-opinion route of
  // Điều 50.2 replaces the conference: the form to every member of staff (blank, or with
  // `perPerson` one per person with the name filled in, as D3) and the record of its result.
  D9PYK: {
    id: 'D9PYK',
    name: 'Phiếu lấy ý kiến',
    fileStem: 'D9PYK-phieu-lay-y-kien',
    build: (ctx) =>
      buildOpinionFormDocument(opinionFormJob(ctx, { perPerson: ctx.options?.perPerson === true })),
    appliesTo: writtenOpinionDocumentsApply,
  },
  D9KQ: {
    id: 'D9KQ',
    name: 'Biên bản tổng hợp kết quả lấy ý kiến',
    fileStem: 'D9KQ-bien-ban-tong-hop-ket-qua-lay-y-kien',
    build: (ctx) => buildWrittenOpinionResultsDocument(writtenOpinionResultsJob(ctx)),
    appliesTo: writtenOpinionDocumentsApply,
  },
  // After the conference, once a six-monthly review's figures are frozen (Điều 52.3).
  D21: {
    id: 'D21',
    name: 'Báo cáo kiểm tra, đánh giá thực hiện nghị quyết',
    fileStem: 'D21-bao-cao-kiem-tra-danh-gia-thuc-hien-nghi-quyet',
    build: (ctx) => buildReviewReportDocument(reviewReportJob(ctx)),
    appliesTo: reviewDocumentsApply,
  },
  D21TB: {
    id: 'D21TB',
    name: 'Thông báo kết quả kiểm tra, đánh giá thực hiện nghị quyết',
    fileStem: 'D21TB-thong-bao-ket-qua-kiem-tra-danh-gia',
    build: (ctx) => buildReviewNoticeDocument(reviewNoticeJob(ctx)),
    appliesTo: reviewDocumentsApply,
  },
  // The Ban TTND's own documents, one per record of its year (Điều 62; Nghị định 59/2023/NĐ-CP
  // Điều 22): the record named in `options.record`, or the latest (boardDocumentFacts.ts); each is
  // offered once the board holds such a record — the result's report once a result is written.
  D22CT: {
    id: 'D22CT',
    name: 'Chương trình công tác của Ban Thanh tra nhân dân',
    fileStem: 'D22CT-chuong-trinh-cong-tac-ban-thanh-tra-nhan-dan',
    build: (ctx) => buildBoardProgrammeDocument(boardProgrammeJob(ctx)),
    appliesTo: boardDocumentApplies('D22CT'),
  },
  D22KH: {
    id: 'D22KH',
    name: 'Kế hoạch kiểm tra, giám sát',
    fileStem: 'D22KH-ke-hoach-kiem-tra-giam-sat',
    build: (ctx) => buildInspectionPlanDocument(inspectionPlanJob(ctx)),
    appliesTo: boardDocumentApplies('D22KH'),
  },
  D22BC: {
    id: 'D22BC',
    name: 'Báo cáo kết quả kiểm tra, giám sát',
    fileStem: 'D22BC-bao-cao-ket-qua-kiem-tra-giam-sat',
    build: (ctx) => buildInspectionReportDocument(inspectionReportJob(ctx)),
    appliesTo: boardDocumentApplies('D22BC'),
  },
  D22KN: {
    id: 'D22KN',
    name: 'Kiến nghị của Ban Thanh tra nhân dân',
    fileStem: 'D22KN-kien-nghi-ban-thanh-tra-nhan-dan',
    build: (ctx) => buildRecommendationDocument(recommendationJob(ctx)),
    appliesTo: boardDocumentApplies('D22KN'),
  },
};

/**
 * The documents this version can generate, in D-number order (D2 before D10); with a context, only
 * those that apply to its conference (appliesTo).
 */
export function availableDocuments(ctx?: DocumentScope): DocumentEntry[] {
  return Object.values(DOCUMENTS)
    .filter((d): d is DocumentEntry => d !== undefined)
    .filter((d) => ctx === undefined || d.appliesTo === undefined || d.appliesTo(ctx))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
