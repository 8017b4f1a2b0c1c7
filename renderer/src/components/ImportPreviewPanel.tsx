import { useState } from 'react';
import { Alert, Radio, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Person } from '../../../core/domain/person';
import type { FieldChange, ImportPreview, ImportRow } from '../../../core/domain/rosterImport';
import { formatDateVi } from '../../../core/domain/dates';
import { RoleTags } from './RoleTags';

export type GoneAction = 'deactivate' | 'keep';

export interface ImportPreviewPanelProps {
  preview: ImportPreview;
  goneAction: GoneAction;
  onGoneActionChange(action: GoneAction): void;
}

interface RowReasons {
  row: number;
  reasons: string[];
}

type ChangedRow = ImportPreview['diff']['changed'][number];

/** Lists can hold the whole 2,400-row file: antd's virtual table keeps the tabs instant. */
const LIST_HEIGHT = 280;

/** One line per spreadsheet row, however many problems it has, in row order. */
function byRow(preview: ImportPreview, severity: 'error' | 'warning'): RowReasons[] {
  const rows = new Map<number, string[]>();
  for (const problem of preview.problems) {
    if (problem.severity !== severity) continue;
    rows.set(problem.row, [...(rows.get(problem.row) ?? []), problem.reason]);
  }
  return [...rows].sort(([a], [b]) => a - b).map(([row, reasons]) => ({ row, reasons }));
}

function birthText(row: ImportRow): string {
  if (row.person.birthDate) return formatDateVi(row.person.birthDate);
  return row.person.birthYear ? String(row.person.birthYear) : '';
}

function changeText(change: FieldChange): string {
  return `${change.label}: ${change.before || '(trống)'} → ${change.after || '(trống)'}`;
}

// "Dòng 12: Thiếu họ và tên" in one line, the way a colleague would read it out to fix the file.
const reasonColumns: ColumnsType<RowReasons> = [
  {
    title: 'Vấn đề',
    key: 'reasons',
    render: (_: unknown, item: RowReasons) => `Dòng ${item.row}: ${item.reasons.join('; ')}`,
  },
];

const addedColumns: ColumnsType<ImportRow> = [
  { title: 'Dòng', dataIndex: 'row', width: 70 },
  {
    title: 'Họ và tên',
    key: 'name',
    width: 200,
    ellipsis: true,
    render: (_: unknown, r: ImportRow) => r.person.fullName,
  },
  {
    title: 'Ngày sinh',
    key: 'birth',
    width: 110,
    render: (_: unknown, r: ImportRow) => birthText(r),
  },
  {
    title: 'Đơn vị',
    key: 'department',
    width: 180,
    ellipsis: true,
    render: (_: unknown, r: ImportRow) => r.person.department,
  },
  {
    title: 'Chức vụ',
    key: 'position',
    width: 180,
    ellipsis: true,
    render: (_: unknown, r: ImportRow) => r.person.position,
  },
  {
    title: 'Vai trò gợi ý',
    key: 'roles',
    render: (_: unknown, r: ImportRow) => <RoleTags roles={r.person.suggestedRoles} compact />,
  },
];

const changedColumns: ColumnsType<ChangedRow> = [
  { title: 'Dòng', key: 'row', width: 70, render: (_: unknown, c: ChangedRow) => c.row.row },
  {
    title: 'Họ và tên',
    key: 'name',
    width: 200,
    ellipsis: true,
    render: (_: unknown, c: ChangedRow) => c.row.person.fullName,
  },
  {
    title: 'Thay đổi',
    key: 'changes',
    ellipsis: true,
    render: (_: unknown, c: ChangedRow) => {
      const text = c.changes.map(changeText).join(' · ');
      return <span title={c.changes.map(changeText).join('\n')}>{text}</span>;
    },
  },
];

const goneColumns: ColumnsType<Person> = [
  { title: 'STT', dataIndex: 'rosterNo', width: 70 },
  { title: 'Họ và tên', dataIndex: 'fullName', width: 220, ellipsis: true },
  { title: 'Đơn vị', dataIndex: 'department', width: 200, ellipsis: true },
  { title: 'Chức vụ', dataIndex: 'position', ellipsis: true },
];

const skippedColumns: ColumnsType<{ row: number; reason: string }> = [
  {
    title: 'Dòng bỏ qua',
    key: 'reason',
    render: (_: unknown, item: { row: number; reason: string }) =>
      `Dòng ${item.row}: ${item.reason}`,
  },
];

/** What the import would do, row by row, before anything is saved. */
export function ImportPreviewPanel({
  preview,
  goneAction,
  onGoneActionChange,
}: ImportPreviewPanelProps) {
  const errors = byRow(preview, 'error');
  const warnings = byRow(preview, 'warning');
  const { added, changed, unchanged, gone } = preview.diff;

  // Open on what most needs a look; later mapping changes must not make the tabs jump.
  const [tab, setTab] = useState(() =>
    errors.length > 0
      ? 'errors'
      : changed.length > 0 && added.length === 0
        ? 'changed'
        : added.length > 0
          ? 'added'
          : 'gone',
  );

  const table = <T extends object>(
    columns: ColumnsType<T>,
    data: readonly T[],
    rowKey: (item: T) => string | number,
    empty: string,
  ) => (
    <Table<T>
      size="small"
      virtual
      scroll={{ y: LIST_HEIGHT }}
      pagination={false}
      columns={columns}
      dataSource={data}
      rowKey={rowKey}
      locale={{ emptyText: empty }}
    />
  );

  // Leaving most of the roster out usually means the file is one department's list, not the unit's.
  const mostGone = gone.length > 0 && gone.length > preview.rows.length;

  return (
    <div>
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {preview.rows.length} dòng hợp lệ · {errors.length} lỗi · {warnings.length} cảnh báo ·{' '}
        {preview.skipped.length} dòng bỏ qua
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        So với danh sách trong ứng dụng: {added.length} người mới · {changed.length} người có thay
        đổi · {unchanged.length} người không đổi · {gone.length} người không còn trong tệp
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        items={[
          {
            key: 'errors',
            label: `Lỗi (${errors.length})`,
            children: (
              <>
                {errors.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    Các dòng này sẽ không được nhập. Sửa trong tệp rồi chọn lại tệp, hoặc nhập các
                    dòng còn lại rồi thêm những người này sau.
                  </Typography.Paragraph>
                )}
                {table(reasonColumns, errors, (r) => r.row, 'Không có dòng nào bị lỗi.')}
              </>
            ),
          },
          {
            key: 'warnings',
            label: `Cảnh báo (${warnings.length})`,
            children: (
              <>
                {warnings.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    Các dòng này vẫn được nhập; hãy xem lại sau khi nhập.
                  </Typography.Paragraph>
                )}
                {table(reasonColumns, warnings, (r) => r.row, 'Không có cảnh báo.')}
              </>
            ),
          },
          {
            key: 'added',
            label: `Mới (${added.length})`,
            children: (
              <>
                {added.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    Vai trò được gợi ý theo chức vụ; kiểm tra lại trong danh sách sau khi nhập.
                  </Typography.Paragraph>
                )}
                {table(addedColumns, added, (r) => r.row, 'Không có người mới.')}
              </>
            ),
          },
          {
            key: 'changed',
            label: `Thay đổi (${changed.length})`,
            children: table(
              changedColumns,
              changed,
              (c) => c.personId,
              'Không ai có thông tin thay đổi.',
            ),
          },
          {
            key: 'gone',
            label: `Không còn trong tệp (${gone.length})`,
            children: (
              <>
                <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 8 }}>
                  <Typography.Text type="secondary">
                    Những người này có trong ứng dụng nhưng không có trong tệp (nghỉ hưu, chuyển
                    công tác…). Không ai bị xoá: người được đánh dấu đã nghỉ vẫn có tên trong các
                    hội nghị trước.
                  </Typography.Text>
                  <Radio.Group
                    value={goneAction}
                    onChange={(event) => onGoneActionChange(event.target.value as GoneAction)}
                    disabled={gone.length === 0}
                    options={[
                      { value: 'deactivate', label: 'Đánh dấu đã nghỉ' },
                      { value: 'keep', label: 'Giữ nguyên' },
                    ]}
                  />
                  {mostGone && goneAction === 'deactivate' && (
                    <Alert
                      type="warning"
                      showIcon
                      title={`${gone.length} người đang công tác không có trong tệp — nhiều hơn số người trong tệp.`}
                      description='Nếu tệp chỉ là danh sách của một bộ phận, hãy chọn "Giữ nguyên".'
                    />
                  )}
                </Space>
                {table(
                  goneColumns,
                  gone,
                  (p) => p.id,
                  'Mọi người trong ứng dụng đều có trong tệp.',
                )}
              </>
            ),
          },
          {
            key: 'skipped',
            label: `Bỏ qua (${preview.skipped.length})`,
            children: table(
              skippedColumns,
              preview.skipped,
              (s) => s.row,
              'Không có dòng nào bị bỏ qua.',
            ),
          },
        ]}
      />
    </div>
  );
}
