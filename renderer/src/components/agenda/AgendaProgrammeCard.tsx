import type { ReactNode } from 'react';
import { Alert, App, Button, Card, Select, Space, Typography } from 'antd';
import { PlusOutlined, UndoOutlined } from '@ant-design/icons';
import type { AgendaKind } from '../../../../core/domain/agendaKinds';
import { foldForSearch } from '../../../../core/domain/vietnamese';
import type { SaveState } from '../../state/useSaveQueue';
import { SaveIndicator } from '../SaveIndicator';
import { formatLength, KIND_OPTIONS } from './agendaShared';

/** The programme card: its length and times, save state, reset, the table and "add item". */
export function AgendaProgrammeCard({
  itemCount,
  startTime,
  end,
  totalMinutes,
  saveState,
  resetting,
  onReset,
  selectedIndex,
  onClearSelection,
  onAdd,
  children,
}: {
  itemCount: number;
  startTime: string;
  end: string | null;
  totalMinutes: number;
  saveState: SaveState;
  resetting: boolean;
  onReset: () => void;
  selectedIndex: number;
  onClearSelection: () => void;
  onAdd: (kind: AgendaKind) => void;
  children: ReactNode;
}) {
  const { modal } = App.useApp();
  // A modal, not a Popconfirm: the keyboard can reach and answer it (see AgendaTable).
  const confirmReset = () =>
    modal.confirm({
      title: 'Khôi phục chương trình mặc định?',
      content: `Chương trình hiện tại (${itemCount} mục), đoàn chủ tịch và thư ký sẽ được thay bằng chương trình mặc định.`,
      okText: 'Khôi phục',
      cancelText: 'Không',
      autoFocusButton: 'cancel',
      onOk: onReset,
    });
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>Chương trình hội nghị</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {itemCount} mục · bắt đầu {startTime}
            {end ? ` · kết thúc ${end}` : ' · chưa tính được giờ kết thúc'} · tổng thời lượng{' '}
            {formatLength(totalMinutes)}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <SaveIndicator state={saveState} testId="agenda-save-status" />
          <Button
            icon={<UndoOutlined />}
            loading={resetting}
            onClick={confirmReset}
            data-testid="agenda-reset"
          >
            Khôi phục chương trình mặc định
          </Button>
        </Space>
      }
    >
      {saveState.status === 'error' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title="Chưa lưu được chương trình — nội dung bạn nhập vẫn giữ trên màn hình."
          description={saveState.message}
          data-testid="agenda-save-error"
        />
      )}
      {children}
      <Space wrap style={{ marginTop: 12 }}>
        <PlusOutlined />
        <Typography.Text>
          Thêm mục {selectedIndex >= 0 ? `sau mục ${selectedIndex + 1}` : 'vào cuối chương trình'}:
        </Typography.Text>
        <Select<AgendaKind>
          aria-label="Thêm mục"
          placeholder="Chọn loại mục…"
          style={{ width: 420 }}
          value={null}
          options={KIND_OPTIONS}
          showSearch={{
            filterOption: (input, option) => (option?.search ?? '').includes(foldForSearch(input)),
          }}
          onChange={(kind) => onAdd(kind)}
          data-testid="agenda-add"
        />
        {selectedIndex >= 0 && (
          <Button type="link" onClick={onClearSelection}>
            Thêm vào cuối
          </Button>
        )}
      </Space>
    </Card>
  );
}
