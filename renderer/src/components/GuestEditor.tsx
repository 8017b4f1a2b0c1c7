import { useState } from 'react';
import { App, Button, Input, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Conference, Guest } from '../../../core/domain/conference';
import { request, ApiError } from '../api';

type Draft = Omit<Guest, 'id'> & { id?: string };

/** Khách mời: listed on the documents, never counted in the quorum. */
export function GuestEditor({
  conference,
  onChange,
}: {
  conference: Conference;
  onChange: (c: Conference) => void;
}) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>({ fullName: '', title: '', organisation: '' });

  const save = async (guests: Draft[]) => {
    try {
      onChange(await request('conference:setGuests', { id: conference.id, guests }));
      return true;
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : String(error));
      return false;
    }
  };

  const add = async () => {
    if (!draft.fullName.trim()) return message.warning('Nhập tên khách mời.');
    if (await save([...conference.guests, draft]))
      setDraft({ fullName: '', title: '', organisation: '' });
  };

  return (
    <>
      <Table<Guest>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={conference.guests}
        locale={{ emptyText: 'Chưa có khách mời.' }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Chức vụ', dataIndex: 'title' },
          { title: 'Cơ quan', dataIndex: 'organisation' },
          {
            title: '',
            width: 48,
            render: (_: unknown, guest) => (
              <Button
                size="small"
                type="text"
                aria-label="Xoá khách mời"
                icon={<DeleteOutlined />}
                onClick={() => void save(conference.guests.filter((g) => g.id !== guest.id))}
              />
            ),
          },
        ]}
      />
      <Space.Compact style={{ marginTop: 8, width: '100%' }}>
        <Input
          placeholder="Họ và tên khách mời"
          value={draft.fullName}
          onChange={(e) => setDraft({ ...draft, fullName: e.target.value })}
        />
        <Input
          placeholder="Chức vụ"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <Input
          placeholder="Cơ quan"
          value={draft.organisation}
          onChange={(e) => setDraft({ ...draft, organisation: e.target.value })}
          onPressEnter={() => void add()}
        />
        <Button icon={<PlusOutlined />} onClick={() => void add()}>
          Thêm
        </Button>
      </Space.Compact>
    </>
  );
}
