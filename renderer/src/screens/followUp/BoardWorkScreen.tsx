import { Alert, Col, Row, Space, Spin } from 'antd';
import type { Conference } from '../../../../core/domain/conference';
import { useFollowUpView } from '../../state/useFollowUpView';
import { BoardProgrammesCard } from '../../components/followUp/BoardProgrammesCard';
import { BoardReportsCard } from '../../components/followUp/BoardReportsCard';
import { BoardSummaryCard } from '../../components/followUp/BoardSummaryCard';
import { InspectionsCard } from '../../components/followUp/InspectionsCard';
import { RecommendationsCard } from '../../components/followUp/RecommendationsCard';

/**
 * The Ban TTND's year on one screen (R22): programme, inspections with the 5-working-day notice
 * check, recommendations with the 15-day answer clock, and reports to the union executive.
 */
export function BoardWorkScreen({ conference }: { conference: Conference }) {
  const { view, error, change } = useFollowUpView(conference.id);
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!view) return <Spin />;
  const props = { conferenceId: view.conferenceId, change };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {!view.boardActive && (
        <Alert
          type="info"
          showIcon
          message="Báo cáo định kỳ của Ban Thanh tra nhân dân chỉ tính khi đơn vị có Ban đang hoạt động và nghị quyết hội nghị thường kỳ đã được thông qua."
        />
      )}
      <BoardSummaryCard summary={view.board.summary} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <BoardProgrammesCard {...props} programmes={view.board.programmes} />
        </Col>
        <Col xs={24} xl={12}>
          <BoardReportsCard {...props} reports={view.board.reports} />
        </Col>
      </Row>
      <InspectionsCard {...props} inspections={view.board.inspections} />
      <RecommendationsCard {...props} recommendations={view.board.recommendations} />
    </Space>
  );
}
