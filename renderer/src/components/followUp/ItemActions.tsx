import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { contentLock } from '../../../../core/domain/followUpEdit';
import type { Person } from '../../../../core/domain/person';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { ManualItemModal } from './ManualItemModal';

type Item = FollowUpViewOutput['items'][number];

/**
 * "Sửa nội dung" and "Xoá việc" of one item. Hand-made and carried-over items are the user's own:
 * edited in a form, removed after a confirmation. An item of the resolution or a clock of the Law
 * is neither: "Xoá việc" says why (core's reason) instead. Confirmations are modals, not
 * Popconfirms, so the keyboard reaches them (see AgendaTable).
 */
export function ItemActions({
  conferenceId,
  item,
  people,
  change,
}: {
  conferenceId: string;
  item: Item;
  people: readonly Person[];
  change: FollowUpViewState['change'];
}) {
  const { modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const lock = contentLock(item, 'remove');

  const remove = () => {
    if (lock) {
      modal.info({ title: 'Không xoá được việc này', content: lock, okText: 'Đã hiểu' });
      return;
    }
    const kept = item.notes.length + item.evidence.length;
    modal.confirm({
      title: 'Xoá việc này khỏi danh sách theo dõi?',
      content: `“${item.title}”${kept > 0 ? ` cùng ${item.notes.length} ghi chú và ${item.evidence.length} minh chứng` : ''}. Không hoàn tác được.`,
      okText: 'Xoá',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      autoFocusButton: 'cancel',
      onOk: () => change('followUp:removeItem', { conferenceId, itemId: item.id }),
    });
  };

  return (
    <Space wrap>
      {!lock && (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
          Sửa nội dung
        </Button>
      )}
      <Button size="small" danger icon={<DeleteOutlined />} onClick={remove}>
        Xoá việc
      </Button>
      {!lock && (
        <ManualItemModal
          conferenceId={conferenceId}
          open={editing}
          item={item}
          people={people}
          change={change}
          onClose={() => setEditing(false)}
        />
      )}
    </Space>
  );
}
