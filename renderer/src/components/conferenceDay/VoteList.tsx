import type { HTMLAttributes } from 'react';
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { format, parseISO } from 'date-fns';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import type { FloorVote } from '../../../../core/domain/proceedings';

type Outcome = ProceedingsView['outcomes'][string];

const TAGS: Record<Outcome['status'], { color: string; text: string }> = {
  passes: { color: 'success', text: 'Thông qua' },
  fails: { color: 'error', text: 'Không thông qua' },
  noQuorum: { color: 'error', text: 'Không có giá trị' },
  invalid: { color: 'warning', text: 'Số liệu sai' },
};

function clock(iso: string): string {
  try {
    return format(parseISO(iso), 'HH:mm');
  } catch {
    return '';
  }
}

/**
 * Every vote taken on the floor, in order, with its figures and the outcome core computed (R1, R2).
 * A vote can be corrected or removed — except the one that adopted the resolution, which the
 * service refuses while the resolution is adopted.
 */
export function VoteList({
  votes,
  outcomes,
  adoptingVoteId,
  onEdit,
  onDelete,
}: {
  votes: readonly FloorVote[];
  outcomes: ProceedingsView['outcomes'];
  adoptingVoteId?: string;
  onEdit?: (vote: FloorVote) => void;
  onDelete?: (vote: FloorVote) => void;
}) {
  return (
    <Table<FloorVote>
      size="small"
      rowKey="id"
      data-testid="vote-list"
      pagination={false}
      dataSource={[...votes]}
      locale={{ emptyText: 'Chưa có lần biểu quyết nào.' }}
      onRow={() => ({ 'data-testid': 'vote-row' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: 'Lúc', width: 52, render: (_, v) => clock(v.at) },
        {
          title: 'Nội dung',
          ellipsis: false,
          render: (_, v) => (
            <>
              {v.title}
              {v.presentNote && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  Có mặt khác điểm danh: {v.presentNote}
                </Typography.Text>
              )}
            </>
          ),
        },
        { title: 'Có mặt', dataIndex: 'present', width: 56, align: 'right' },
        { title: 'Đồng ý', dataIndex: 'votesFor', width: 56, align: 'right' },
        { title: 'Không đồng ý', dataIndex: 'votesAgainst', width: 64, align: 'right' },
        { title: 'Khác', dataIndex: 'votesOther', width: 48, align: 'right' },
        {
          title: 'Kết quả',
          width: 200,
          render: (_, v) => {
            const outcome = outcomes[v.id];
            if (!outcome) return null;
            return (
              <Space orientation="vertical" size={0}>
                <Tag color={TAGS[outcome.status].color}>{TAGS[outcome.status].text}</Tag>
                <Typography.Text style={{ fontSize: 12 }} data-testid="vote-row-sentence">
                  {outcome.sentence}
                </Typography.Text>
                {v.id === adoptingVoteId && (
                  <Typography.Text type="success" style={{ fontSize: 12 }}>
                    Đã thông qua nghị quyết bằng lần biểu quyết này
                  </Typography.Text>
                )}
              </Space>
            );
          },
        },
        ...(onEdit || onDelete
          ? [
              {
                title: '',
                width: 72,
                render: (_: unknown, v: FloorVote) => (
                  <Space size={0}>
                    {onEdit && (
                      <Button
                        type="text"
                        aria-label={`Sửa: ${v.title}`}
                        icon={<EditOutlined />}
                        onClick={() => onEdit(v)}
                      />
                    )}
                    {onDelete && (
                      <Popconfirm
                        title="Xoá lần biểu quyết này?"
                        description="Biên bản sẽ không còn ghi kết quả này."
                        okText="Xoá"
                        cancelText="Không"
                        onConfirm={() => onDelete(v)}
                      >
                        <Button
                          type="text"
                          danger
                          aria-label={`Xoá: ${v.title}`}
                          icon={<DeleteOutlined />}
                        />
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
