import { Alert, Card, Result, Spin, Typography } from 'antd';
import type { LoadState } from '../state/WorkspaceContext';
import { BackupList } from '../components/BackupList';

/**
 * Shown instead of the app while the data loads, or when it cannot be read: a clear message and
 * "restore from backup" — never an empty start over the user's file.
 */
export function LoadFallback({ state, retry }: { state: LoadState; retry: () => Promise<void> }) {
  if (state.status === 'loading') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" tip="Đang mở dữ liệu…">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  if (state.status !== 'failed') return null;
  return (
    <div style={{ maxWidth: 960, margin: '40px auto', padding: 16 }} data-testid="data-error">
      <Result status="warning" title="Không mở được dữ liệu" subTitle={state.error.message} />
      {state.error.issues.length > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          message="Chi tiết kỹ thuật"
          description={
            <ul style={{ margin: 0 }}>
              {state.error.issues.slice(0, 10).map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card title="Khôi phục từ bản sao lưu">
        <Typography.Paragraph>
          Ứng dụng không ghi gì đè lên tệp hỏng. Chọn một bản sao lưu để khôi phục; tệp hiện tại
          cũng được giữ lại trong một bản sao lưu mới.
        </Typography.Paragraph>
        <BackupList onRestored={retry} />
      </Card>
    </div>
  );
}
