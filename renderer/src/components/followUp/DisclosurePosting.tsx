import { useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import { DISCLOSURE_FORM_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { DisclosurePostingModal } from './DisclosurePostingModal';

type Item = FollowUpViewOutput['items'][number];
type PostingState = NonNullable<Item['state']['posting']>;

/** What core says of the posting on today, as a tag: every number is core's. */
function stateTag(p: PostingState) {
  switch (p.state) {
    case 'posting':
      return (
        <Tag color="gold">
          Đang niêm yết {p.daysPosted}/{p.minDays} ngày, còn {p.daysLeft} ngày
        </Tag>
      );
    case 'kept':
      return <Tag color="green">Đã niêm yết đủ {p.minDays} ngày</Tag>;
    case 'takenDownEarly':
      return (
        <Tag color="red">
          Gỡ sớm: mới niêm yết {p.daysPosted}/{p.minDays} ngày
        </Tag>
      );
    case 'oneOff':
      return <Tag color="blue">Đã thông báo, không niêm yết</Tag>;
  }
}

/**
 * R10 on the disclosure clock: how, where and from when it was made known, whether the posting has
 * stayed up its 20 days yet (counted by core on today), and the form to record it.
 */
export function DisclosurePosting({
  conferenceId,
  item,
  change,
  withProblems = true,
}: {
  conferenceId: string;
  item: Item;
  change: FollowUpViewState['change'];
  /** The drawer shows the item's problems above, so it leaves them out here. */
  withProblems?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const posting = item.posting;
  const state = item.state.posting;
  return (
    <Space direction="vertical" size={2} data-testid="disclosure-posting">
      {posting && state ? (
        <>
          <span>
            Công khai từ ngày {formatDateVi(posting.from)}
            {posting.forms.length > 0 &&
              `: ${posting.forms.map((f) => DISCLOSURE_FORM_LABELS[f].toLowerCase()).join('; ')}`}
            {posting.where ? ` — ${posting.where}` : ''}.
          </span>
          <Space wrap size={4}>
            {stateTag(state)}
            {state.late && <Tag color="red">Công khai muộn</Tag>}
            {state.until && (
              <span>
                Niêm yết đến hết ngày {formatDateVi(state.until)}
                {posting.until ? `; đã gỡ ngày ${formatDateVi(posting.until)}` : ''}.
              </span>
            )}
          </Space>
          {withProblems &&
            item.state.problems.map((p) => (
              <Typography.Text key={p} type="danger">
                {p}
              </Typography.Text>
            ))}
        </>
      ) : (
        <Typography.Text type="secondary">Chưa ghi việc công khai, niêm yết.</Typography.Text>
      )}
      <Button size="small" onClick={() => setOpen(true)} data-testid="edit-posting">
        {posting ? 'Sửa việc niêm yết…' : 'Ghi việc niêm yết…'}
      </Button>
      <DisclosurePostingModal
        conferenceId={conferenceId}
        item={item}
        open={open}
        change={change}
        onClose={() => setOpen(false)}
      />
    </Space>
  );
}
