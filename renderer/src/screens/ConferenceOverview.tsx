import { useMemo } from 'react';
import { Alert, Button, Card, Col, List, Row, Space, Typography } from 'antd';
import type { Conference } from '../../../core/domain/conference';
import { conferenceFindings, conferenceQuorum } from '../../../core/domain/conferenceRules';
import { conferenceSteps, nextStep, type StepId } from '../../../core/domain/conferenceSteps';
import { vietnamDate } from '../../../core/domain/vietnamTime';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate, type Route } from '../state/useRoute';
import { QuorumPanel } from '../components/QuorumPanel';
import { StepStateTag } from '../components/StepStateTag';
import { NextYearButton } from '../components/followUp/NextYearButton';

/** Where each step's action leads. */
function stepRoute(step: StepId, id: string): Route | undefined {
  switch (step) {
    case 'unit':
      return { name: 'unit' };
    case 'setup':
      return { name: 'conference', id, tab: 'setup' };
    case 'preparation':
      return { name: 'conference', id, tab: 'preparation' };
    case 'agenda':
      return { name: 'conference', id, tab: 'agenda' };
    case 'day':
      return { name: 'conference', id, tab: 'checkin' };
    case 'election':
      return { name: 'conference', id, tab: 'election' };
    case 'resolution':
      return { name: 'conference', id, tab: 'resolution' };
    default:
      return undefined;
  }
}

/** The guided view of the year: eight steps, each state computed in core, and one next thing to do. */
export function ConferenceOverview({ conference }: { conference: Conference }) {
  const { workspace, rules } = useWorkspace();
  const steps = useMemo(
    () =>
      conferenceSteps({
        unit: workspace.unit,
        people: workspace.people,
        conference,
        rules,
        today: vietnamDate(new Date()),
        inspectionBoard: workspace.inspectionBoard,
      }),
    [workspace.unit, workspace.people, workspace.inspectionBoard, conference, rules],
  );
  const quorum = useMemo(
    () => conferenceQuorum(conference, workspace.people, rules),
    [conference, workspace.people, rules],
  );
  const findings = useMemo(
    () => conferenceFindings(conference, workspace.unit, workspace.people, rules),
    [conference, workspace.unit, workspace.people, rules],
  );
  const next = nextStep(steps);
  const unitStepMissing = steps[0]?.state !== 'done';
  const target = next ? stepRoute(next.id, conference.id) : undefined;

  return (
    <Row gutter={16}>
      <Col xs={24} lg={16}>
        {next && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={<b>Việc tiếp theo: {next.title}</b>}
            description={next.reason}
            action={
              target && (
                <Button type="primary" onClick={() => navigate(target)} data-testid="next-action">
                  {next.action}
                </Button>
              )
            }
          />
        )}
        {!next && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            message="Các bước hiện có đều đã xong"
            description="Những bước mang nhãn “Phiên bản sau” sẽ có khi ứng dụng được cập nhật."
          />
        )}
        {findings.map((f) => (
          <Alert
            key={f.rule + f.message}
            type={f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 8 }}
            message={f.message}
            description={<small>Căn cứ: {f.source}</small>}
          />
        ))}
        <Card title="Các bước trong năm" size="small">
          <List
            dataSource={steps}
            renderItem={(step, index) => {
              const route = stepRoute(step.id, conference.id);
              return (
                <List.Item
                  data-testid={`step-${step.id}`}
                  actions={
                    route && step.action && step.state !== 'done'
                      ? [
                          <a key="go" onClick={() => navigate(route)}>
                            {step.action}
                          </a>,
                        ]
                      : []
                  }
                  style={{
                    opacity:
                      step.state === 'notAvailable' || step.state === 'notApplicable' ? 0.65 : 1,
                  }}
                >
                  <List.Item.Meta
                    title={
                      <Space>
                        <span>
                          {index + 1}. {step.title}
                        </span>
                        <StepStateTag state={step.state} />
                      </Space>
                    }
                    description={step.reason}
                  />
                </List.Item>
              );
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <QuorumPanel quorum={quorum} rules={rules} />
        {conference.kind === 'regular' && (
          <Card size="small" title="Năm sau" style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary">
              Bắt đầu hội nghị năm sau từ hội nghị này: danh sách, chương trình, cách hành văn được
              giữ; việc chưa xong được chuyển sang theo dõi.
            </Typography.Paragraph>
            <NextYearButton conference={conference} />
          </Card>
        )}
        {unitStepMissing && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            Số người cần có mặt tính trên danh sách cán bộ đang công tác (hội nghị toàn thể) hoặc số
            đại biểu được triệu tập.
          </Typography.Paragraph>
        )}
      </Col>
    </Row>
  );
}
