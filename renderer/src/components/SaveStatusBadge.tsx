import { useEffect, useState } from 'react';
import { Badge, Tooltip } from 'antd';
import { format } from 'date-fns';
import type { SaveStatus } from '../../../core/contract';
import { call } from '../api';
import { usePendingWrites } from '../state/pendingWrites';

/** "Đã lưu" — the user always knows whether everything is on disk (writes are coalesced ≤ 1 s). */
export function SaveStatusBadge() {
  const [status, setStatus] = useState<SaveStatus | undefined>();
  const pageWrites = usePendingWrites();
  useEffect(() => {
    let alive = true;
    const poll = async () => {
      const result = await call('data:status', {});
      if (alive && result.ok) setStatus(result.data);
    };
    void poll();
    const timer = window.setInterval(() => void poll(), 1000);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, []);
  if (!status) return null;
  // Writes still queued in the page count too: "Đã lưu" only when the service has everything.
  if (pageWrites > 0) {
    return (
      <Badge status="processing" text={`Đang lưu… (${pageWrites})`} data-testid="save-status" />
    );
  }
  if (status.lastError) {
    return (
      <Tooltip title={status.lastError}>
        <Badge status="error" text="Chưa lưu được — xem chi tiết" />
      </Tooltip>
    );
  }
  if (status.pendingWrites > 0)
    return <Badge status="processing" text="Đang lưu…" data-testid="save-status" />;
  return (
    <span data-testid="save-status">
      <Badge
        status="success"
        text={
          status.lastSavedAt
            ? `Đã lưu lúc ${format(new Date(status.lastSavedAt), 'HH:mm:ss')}`
            : 'Dữ liệu đã được lưu'
        }
      />
    </span>
  );
}
