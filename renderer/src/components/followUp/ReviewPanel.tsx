import { useState } from 'react';
import { Button, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { IsoDateInput } from './IsoDateInput';

type ReviewView = FollowUpViewOutput['reviews'][number];

/**
 * One six-monthly review (Luật 10/2022/QH15 Điều 52.3). "Chốt số liệu" freezes the items as they
 * stand today, so the report (D21) and the notice to all staff do not move with later edits; the
 * overall assessment the report prints is written and saved until the review is issued; "Đã thông
 * báo toàn thể" records the notice and locks the review — its assessment is then shown, frozen
 * (core refuses any change).
 */
export function ReviewPanel({
  conferenceId,
  number,
  review,
  change,
}: {
  conferenceId: string;
  number: 1 | 2;
  review: ReviewView | undefined;
  change: FollowUpViewState['change'];
}) {
  const [notice, setNotice] = useState<{ on?: string; number: string }>({ number: '' });
  const [summary, setSummary] = useState(review?.summary ?? '');
  const [saving, setSaving] = useState(false);
  // A new answer with another saved text (saved here, or re-taken) replaces the draft; any other
  // answer keeps what is being typed. Done during render as React recommends.
  const [seen, setSeen] = useState(review?.summary);
  if (review?.summary !== seen) {
    setSeen(review?.summary);
    setSummary(review?.summary ?? '');
  }

  const saveSummary = async () => {
    setSaving(true);
    await change('followUp:saveReview', { conferenceId, number, summary });
    setSaving(false);
  };

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap>
        {review && (
          <Tag color={review.issued ? 'green' : 'blue'} style={{ whiteSpace: 'normal' }}>
            Đã chốt số liệu ngày {formatDateVi(review.asOf)}: {review.totals.total} việc,{' '}
            {review.totals.byStatus.done} hoàn thành
            {review.issued && review.notifiedOn
              ? `; đã thông báo ngày ${formatDateVi(review.notifiedOn)}`
              : ''}
          </Tag>
        )}
        {!review?.issued && (
          <Popconfirm
            title={`Chốt số liệu kiểm tra lần ${number} theo tình trạng hôm nay?`}
            description="Báo cáo và thông báo sẽ in đúng số liệu đã chốt, dù sau này có sửa."
            okText="Chốt"
            cancelText="Huỷ"
            onConfirm={() => void change('followUp:takeReview', { conferenceId, number })}
          >
            <Button size="small" data-testid={`take-review-${number}`}>
              {review ? 'Chốt lại số liệu' : 'Chốt số liệu kiểm tra 6 tháng'}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {review && !review.issued && (
        <>
          <Input.TextArea
            aria-label={`Đánh giá chung lần ${number}`}
            placeholder="Đánh giá chung về việc thực hiện nghị quyết (in trong báo cáo kiểm tra, đánh giá)"
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={20000}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          <Space wrap>
            <Button
              size="small"
              type="primary"
              disabled={summary === review.summary}
              loading={saving}
              onClick={() => void saveSummary()}
              data-testid={`save-review-summary-${number}`}
            >
              Lưu đánh giá
            </Button>
            {summary !== review.summary && (
              <Typography.Text type="warning">Đánh giá chưa lưu.</Typography.Text>
            )}
          </Space>
          <Space.Compact>
            <IsoDateInput
              ariaLabel={`Ngày thông báo lần ${number}`}
              value={notice.on}
              onChange={(on) => setNotice({ ...notice, on })}
            />
            <Input
              aria-label={`Số thông báo lần ${number}`}
              placeholder="Số thông báo"
              style={{ width: 140 }}
              value={notice.number}
              onChange={(e) => setNotice({ ...notice, number: e.target.value })}
            />
            <Button
              size="small"
              disabled={!notice.on || summary !== review.summary}
              title={
                summary !== review.summary
                  ? 'Hãy lưu đánh giá trước khi thông báo: sau khi thông báo không sửa được.'
                  : undefined
              }
              onClick={() =>
                notice.on &&
                void change('followUp:issueReview', {
                  conferenceId,
                  number,
                  notifiedOn: notice.on,
                  noticeNumber: notice.number,
                })
              }
            >
              Đã thông báo toàn thể
            </Button>
          </Space.Compact>
        </>
      )}
      {review?.issued && (
        <div data-testid={`review-summary-${number}`}>
          {review.summary ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              <b>Đánh giá chung:</b> {review.summary}
            </Typography.Paragraph>
          ) : null}
          <Typography.Text type="secondary">
            Đã thông báo kết quả: số liệu và đánh giá đã chốt, không sửa được.
          </Typography.Text>
        </div>
      )}
    </Space>
  );
}
