import { useEffect, useState } from 'react';
import { Card, List, Space, Tag, Typography } from 'antd';
import type { ChannelOutput } from '../../../../core/contract';
import { formatDateVi } from '../../../../core/domain/dates';
import { call } from '../../api';
import { navigate, type ConferenceTab } from '../../state/useRoute';

type Todo = ChannelOutput<'followUp:todo'>;

const TAB_OF: Record<Todo['entries'][number]['kind'], ConferenceTab> = {
  item: 'followUp',
  inspectionNotice: 'boardWork',
  recommendationAnswer: 'boardWork',
  boardReport: 'boardWork',
};

/**
 * "Việc cần làm" on the start screen, asked for each time the app opens: overdue and due within
 * 14 days across every conference (core/domain/followUpTodo.ts), so the reminder comes first.
 */
export function TodoPanel() {
  const [todo, setTodo] = useState<Todo | undefined>();
  useEffect(() => {
    void call('followUp:todo', {}).then((result) => {
      if (result.ok) setTodo(result.data);
    });
  }, []);
  if (!todo || todo.entries.length === 0) return null;
  const overdue = todo.entries.filter((e) => e.overdue).length;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="todo-panel"
      title={
        <Space>
          <span>Việc cần làm</span>
          {overdue > 0 && <Tag color="red">{overdue} quá hạn</Tag>}
          <Tag>
            {todo.entries.length - overdue} đến hạn trong {todo.days} ngày
          </Tag>
        </Space>
      }
    >
      <List
        size="small"
        dataSource={todo.entries.slice(0, 12)}
        renderItem={(entry) => (
          <List.Item
            data-testid="todo-entry"
            style={{ cursor: 'pointer' }}
            onClick={() =>
              navigate({ name: 'conference', id: entry.conferenceId, tab: TAB_OF[entry.kind] })
            }
          >
            <Space direction="vertical" size={0}>
              <span>
                {entry.overdue ? (
                  <Tag color="red">Quá hạn {-entry.daysLeft} ngày</Tag>
                ) : (
                  <Tag color="gold">
                    {entry.daysLeft === 0 ? 'Hôm nay' : `Còn ${entry.daysLeft} ngày`}
                  </Tag>
                )}
                {entry.title}
              </span>
              <Typography.Text type="secondary">
                Hạn {formatDateVi(entry.dueOn)}
                {entry.ownerText ? ` · ${entry.ownerText}` : ''} · {entry.conferenceTitle}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {todo.entries.length > 12 && (
        <Typography.Text type="secondary">
          Còn {todo.entries.length - 12} việc nữa trong mục “Theo dõi thực hiện” của hội nghị.
        </Typography.Text>
      )}
    </Card>
  );
}
