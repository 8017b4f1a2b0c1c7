import { useCallback, useEffect, useState } from 'react';
import { App, Button, Popconfirm, Table } from 'antd';
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
          width: 180,
        },
        { title: 'Lý do', dataIndex: 'reason' },
        {
          title: 'Dung lượng',
          dataIndex: 'sizeBytes',
          render: (v: number) => `${(v / 1024).toFixed(0)} KB`,
          width: 110,
        },
        {
          title: '',
          width: 120,
          render: (_: unknown, backup) => (
            <Popconfirm
              title="Khôi phục bản sao lưu này?"
              description="Dữ liệu hiện tại được sao lưu trước, nên có thể quay lại."
              okText="Khôi phục"
              cancelText="Huỷ"
              onConfirm={() => restore(backup)}
            >
              <Button size="small">Khôi phục</Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
