import { useCallback, useEffect, useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { format } from 'date-fns';
import type { Backup } from '../../../core/contract';
import { call } from '../api';

/** The snapshots, newest first, each restorable after a confirmation (used on the error screen too). */
export function BackupList({ onRestored }: { onRestored: () => void | Promise<void> }) {
  const { message } = App.useApp();
  const [backups, setBackups] = useState<Backup[]>([]);
  const load = useCallback(
    () =>
      call('backup:list', {}).then((result) => {
        if (result.ok) setBackups(result.data);
        else message.error(result.error.message);
      }),
    [message],
  );
  useEffect(() => {
    void call('backup:list', {}).then((result) => result.ok && setBackups(result.data));
  }, []);

  const restore = async (backup: Backup) => {
    const result = await call('backup:restore', { id: backup.id });
    if (!result.ok) return message.error(result.error.message);
    message.success(
      `Đã khôi phục bản sao lưu lúc ${format(new Date(backup.createdAt), 'HH:mm dd/MM/yyyy')}. Dữ liệu trước đó cũng đã được sao lưu.`,
    );
    await load();
    await onRestored();
  };

  // The newest snapshot whose files all parse: after a corruption, the ones taken since hold the damage.
  const recommended = backups.find((b) => b.readable)?.id;

  return (
    <Table<Backup>
      rowKey="id"
      size="small"
      dataSource={backups}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
      columns={[
        {
          title: 'Thời điểm',
          dataIndex: 'createdAt',
          render: (v: string) => format(new Date(v), 'HH:mm:ss dd/MM/yyyy'),
          width: 170,
        },
        { title: 'Lý do', dataIndex: 'reason' },
        {
          title: 'Nội dung',
          render: (_: unknown, backup) => (
            <Space size={4} wrap>
              <span>{backup.summary}</span>
              {!backup.readable && <Tag color="error">Tệp hỏng</Tag>}
              {backup.id === recommended && <Tag color="success">Nên chọn</Tag>}
            </Space>
          ),
        },
        { title: 'Dung lượng', dataIndex: 'sizeBytes', render: formatSize, width: 100 },
        {
          title: '',
          width: 110,
          render: (_: unknown, backup) => (
            <Popconfirm
              title="Khôi phục bản sao lưu này?"
              description="Dữ liệu hiện tại được sao lưu trước, nên có thể quay lại."
              okText="Khôi phục"
              cancelText="Huỷ"
              onConfirm={() => restore(backup)}
            >
              <Button size="small" type={backup.id === recommended ? 'primary' : 'default'}>
                Khôi phục
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
