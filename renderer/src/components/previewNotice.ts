import type { DocumentId } from '../../../core/documents/documentContext';
import type { PreviewRows } from '../../../core/documents/documentPreview';

const integer = new Intl.NumberFormat('vi-VN');

/** What the preview's notice says when it leaves part of a document out (documentPreview.ts). */
export interface PreviewNotice {
  message: string;
  description: string;
}

/** Why the part shown is enough to check, per document: what stays counted over everything. */
const DESCRIPTIONS: Partial<Record<DocumentId, string>> = {
  D4: 'Bản xem trước chỉ để kiểm tra cách trình bày; tổng số và số người có mặt ở cuối văn bản được tính trên cả danh sách.',
  D12: 'Bản xem trước chỉ để kiểm tra mẫu phiếu: các phiếu in giống nhau, chỉ khác số thứ tự của phiếu (khi có in số).',
  D13: 'Bản xem trước chỉ để kiểm tra cách trình bày; mọi số liệu của biên bản được tính trên tất cả các phiếu đã kiểm, và phụ lục trong tệp xuất ra có đủ từng phiếu.',
};

/**
 * "Xem trước 100 trên 2.400 dòng — tệp xuất ra có đủ danh sách." for a list (D4, D13's annex);
 * "Xem trước 4 trên 150 phiếu — tệp xuất ra có đủ 150 phiếu." for the ballots (D12).
 */
export function previewNotice(documentId: DocumentId, rows: PreviewRows): PreviewNotice {
  const shown = integer.format(rows.shown);
  const total = integer.format(rows.total);
  const message =
    rows.unit === 'ballots'
      ? `Xem trước ${shown} trên ${total} phiếu — tệp xuất ra có đủ ${total} phiếu.`
      : `Xem trước ${shown} trên ${total} dòng — tệp xuất ra có đủ danh sách.`;
  const description =
    DESCRIPTIONS[documentId] ??
    'Bản xem trước chỉ để kiểm tra cách trình bày; tệp xuất ra có đầy đủ nội dung.';
  return { message, description };
}
