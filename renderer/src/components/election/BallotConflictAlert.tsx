import { Alert, Button, Space, Typography } from 'antd';
import type { Team } from '../../../../core/domain/election';

/** A ballot the service refused because another window had saved the serial first. */
export interface BallotConflict {
  team: Team;
  serial: number;
  /** The service's message: what is saved, what was typed and not saved. */
  message: string;
}

/**
 * Stays on screen until dismissed — unlike the one-line feedback, which the next ballot typed
 * replaces — because the refusal arrives while the operator is already typing the ballots after
 * it. Each line opens the ballot as saved, to check it against the paper.
 */
export function BallotConflictAlert({
  conflicts,
  onShow,
  onDismiss,
}: {
  conflicts: readonly BallotConflict[];
  onShow: (conflict: BallotConflict) => void;
  onDismiss: () => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ 'aria-label': 'Đóng thông báo' }}
      onClose={onDismiss}
      data-testid="ballot-conflict"
      title={
        conflicts.length === 1
          ? 'Một phiếu đã được nhập hoặc sửa ở cửa sổ khác: phiếu vừa gõ chưa được ghi'
          : `${conflicts.length} phiếu đã được nhập hoặc sửa ở cửa sổ khác: các phiếu vừa gõ chưa được ghi`
      }
      description={
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          {conflicts.map((c) => (
            <div key={`${c.team}-${c.serial}`} data-testid="ballot-conflict-item">
              <Typography.Text>{c.message}</Typography.Text>{' '}
              <Button size="small" type="link" onClick={() => onShow(c)}>
                Xem phiếu số {c.serial} (tổ {c.team})
              </Button>
            </div>
          ))}
          <Typography.Text type="secondary">
            Danh sách đã cập nhật theo bản đã lưu. Mỗi tổ chỉ nên nhập ở một cửa sổ.
          </Typography.Text>
        </Space>
      }
    />
  );
}
