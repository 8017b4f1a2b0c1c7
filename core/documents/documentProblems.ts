/**
 * What a document cannot print as it should from the records as they stand, one Vietnamese line
 * each, for the preview to show beside it: the document is still built, with the doubtful fact left
 * blank or stated as it is, never printed as if it were in order. Today the Ban Thanh tra nhân
 * dân's documents (D22): an inspection notified fewer than 5 working days ahead (Nghị định
 * 59/2023/NĐ-CP Điều 22.1.b), a result not yet written (Điều 22.2.b), a programme without work.
 * Each job computes its own problems; this only picks the job.
 */
import { boardProgrammeJob } from './boardProgrammeJob';
import type { DocumentContext, DocumentId } from './documentContext';
import { inspectionPlanJob } from './inspectionPlanJob';
import { inspectionReportJob } from './inspectionReportJob';
import { recommendationJob } from './recommendationJob';

const PROBLEMS: Partial<Record<DocumentId, (ctx: DocumentContext) => string[]>> = {
  D22CT: (ctx) => boardProgrammeJob(ctx).problems,
  D22KH: (ctx) => inspectionPlanJob(ctx).problems,
  D22BC: (ctx) => inspectionReportJob(ctx).problems,
  D22KN: (ctx) => recommendationJob(ctx).problems,
};

export function documentProblems(ctx: DocumentContext, id: DocumentId): string[] {
  return PROBLEMS[id]?.(ctx) ?? [];
}
