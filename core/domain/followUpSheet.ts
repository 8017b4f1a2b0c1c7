/**
 * The follow-up list as a table for Excel (issue 7, item 6: people who report upward in Excel): one
 * row per item, the columns a union office keeps by hand. Every value is decided here; the edge
 * (electron/node, exceljs) only lays the table out, with dates as real Excel dates.
 */
import { formatDateVi } from './dates';
import type { FollowUpItemView } from './followUpView';
import {
  FOLLOW_UP_GROUP_LABELS,
  FOLLOW_UP_ORIGIN_LABELS,
  FOLLOW_UP_STATUS_LABELS,
} from './glossary';

export type SheetCell = string | number | null;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** 'date' cells hold yyyy-mm-dd and are written as dates shown dd/mm/yyyy. */
  kind: 'text' | 'number' | 'date';
}

export interface SheetTable {
  sheetName: string;
  title: string;
  subtitle: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

const COLUMNS: SheetColumn[] = [
  { header: 'STT', width: 6, kind: 'number' },
  { header: 'Phần', width: 22, kind: 'text' },
  { header: 'Nội dung', width: 60, kind: 'text' },
  { header: 'Chỉ tiêu', width: 24, kind: 'text' },
  { header: 'Kế hoạch', width: 11, kind: 'number' },
  { header: 'Đạt', width: 11, kind: 'number' },
  { header: 'Đơn vị tính', width: 11, kind: 'text' },
  { header: 'Tỷ lệ đạt (%)', width: 11, kind: 'number' },
  { header: 'Chủ trì', width: 26, kind: 'text' },
  { header: 'Thời hạn', width: 12, kind: 'date' },
  { header: 'Trạng thái', width: 20, kind: 'text' },
  { header: 'Quá hạn', width: 9, kind: 'text' },
  { header: 'Ngày hoàn thành', width: 12, kind: 'date' },
  { header: 'Lý do không thực hiện được', width: 30, kind: 'text' },
  { header: 'Khó khăn, vướng mắc', width: 30, kind: 'text' },
  { header: 'Giải pháp tiếp theo', width: 30, kind: 'text' },
  { header: 'Tiến độ (ghi chú mới nhất)', width: 40, kind: 'text' },
  { header: 'Minh chứng', width: 30, kind: 'text' },
  { header: 'Nguồn', width: 18, kind: 'text' },
];

function evidenceText(item: FollowUpItemView): string {
  return item.evidence
    .map((e) =>
      e.kind === 'file'
        ? e.fileName
        : `Văn bản số ${e.documentNumber}${e.documentDate ? ` ngày ${formatDateVi(e.documentDate)}` : ''}`,
    )
    .join('; ');
}

function latestNote(item: FollowUpItemView): string {
  const note = [...item.notes].sort(
    (a, b) => b.on.localeCompare(a.on) || b.at.localeCompare(a.at),
  )[0];
  return note ? `${formatDateVi(note.on)}: ${note.text}` : '';
}

function originText(item: FollowUpItemView): string {
  if (item.origin === 'carriedOver' && item.carriedFrom)
    return `Chuyển từ năm ${item.carriedFrom.year}`;
  return FOLLOW_UP_ORIGIN_LABELS[item.origin];
}

export function followUpSheet(
  heading: { title: string; unitName: string; today: string },
  items: readonly FollowUpItemView[],
): SheetTable {
  return {
    sheetName: 'Theo dõi nghị quyết',
    title: `THEO DÕI THỰC HIỆN NGHỊ QUYẾT ${heading.title.toLocaleUpperCase('vi')}`,
    subtitle: [heading.unitName, `Số liệu đến ngày ${formatDateVi(heading.today)}`]
      .filter(Boolean)
      .join(' — '),
    columns: COLUMNS,
    rows: items.map((item, index) => [
      index + 1,
      FOLLOW_UP_GROUP_LABELS[item.state.group],
      item.title,
      item.indicator ?? '',
      item.target ?? null,
      item.achieved ?? null,
      item.unitOfMeasure ?? '',
      item.state.percentOfTarget,
      item.state.ownerText,
      item.deadline ?? null,
      FOLLOW_UP_STATUS_LABELS[item.status],
      item.state.overdue ? 'Quá hạn' : '',
      item.completedOn ?? null,
      item.notDoneReason,
      item.issues,
      item.nextSteps,
      latestNote(item),
      evidenceText(item),
      originText(item),
    ]),
  };
}
