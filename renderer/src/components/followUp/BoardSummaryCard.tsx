import { Card, Col, Row, Statistic } from 'antd';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';

const red = (n: number) => (n > 0 ? { color: '#cf1322' } : undefined);

/** The Ban TTND's year at a glance: inspections, recommendations awaiting the head, reports. */
export function BoardSummaryCard({ summary }: { summary: FollowUpViewOutput['board']['summary'] }) {
  return (
    <Card size="small" title="Công việc của Ban Thanh tra nhân dân" data-testid="board-summary">
      <Row gutter={[16, 8]}>
        <Col xs={12} md={6}>
          <Statistic title="Chương trình công tác" value={summary.programmes} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Cuộc kiểm tra (có kết quả)"
            value={summary.inspections.total}
            suffix={`(${summary.inspections.resultRecorded})`}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Thông báo kiểm tra muộn / thiếu"
            value={summary.inspections.noticeLate + summary.inspections.noticeMissing}
            valueStyle={red(summary.inspections.noticeLate + summary.inspections.noticeMissing)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Kiến nghị chờ trả lời / quá 15 ngày"
            value={summary.recommendations.awaiting}
            suffix={`/ ${summary.recommendations.overdue}`}
            valueStyle={red(summary.recommendations.overdue)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="Kiến nghị trả lời muộn" value={summary.recommendations.answeredLate} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Báo cáo đã gửi / phải gửi"
            value={summary.reports.submitted}
            suffix={`/ ${summary.reports.expected}`}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Báo cáo quá hạn"
            value={summary.reports.overdue}
            valueStyle={red(summary.reports.overdue)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="Báo cáo sắp đến hạn" value={summary.reports.dueSoon} />
        </Col>
      </Row>
    </Card>
  );
}
