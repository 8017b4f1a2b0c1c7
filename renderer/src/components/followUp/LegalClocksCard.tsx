import { useState } from 'react';
import { Button, Card, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import { LEGAL_CLOCK_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { FollowUpStatusTag } from './FollowUpStatusTag';
import { IsoDateInput } from './IsoDateInput';

const REVIEW_OF = { firstReview: 1, secondReview: 2 } as const;

/**
 * The clocks of the Law created on adoption (R9, R10) with their dates and sources, and the two
 * six-monthly reviews (Điều 52.3): "Chốt số liệu" freezes the items as they stand today, so the
 * report (D21) and the notice to all staff do not move with later edits; "Đã thông báo" locks it.
 */
export function LegalClocksCard({
  view,
  change,
}: {
  view: FollowUpViewOutput;
  change: FollowUpViewState['change'];
}) {
  const [notice, setNotice] = useState<Record<number, { on?: string; number: string }>>({});
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
          const review = number ? view.reviews.find((r) => r.number === number) : undefined;
          const draft = number ? (notice[number] ?? { number: '' }) : undefined;
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
                {item?.state.postingUntil && (
                  <span>Niêm yết đến hết ngày {formatDateVi(item.state.postingUntil)}.</span>
                )}
                {number && (
                  <Space wrap>
                    {review ? (
                      <Tag color={review.issued ? 'green' : 'blue'}>
                        Đã chốt số liệu ngày {formatDateVi(review.asOf)}: {review.totals.total}{' '}
                        việc, {review.totals.byStatus.done} hoàn thành
                        {review.issued && review.notifiedOn
                          ? `; đã thông báo ngày ${formatDateVi(review.notifiedOn)}`
                          : ''}
                      </Tag>
                    ) : null}
                    {!review?.issued && (
                      <Popconfirm
                        title={`Chốt số liệu kiểm tra lần ${number} theo tình trạng hôm nay?`}
                        description="Báo cáo và thông báo sẽ in đúng số liệu đã chốt, dù sau này có sửa."
                        okText="Chốt"
                        cancelText="Huỷ"
                        onConfirm={() =>
                          void change('followUp:takeReview', { conferenceId, number })
                        }
                      >
                        <Button size="small" data-testid={`take-review-${number}`}>
                          {review ? 'Chốt lại số liệu' : 'Chốt số liệu kiểm tra 6 tháng'}
                        </Button>
                      </Popconfirm>
                    )}
                    {review && !review.issued && draft && (
                      <Space.Compact>
                        <IsoDateInput
                          ariaLabel={`Ngày thông báo lần ${number}`}
                          value={draft.on}
                          onChange={(on) => setNotice({ ...notice, [number]: { ...draft, on } })}
                        />
                        <Input
                          aria-label={`Số thông báo lần ${number}`}
                          placeholder="Số thông báo"
                          style={{ width: 140 }}
                          value={draft.number}
                          onChange={(e) =>
                            setNotice({ ...notice, [number]: { ...draft, number: e.target.value } })
                          }
                        />
                        <Button
                          size="small"
                          disabled={!draft.on}
                          onClick={() =>
                            draft.on &&
                            void change('followUp:issueReview', {
                              conferenceId,
                              number,
                              notifiedOn: draft.on,
                              noticeNumber: draft.number,
                            })
                          }
                        >
                          Đã thông báo toàn thể
                        </Button>
                      </Space.Compact>
                    )}
                  </Space>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
