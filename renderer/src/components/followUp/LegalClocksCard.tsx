import { Card, List, Space, Typography } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import { LEGAL_CLOCK_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { DisclosurePosting } from './DisclosurePosting';
import { FollowUpStatusTag } from './FollowUpStatusTag';
import { ReviewPanel } from './ReviewPanel';

const REVIEW_OF = { firstReview: 1, secondReview: 2 } as const;

/**
 * The clocks of the Law created on adoption (R9, R10) with their dates and sources; the
 * disclosure's posting (Điều 47–48, DisclosurePosting) and the two six-monthly reviews with their
 * assessment (Điều 52.3, ReviewPanel) are recorded where their clock is shown.
 */
export function LegalClocksCard({
  view,
  change,
}: {
  view: FollowUpViewOutput;
  change: FollowUpViewState['change'];
}) {
  const conferenceId = view.conferenceId;
  if (!view.adoptedOn) {
    return (
      <Card size="small" title="Các mốc theo quy định của Luật">
        <Typography.Text type="secondary">
          Các mốc (phổ biến nghị quyết, công khai, kiểm tra 6 tháng) được tính khi nghị quyết được
          thông qua.
        </Typography.Text>
      </Card>
    );
  }
  return (
    <Card
      size="small"
      title={`Các mốc theo quy định của Luật (nghị quyết thông qua ngày ${formatDateVi(view.adoptedOn)})`}
      data-testid="legal-clocks"
    >
      <List
        size="small"
        dataSource={view.clocks}
        renderItem={(clock) => {
          const item = view.items.find((i) => i.id === clock.itemId);
          const number =
            clock.clock in REVIEW_OF ? REVIEW_OF[clock.clock as keyof typeof REVIEW_OF] : undefined;
          return (
            <List.Item data-testid={`clock-${clock.clock}`}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <b>{LEGAL_CLOCK_LABELS[clock.clock]}</b>
                  <span>hạn {formatDateVi(clock.due)}</span>
                  {item && (
                    <FollowUpStatusTag
                      status={item.status}
                      overdue={item.state.overdue}
                      daysLeft={item.state.daysLeft}
                    />
                  )}
                </Space>
                <Typography.Text type="secondary">Căn cứ: {clock.source}</Typography.Text>
                {clock.clock === 'disclosure' && item && (
                  <DisclosurePosting conferenceId={conferenceId} item={item} change={change} />
                )}
                {number && (
                  <ReviewPanel
                    conferenceId={conferenceId}
                    number={number}
                    review={view.reviews.find((r) => r.number === number)}
                    change={change}
                  />
                )}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
