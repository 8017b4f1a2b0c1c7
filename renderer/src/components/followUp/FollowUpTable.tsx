import { Button, Progress, Space, Table, Tag, Typography } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import { FOLLOW_UP_ORIGIN_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import { FollowUpStatusTag } from './FollowUpStatusTag';

type Item = FollowUpViewOutput['items'][number];

/** The follow-up list as filtered and sorted by the screen; overdue rows stand out (core says so). */
export function FollowUpTable({ items, onOpen }: { items: Item[]; onOpen: (id: string) => void }) {
  return (
    <Table<Item>
      data-testid="follow-up-table"
      size="small"
      rowKey="id"
      dataSource={items}
      // 20 rows a page: a keystroke in the search redraws the page, ~1.2 ms a row (bench/
      // followUp.bench.ts: 50 rows ≈ 80 ms, over the 50 ms goal). More on request.
      pagination={{
        defaultPageSize: 20,
        pageSizeOptions: [20, 50, 100],
        showSizeChanger: true,
        hideOnSinglePage: true,
      }}
      onRow={(item) => ({
        'data-testid': 'follow-up-row',
        'data-overdue': item.state.overdue ? 'true' : 'false',
        style: item.state.overdue ? { background: '#fff1f0' } : undefined,
      })}
      columns={[
        {
          title: 'Nội dung',
          key: 'title',
          render: (_, item) => (
            <Space direction="vertical" size={0}>
              <Typography.Text>{item.title}</Typography.Text>
              <Space size={4} wrap>
                {item.origin !== 'resolution' && (
                  <Tag color={item.origin === 'carriedOver' ? 'purple' : 'blue'}>
                    {FOLLOW_UP_ORIGIN_LABELS[item.origin]}
                    {item.carriedFrom ? ` ${item.carriedFrom.year}` : ''}
                  </Tag>
                )}
                {item.notes.length > 0 && <Tag>{item.notes.length} ghi chú</Tag>}
                {item.evidence.length > 0 && <Tag>{item.evidence.length} minh chứng</Tag>}
                {item.state.problems.length > 0 && (
                  <Tag color="warning" title={item.state.problems.join('\n')}>
                    Cần xem lại
                  </Tag>
                )}
              </Space>
            </Space>
          ),
        },
        {
          title: 'Phụ trách',
          key: 'owner',
          width: 180,
          render: (_, item) =>
            item.state.ownerText || (
              <Typography.Text type="secondary">Chưa phân công</Typography.Text>
            ),
        },
        {
          title: 'Thời hạn',
          key: 'deadline',
          width: 110,
          render: (_, item) => (item.deadline ? formatDateVi(item.deadline) : '—'),
        },
        {
          title: 'Tình trạng',
          key: 'status',
          width: 200,
          render: (_, item) => (
            <Space direction="vertical" size={0}>
              <span>
                <FollowUpStatusTag
                  status={item.status}
                  overdue={item.state.overdue}
                  daysLeft={item.state.daysLeft}
                />
              </span>
              {item.status === 'notDone' && item.notDoneReason && (
                <Typography.Text type="secondary">Lý do: {item.notDoneReason}</Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: 'Đạt / chỉ tiêu',
          key: 'target',
          width: 150,
          render: (_, item) =>
            item.target === undefined ? (
              ''
            ) : (
              <Space direction="vertical" size={0}>
                <span>
                  {item.achieved ?? '—'} / {item.target} {item.unitOfMeasure ?? ''}
                </span>
                {item.state.percentOfTarget !== null && (
                  <Progress
                    size="small"
                    percent={Math.min(100, item.state.percentOfTarget)}
                    format={() => `${item.state.percentOfTarget}%`}
                  />
                )}
              </Space>
            ),
        },
        {
          title: '',
          key: 'open',
          width: 90,
          render: (_, item) => (
            <Button size="small" onClick={() => onOpen(item.id)} data-testid="open-item">
              Cập nhật
            </Button>
          ),
        },
      ]}
    />
  );
}
