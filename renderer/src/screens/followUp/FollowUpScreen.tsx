import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Space, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Conference } from '../../../../core/domain/conference';
import { formatDateVi } from '../../../../core/domain/dates';
import {
  filterFollowUpItems,
  sortFollowUpItems,
  type FollowUpFilter,
  type FollowUpSort,
} from '../../../../core/domain/followUpFilter';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useFollowUpView } from '../../state/useFollowUpView';
import { BoardSummaryCard } from '../../components/followUp/BoardSummaryCard';
import { FollowUpDashboardCard } from '../../components/followUp/FollowUpDashboardCard';
import { FollowUpExportButtons } from '../../components/followUp/FollowUpExportButtons';
import { FollowUpFilters } from '../../components/followUp/FollowUpFilters';
import { FollowUpItemDrawer } from '../../components/followUp/FollowUpItemDrawer';
import { FollowUpTable } from '../../components/followUp/FollowUpTable';
import { LegalClocksCard } from '../../components/followUp/LegalClocksCard';
import { ManualItemModal } from '../../components/followUp/ManualItemModal';

/**
 * "Theo dõi thực hiện nghị quyết": the overview, the clocks of the Law with the six-monthly
 * reviews, and the list with its filters. Every count, deadline and "quá hạn" comes from core.
 */
export function FollowUpScreen({ conference }: { conference: Conference }) {
  const { workspace } = useWorkspace();
  const { view, error, change } = useFollowUpView(conference.id);
  const [filter, setFilter] = useState<FollowUpFilter>({});
  const [sort, setSort] = useState<FollowUpSort>('order');
  const [openId, setOpenId] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);

  const shown = useMemo(
    () => (view ? sortFollowUpItems(filterFollowUpItems(view.items, filter), sort) : []),
    [view, filter, sort],
  );

  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!view) return <Spin />;
  const open = view.items.find((i) => i.id === openId);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {!view.adoptedOn && (
        <Alert
          type="info"
          showIcon
          message="Nghị quyết chưa được thông qua"
          description="Khi nghị quyết được thông qua, mọi chỉ tiêu, nhiệm vụ và quyết định trở thành việc cần theo dõi; các mốc theo Luật được tính tự động."
        />
      )}
      <Typography.Text type="secondary">
        Số liệu tính đến hôm nay, {formatDateVi(view.today)}.
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <FollowUpDashboardCard dashboard={view.dashboard} />
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <LegalClocksCard view={view} change={change} />
            {view.boardActive && <BoardSummaryCard summary={view.board.summary} />}
          </Space>
        </Col>
      </Row>
      <Card
        size="small"
        title={`Danh sách việc theo dõi (${shown.length}/${view.items.length})`}
        extra={
          <Flex gap={8} wrap>
            <FollowUpExportButtons conferenceId={view.conferenceId} filter={filter} />
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Thêm việc
            </Button>
          </Flex>
        }
      >
        <FollowUpFilters
          items={view.items}
          filter={filter}
          onFilter={setFilter}
          sort={sort}
          onSort={setSort}
        />
        <FollowUpTable items={shown} onOpen={setOpenId} />
      </Card>
      <FollowUpItemDrawer
        conferenceId={view.conferenceId}
        item={open}
        people={workspace.people}
        change={change}
        onClose={() => setOpenId(undefined)}
      />
      <ManualItemModal
        conferenceId={view.conferenceId}
        open={adding}
        people={workspace.people}
        change={change}
        onClose={() => setAdding(false)}
      />
    </Space>
  );
}
