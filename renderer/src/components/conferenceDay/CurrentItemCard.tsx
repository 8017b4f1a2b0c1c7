import { Button, Space, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import { minutesText } from './dayFormat';

type Live = ProceedingsView['liveAgenda'];

/**
 * The item running, in large type, with what comes next and the time: planned slot, when it really
 * started, how long it has run and what is left of its planned minutes. Moving on (button or
 * Alt+→) records the end of this item and the start of the next; Alt+← goes back.
 */
export function CurrentItemCard({
  live,
  presenter,
  closedAt,
  busy,
  onMove,
}: {
  live: Live;
  /** Who presents the running item, as the programme names them. */
  presenter: string | undefined;
  closedAt: string | undefined;
  busy: boolean;
  onMove: (itemId: string | null) => void;
}) {
  const current = live.items.find((i) => i.id === live.currentId);
  const next = live.items.find((i) => i.id === live.nextId);
  const previous = current
    ? [...live.items].reverse().find((i) => i.number < current.number)
    : undefined;
  const total = live.items.length;

  if (!current) {
    return (
      <div data-testid="current-item">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {closedAt
            ? `Hội nghị đã bế mạc lúc ${closedAt}`
            : live.items.some((i) => i.actualStart)
              ? 'Đang giữa hai mục'
              : 'Hội nghị chưa bắt đầu'}
        </Typography.Title>
        {next && (
          <Button
            type="primary"
            size="large"
            icon={<PlayCircleOutlined />}
            disabled={busy}
            onClick={() => onMove(next.id)}
            data-testid="start-next"
          >
            Bắt đầu mục {next.number}: {next.title}
          </Button>
        )}
      </div>
    );
  }

  const remaining = live.currentRemainingMinutes;
  return (
    <div data-testid="current-item">
      <Typography.Text type="secondary">
        Mục {current.number}/{total} · dự kiến {current.plannedStart ?? '—'}–
        {current.plannedEnd ?? '—'} ({minutesText(current.plannedMinutes)})
      </Typography.Text>
      <Typography.Title level={3} style={{ margin: '2px 0 4px' }} data-testid="current-item-title">
        {current.title}
      </Typography.Title>
      {presenter && <div style={{ fontSize: 15, marginBottom: 4 }}>Trình bày: {presenter}</div>}
      <div style={{ fontSize: 15 }} data-testid="current-item-time">
        Bắt đầu lúc <b>{current.actualStart}</b> · đã {minutesText(live.currentElapsedMinutes ?? 0)}
        {remaining !== null && (
          <span style={{ color: remaining < 0 ? '#cf1322' : undefined, fontWeight: 600 }}>
            {' · '}
            {remaining < 0 ? `quá giờ ${minutesText(remaining)}` : `còn ${minutesText(remaining)}`}
          </span>
        )}
      </div>
      <Space wrap style={{ marginTop: 10 }}>
        <Tooltip title="Alt+← : quay lại mục trước">
          <Button
            icon={<ArrowLeftOutlined />}
            disabled={busy || !previous}
            onClick={() => previous && onMove(previous.id)}
            data-testid="move-previous"
          >
            Mục trước
          </Button>
        </Tooltip>
        {next ? (
          <Tooltip title="Alt+→ : kết thúc mục này, bắt đầu mục tiếp theo">
            <Button
              type="primary"
              size="large"
              disabled={busy}
              onClick={() => onMove(next.id)}
              data-testid="move-next"
            >
              Tiếp theo: {next.number}. {next.title} <ArrowRightOutlined />
            </Button>
          </Tooltip>
        ) : (
          <Button
            type="primary"
            size="large"
            disabled={busy}
            onClick={() => onMove(null)}
            data-testid="end-item"
          >
            Kết thúc mục cuối cùng
          </Button>
        )}
      </Space>
      {next?.plannedStart && (
        <div style={{ marginTop: 6, color: '#6b7280' }}>
          Mục tiếp theo dự kiến bắt đầu lúc {next.plannedStart}.
        </div>
      )}
    </div>
  );
}
