import { Card, Col, Empty, Row, Statistic } from 'antd';
import { FOLLOW_UP_STATUSES } from '../../../../core/domain/followUp';
import { FOLLOW_UP_STATUS_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import { SectionProgressChart, STATUS_COLOURS } from './SectionProgressChart';

/** The overview a chair reads in ten seconds: counts by status, overdue, due soon, the chart. */
export function FollowUpDashboardCard({
  dashboard,
}: {
  dashboard: FollowUpViewOutput['dashboard'];
}) {
  return (
    <Card size="small" title="Tổng quan thực hiện nghị quyết" data-testid="follow-up-dashboard">
      {dashboard.total === 0 ? (
        <Empty description="Chưa có việc nào: nghị quyết được thông qua thì danh sách tự có." />
      ) : (
        <>
          <Row gutter={[16, 8]}>
            <Col xs={12} md={4}>
              <Statistic title="Tổng số việc" value={dashboard.total} />
            </Col>
            {FOLLOW_UP_STATUSES.map((status) => (
              <Col xs={12} md={4} key={status}>
                <Statistic
                  title={FOLLOW_UP_STATUS_LABELS[status]}
                  value={dashboard.byStatus[status]}
                  valueStyle={{ color: STATUS_COLOURS[status] }}
                />
              </Col>
            ))}
            <Col xs={12} md={4}>
              <Statistic title="Tỉ lệ hoàn thành" value={dashboard.percentDone} suffix="%" />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title="Quá hạn"
                value={dashboard.overdue}
                valueStyle={{ color: dashboard.overdue ? '#cf1322' : undefined }}
                data-testid="dashboard-overdue"
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="Đến hạn trong 30 ngày" value={dashboard.dueSoon} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="Chưa có thời hạn" value={dashboard.noDeadline} />
            </Col>
          </Row>
          <SectionProgressChart groups={dashboard.groups} />
        </>
      )}
    </Card>
  );
}
