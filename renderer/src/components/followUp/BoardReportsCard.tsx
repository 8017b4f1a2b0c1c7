import { useState } from 'react';
import { Button, Card, List, Space, Tag } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { IsoDateInput } from './IsoDateInput';

type Slot = FollowUpViewOutput['board']['reports'][number];

const STATE_TAGS = {
  submitted: { color: 'green', text: 'Đã gửi' },
  overdue: { color: 'red', text: 'Quá hạn' },
  dueSoon: { color: 'gold', text: 'Sắp đến hạn' },
  upcoming: { color: 'default', text: 'Chưa đến hạn' },
} as const;

/** Reports to the union executive: quarterly, six-monthly, yearly (Nghị định 59/2023 Điều 22.3). */
export function BoardReportsCard({
  conferenceId,
  reports,
  change,
}: {
  conferenceId: string;
  reports: Slot[];
  change: FollowUpViewState['change'];
}) {
  const [sentOn, setSentOn] = useState<Record<string, string | undefined>>({});
  const key = (s: Slot) => `${s.period.kind}-${s.period.number}`;
  return (
    <Card size="small" title="Báo cáo gửi Ban Chấp hành Công đoàn" data-testid="board-reports">
      <List
        size="small"
        dataSource={reports}
        renderItem={(slot) => (
          <List.Item>
            <Space wrap>
              <b>{slot.label}</b>
              <span>hạn {formatDateVi(slot.dueOn)}</span>
              <Tag color={STATE_TAGS[slot.state].color}>{STATE_TAGS[slot.state].text}</Tag>
              {slot.report?.submittedOn ? (
                <span>gửi ngày {formatDateVi(slot.report.submittedOn)}</span>
              ) : (
                <Space.Compact>
                  <IsoDateInput
                    ariaLabel={`Ngày gửi ${slot.label}`}
                    value={sentOn[key(slot)]}
                    onChange={(on) => setSentOn({ ...sentOn, [key(slot)]: on })}
                  />
                  <Button
                    size="small"
                    disabled={!sentOn[key(slot)]}
                    onClick={() =>
                      void change('boardWork:saveReport', {
                        conferenceId,
                        report: {
                          ...(slot.report ? { id: slot.report.id } : {}),
                          period: {
                            kind: slot.period.kind as 'quarter' | 'half' | 'year',
                            number: slot.period.number,
                          },
                          submittedOn: sentOn[key(slot)],
                        },
                      })
                    }
                  >
                    Đã gửi
                  </Button>
                </Space.Compact>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
