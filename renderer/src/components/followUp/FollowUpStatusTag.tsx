import { Tag } from 'antd';
import type { FollowUpStatus } from '../../../../core/domain/followUp';
import { FOLLOW_UP_STATUS_LABELS } from '../../../../core/domain/glossary';

const COLOURS: Record<FollowUpStatus, string> = {
  notStarted: 'default',
  inProgress: 'processing',
  done: 'success',
  notDone: 'error',
};

/** A follow-up item's status; "quá hạn" is shown beside it, computed in core, never a status. */
export function FollowUpStatusTag({
  status,
  overdue,
  daysLeft,
}: {
  status: FollowUpStatus;
  overdue: boolean;
  daysLeft: number | null;
}) {
  return (
    <>
      <Tag color={COLOURS[status]}>{FOLLOW_UP_STATUS_LABELS[status]}</Tag>
      {overdue && daysLeft !== null && (
        <Tag color="red" data-testid="overdue-tag">
          Quá hạn {-daysLeft} ngày
        </Tag>
      )}
    </>
  );
}
