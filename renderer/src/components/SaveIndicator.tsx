import { Typography } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import type { SaveState } from '../state/useSaveQueue';

/** "Đang lưu… / Đã lưu / Chưa lưu được" beside an editor whose edits are saved automatically. */
export function SaveIndicator({ state, testId }: { state: SaveState; testId: string }) {
  if (state.status === 'saving') {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        <LoadingOutlined /> Đang lưu…
      </Typography.Text>
    );
  }
  if (state.status === 'saved') {
    return (
      <Typography.Text type="success" data-testid={testId}>
        <CheckCircleOutlined /> Đã lưu
      </Typography.Text>
    );
  }
  if (state.status === 'error') {
    return (
      <Typography.Text type="danger" data-testid={testId}>
        <ExclamationCircleOutlined /> Chưa lưu được
      </Typography.Text>
    );
  }
  return <Typography.Text type="secondary">Thay đổi được lưu tự động</Typography.Text>;
}
