/**
 * Every official document the app generates: its id (domain-research §5), its Vietnamese name, its
 * file name, and how it is built from the shared DocumentContext — core prepares the figures
 * (`core/documents/*Job.ts`), the template lays them out. Packing happens at the edge.
 */
import type { Document } from 'docx';
import type { DocumentContext, DocumentId } from '../../core/documents/documentContext';
import { attendanceListJob } from '../../core/documents/attendanceListJob';
import { buildAttendanceListDocument } from './attendanceList';

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
};

/** The documents this version can generate, in D-number order. */
export function availableDocuments(): DocumentEntry[] {
  return Object.values(DOCUMENTS)
    .filter((d): d is DocumentEntry => d !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
}
