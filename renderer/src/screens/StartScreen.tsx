import { useState } from 'react';
import { Alert, Button, Card, Empty, List, Space, Steps, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { conferenceTitle } from '../../../core/domain/conference';
import { nextStep } from '../../../core/domain/conferenceSteps';
import { formatDateVi } from '../../../core/domain/dates';
import { missingUnitFields } from '../../../core/domain/unit';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate } from '../state/useRoute';
import { NewConferenceModal } from '../components/NewConferenceModal';
import { OpenConferenceFileButton } from '../components/OpenConferenceFileButton';
import { OpenSampleButton } from '../components/OpenSampleButton';
import { StepStateTag } from '../components/StepStateTag';
import { TodoPanel } from '../components/followUp/TodoPanel';

/** The start screen: conferences by year with what is due, or the first steps for a newcomer. */
export function StartScreen() {
  const { workspace } = useWorkspace();
  const [creating, setCreating] = useState(false);
  const staff = workspace.people.filter((p) => p.active).length;
  const unitDone = missingUnitFields(workspace.unit).length === 0;
  const newcomer = workspace.conferences.length === 0;

  return (
    <>
      <Typography.Title level={3} className="screen-title">
        {workspace.unit.name || 'Hội nghị cán bộ, công chức, viên chức, người lao động'}
      </Typography.Title>
      {newcomer && (
        <Card style={{ marginBottom: 16 }} title="Bắt đầu">
          <Steps
            direction="vertical"
            current={!unitDone ? 0 : staff === 0 ? 1 : 2}
            items={[
              {
                title: 'Nhập thông tin đơn vị',
                description: (
                  <a href="#/unit">Tên đơn vị, công đoàn, địa danh, chủ tịch công đoàn…</a>
                ),
              },
              {
                title: 'Nhập danh sách cán bộ',
                description: (
                  <a href="#/people">Từ tệp Excel (.xlsx) hoặc CSV mà đơn vị đang dùng</a>
                ),
              },
              {
                title: 'Tạo hội nghị năm nay',
                description: 'Ngày, địa điểm, hình thức; ứng dụng tính số người cần có mặt.',
              },
            ]}
          />
          {workspace.people.length === 0 && (
            <Space style={{ marginTop: 8 }}>
              <span>Muốn xem trước một hội nghị đầy đủ?</span>
              <OpenSampleButton />
            </Space>
          )}
        </Card>
      )}
      <TodoPanel />
      {workspace.brokenConferences.map((b) => (
        <Alert
          key={b.id}
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="Một tệp hội nghị không đọc được"
          description={`${b.message} Vào "Sao lưu, khôi phục" để khôi phục.`}
        />
      ))}
      <Card
        title="Các hội nghị"
        extra={
          <Space>
            <OpenConferenceFileButton />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Tạo hội nghị
            </Button>
          </Space>
        }
      >
        {newcomer ? (
          <Empty description="Chưa có hội nghị nào." />
        ) : (
          <List
            dataSource={workspace.conferences}
            renderItem={(c) => {
              const next = nextStep(c.steps);
              const attention = c.steps.filter((s) => s.state === 'needsAttention');
              return (
                <List.Item
                  data-testid="conference-item"
                  actions={[
                    <Button
                      key="open"
                      onClick={() => navigate({ name: 'conference', id: c.id, tab: 'overview' })}
                    >
                      Mở
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={<a href={`#/conference/${c.id}`}>{conferenceTitle(c)}</a>}
                    description={
                      <Space direction="vertical" size={2}>
                        <span>
                          {c.date
                            ? `Ngày ${formatDateVi(c.date)}${c.venue ? ` · ${c.venue}` : ''}`
                            : 'Chưa chọn ngày'}
                        </span>
                        {next && (
                          <span>
                            Việc tiếp theo: <b>{next.title}</b> — {next.reason}{' '}
                            <StepStateTag state={next.state} />
                          </span>
                        )}
                        {attention.map((s) => (
                          <Typography.Text key={s.id} type="warning">
                            ⚠ {s.title}: {s.reason}
                          </Typography.Text>
                        ))}
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      <NewConferenceModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
