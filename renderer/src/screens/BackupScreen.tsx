import { useState } from 'react';
import { App, Button, Card, Descriptions, Typography } from 'antd';
import { useEffect } from 'react';
import { call } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { BackupList } from '../components/BackupList';

/** Sao lưu / Khôi phục: where the data lives, snapshots, and a manual backup. */
export function BackupScreen() {
  const { message } = App.useApp();
  const { reload } = useWorkspace();
  const [dataDir, setDataDir] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void call('app:info', {}).then((r) => r.ok && setDataDir(r.data.dataDir));
  }, []);

  const backupNow = async () => {
    const result = await call('backup:create', {});
    if (!result.ok) return message.error(result.error.message);
    message.success('Đã tạo bản sao lưu.');
    setVersion((v) => v + 1);
  };

  return (
    <>
      <Typography.Title level={3} className="screen-title">
        Sao lưu, khôi phục
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Thư mục dữ liệu">
            <Typography.Text copyable code>
              {dataDir}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="Tự động">
            Mỗi lần mở ứng dụng, trước khi nhập danh sách, trước khi khôi phục và 10 phút một lần
            khi đang làm việc. Giữ 20 bản gần nhất và một bản mỗi ngày trong 60 ngày.
          </Descriptions.Item>
          <Descriptions.Item label="Sao chép ra ngoài">
            Sao chép cả thư mục dữ liệu sang USB hoặc ổ mạng là đủ để chuyển sang máy khác.
          </Descriptions.Item>
        </Descriptions>
        <Button type="primary" onClick={() => void backupNow()}>
          Sao lưu ngay
        </Button>
      </Card>
      <Card title="Các bản sao lưu">
        <BackupList key={version} onRestored={reload} />
      </Card>
    </>
  );
}
