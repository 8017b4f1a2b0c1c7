import { useState } from 'react';
import { App, Button, Empty, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { newId } from '../../../../core/domain/ids';
import type { Person } from '../../../../core/domain/person';
import type { Opinion } from '../../../../core/domain/proceedings';
import { ApiError, request } from '../../api';
import { OpinionEditor, type ResolutionOption } from './OpinionEditor';

interface Row {
  opinion: Opinion;
  saved: boolean;
  /** Focus its first box when it appears (a row added from the keyboard). */
  focus: boolean;
}

/**
 * The opinions of the discussion, one editor each, in the order they were said. "Thêm ý kiến" (or
 * Ctrl+Enter in the last one) adds a row with the cursor in its content; a deleted opinion can be
 * put back from the message that confirms it. The list owns its rows from the first read on.
 */
export function OpinionList({
  conferenceId,
  initial,
  agendaItemId,
  people,
  resolutionOptions,
  agendaOptions,
}: {
  conferenceId: string;
  initial: readonly Opinion[];
  /** New opinions are filed under this agenda item (the discussion, usually). */
  agendaItemId: string | undefined;
  people: readonly Person[];
  resolutionOptions: readonly ResolutionOption[];
  agendaOptions?: readonly { value: string; label: string }[];
}) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((opinion) => ({ opinion, saved: true, focus: false })),
  );

  const add = () =>
    setRows((current) => [
      ...current,
      {
        opinion: {
          id: newId(),
          agendaItemId,
          speaker: { name: '' },
          department: '',
          content: '',
          takenIntoResolution: false,
          at: new Date().toISOString(),
        },
        saved: false,
        focus: true,
      },
    ]);

  const putBack = async (removed: Opinion, index: number) => {
    try {
      const { opinion } = await request('proceedings:saveOpinion', {
        conferenceId,
        opinion: removed,
      });
      setRows((current) => {
        const next = [...current];
        next.splice(Math.min(index, next.length), 0, { opinion, saved: true, focus: false });
        return next;
      });
      message.success('Đã khôi phục ý kiến.');
    } catch (error) {
      message.error(error instanceof ApiError ? error.payload.message : 'Chưa khôi phục được.');
    }
  };

  const deleted = (id: string, removed: Opinion, fromService: boolean) => {
    const index = rows.findIndex((r) => r.opinion.id === id);
    setRows((current) => current.filter((r) => r.opinion.id !== id));
    if (!fromService) return;
    const key = `opinion-deleted-${id}`;
    message.info({
      key,
      duration: 8,
      content: (
        <span>
          Đã xoá ý kiến.{' '}
          <Button
            size="small"
            type="link"
            onClick={() => {
              message.destroy(key);
              void putBack(removed, index);
            }}
          >
            Hoàn tác
          </Button>
        </span>
      ),
    });
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="opinion-list">
      {rows.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="Chưa có ý kiến nào. Bấm “Thêm ý kiến” khi có người phát biểu."
        />
      )}
      {rows.map((row, index) => (
        <OpinionEditor
          key={row.opinion.id}
          conferenceId={conferenceId}
          number={index + 1}
          initial={row.opinion}
          saved={row.saved}
          people={people}
          resolutionOptions={resolutionOptions}
          agendaOptions={agendaOptions}
          autoFocus={row.focus}
          onAddNext={add}
          onDeleted={(removed, fromService) => deleted(row.opinion.id, removed, fromService)}
        />
      ))}
      <Space>
        <Button icon={<PlusOutlined />} onClick={add} data-testid="add-opinion">
          Thêm ý kiến
        </Button>
        <Typography.Text type="secondary">
          Ctrl+Enter trong ô nội dung cũng thêm ý kiến mới. Chọn người từ danh sách cán bộ, hoặc bấm
          nút bên trái ô để gõ tên tự do.
        </Typography.Text>
      </Space>
    </Space>
  );
}
