/**
 * Every official document the app generates: its id (domain-research §5), its Vietnamese name, its
 * file name, and how it is built from the shared DocumentContext — core prepares the figures
 * (`core/documents/*Job.ts`), the template lays them out. Packing happens at the edge.
 */
import type { Document } from 'docx';
import type { DocumentContext, DocumentId } from '../../core/documents/documentContext';
import { attendanceListJob } from '../../core/documents/attendanceListJob';
import { chairScriptJob } from '../../core/documents/chairScriptJob';
import { convocationJob } from '../../core/documents/convocationJob';
import { wordingFor } from '../../core/documents/documentWording';
import { planJob } from '../../core/documents/planJob';
import { programmeJob } from '../../core/documents/programmeJob';
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
};

/** The documents this version can generate, in D-number order. */
export function availableDocuments(): DocumentEntry[] {
  return Object.values(DOCUMENTS)
    .filter((d): d is DocumentEntry => d !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
}
