import type { HTMLAttributes, ReactNode } from 'react';
import {
  App,
  Button,
  Empty,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { MAX_ITEM_MINUTES, type AgendaItem } from '../../../../core/domain/agenda';
import { AGENDA_KIND_INFO } from '../../../../core/domain/agendaKinds';
import type { ShownFinding } from './agendaShared';

const ERROR_BORDER = '3px solid #ff4d4f';
const SELECTED_BACKGROUND = '#e6f4ff';

/** The rows of the programme: times, statutory step, editable title, length, presenter, notes. */
export function AgendaTable({
  agenda,
  selectedId,
  onSelect,
  problemsByItem,
  slotsById,
  renderPresenter,
  onUpdate,
  onMove,
  onRemove,
}: {
  agenda: AgendaItem[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  problemsByItem: ReadonlyMap<string, ShownFinding[]>;
  slotsById: ReadonlyMap<string, { start: string; end: string }>;
  renderPresenter: (item: AgendaItem) => ReactNode;
  onUpdate: (id: string, change: Partial<AgendaItem>) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}) {
  const { modal } = App.useApp();
  const last = agenda.length - 1;
  // A modal rather than a Popconfirm: the popover opens in a portal the Tab key never reaches, so
  // a keyboard user could open it but not answer it. The modal takes focus (on "Không", the safe
  // answer), closes with Escape and gives focus back to the button.
  const confirmRemove = (item: AgendaItem, index: number) =>
    modal.confirm({
      title: 'Xoá mục này?',
      content: `Mục ${index + 1}: “${item.title.trim() || AGENDA_KIND_INFO[item.kind].title}”`,
      okText: 'Xoá',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      autoFocusButton: 'cancel',
      onOk: () => onRemove(item.id),
    });
  return (
    <div data-testid="agenda-table">
      <Table<AgendaItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={agenda}
        tableLayout="fixed"
        scroll={{ x: 1060 }}
        onRow={(item) =>
          ({
            'data-testid': 'agenda-row',
            'data-kind': item.kind,
            onClick: () => onSelect(item.id),
            // Tabbing into a row selects it as a click does, so "Thêm mục sau mục N" follows the
            // keyboard too.
            onFocus: () => onSelect(item.id),
            style: item.id === selectedId ? { background: SELECTED_BACKGROUND } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: 'TT',
            key: 'index',
            width: 40,
            onCell: (item) => ({
              style: problemsByItem.get(item.id)?.some((f) => f.level === 'error')
                ? { borderLeft: ERROR_BORDER }
                : undefined,
            }),
            render: (_: unknown, item, index) => {
              const problems = problemsByItem.get(item.id);
              if (!problems) return index + 1;
              const hasError = problems.some((f) => f.level === 'error');
              return (
                <Tooltip title={problems.map((f) => f.message).join(' ')}>
                  <Typography.Text type={hasError ? 'danger' : 'warning'} strong>
                    {index + 1}
                  </Typography.Text>
                </Tooltip>
              );
            },
          },
          {
            title: 'Thời gian',
            key: 'time',
            width: 96,
            render: (_: unknown, item) => {
              const slot = slotsById.get(item.id);
              return (
                <span style={{ whiteSpace: 'nowrap' }} data-testid="agenda-time">
                  {slot ? `${slot.start}–${slot.end}` : '—'}
                </span>
              );
            },
          },
          {
            title: 'Bước',
            key: 'letter',
            width: 56,
            render: (_: unknown, item) => {
              const info = AGENDA_KIND_INFO[item.kind];
              if (!info.letter && item.kind !== 'boardElection') return null;
              return (
                <Tooltip
                  title={`${info.letter ? `Bước ${info.letter}, Điều 51.4` : 'Thuộc bước e (bầu Ban Thanh tra nhân dân)'} — Căn cứ: ${info.source}`}
                >
                  <Tag color={info.letter ? 'blue' : 'geekblue'} data-testid="agenda-letter">
                    {info.letter ?? 'e·bầu'}
                  </Tag>
                </Tooltip>
              );
            },
          },
          {
            title: 'Nội dung',
            key: 'title',
            render: (_: unknown, item) => (
              <Input.TextArea
                aria-label="Tiêu đề mục"
                data-testid="agenda-title"
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder={AGENDA_KIND_INFO[item.kind].title}
                status={item.title.trim() ? undefined : 'error'}
                value={item.title}
                onChange={(e) => onUpdate(item.id, { title: e.target.value })}
              />
            ),
          },
          {
            title: 'Phút',
            key: 'duration',
            width: 80,
            render: (_: unknown, item) => (
              <InputNumber
                aria-label="Thời lượng (phút)"
                min={1}
                max={MAX_ITEM_MINUTES}
                precision={0}
                style={{ width: '100%' }}
                value={item.durationMinutes}
                onChange={(v) => {
                  if (typeof v === 'number') onUpdate(item.id, { durationMinutes: v });
                }}
              />
            ),
          },
          {
            title: 'Người trình bày, điều hành',
            key: 'presenter',
            width: 220,
            render: (_: unknown, item) => renderPresenter(item),
          },
          {
            title: 'Ghi chú',
            key: 'notes',
            width: 160,
            render: (_: unknown, item) => (
              <Input.TextArea
                aria-label="Ghi chú"
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={item.notes}
                onChange={(e) => onUpdate(item.id, { notes: e.target.value })}
              />
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 104,
            render: (_: unknown, item, index) => (
              <Space size={0}>
                <Tooltip title="Chuyển lên">
                  <Button
                    type="text"
                    aria-label={`Chuyển mục ${index + 1} lên`}
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => onMove(index, -1)}
                    data-testid="agenda-move-up"
                  />
                </Tooltip>
                <Tooltip title="Chuyển xuống">
                  <Button
                    type="text"
                    aria-label={`Chuyển mục ${index + 1} xuống`}
                    icon={<ArrowDownOutlined />}
                    disabled={index === last}
                    onClick={() => onMove(index, 1)}
                    data-testid="agenda-move-down"
                  />
                </Tooltip>
                <Tooltip title="Xoá mục">
                  <Button
                    type="text"
                    danger
                    aria-label={`Xoá mục ${index + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => confirmRemove(item, index)}
                    data-testid="agenda-delete"
                  />
                </Tooltip>
              </Space>
            ),
          },
        ]}
        locale={{ emptyText: <Empty description="Chưa có mục nào." /> }}
      />
    </div>
  );
}
