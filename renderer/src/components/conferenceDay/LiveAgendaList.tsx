import { Button, Tag, Tooltip, Typography } from 'antd';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import { minutesText } from './dayFormat';

type LiveItem = ProceedingsView['liveAgenda']['items'][number];

const STATUS_TAGS: Record<LiveItem['status'], { color: string; text: string }> = {
  done: { color: 'default', text: 'Đã xong' },
  current: { color: 'processing', text: 'Đang diễn ra' },
  upcoming: { color: 'default', text: 'Chưa đến' },
  skipped: { color: 'warning', text: 'Bỏ qua' },
};

/** "08:00–08:05". */
function range(start: string | null, end: string | null): string {
  if (!start) return '—';
  return end ? `${start}–${end}` : `${start}–…`;
}

/**
 * The programme as it runs: each item's planned slot beside its real start and end (liveAgenda),
 * the running one highlighted. Any item can be started from here (the chair skipped or went back);
 * moving records the times.
 */
export function LiveAgendaList({
  view,
  busy,
  onMoveTo,
}: {
  view: ProceedingsView['liveAgenda'];
  busy: boolean;
  onMoveTo: (itemId: string) => void;
}) {
  return (
    <ol
      data-testid="live-agenda"
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' }}
    >
      {view.items.map((item) => {
        const current = item.status === 'current';
        const over = item.overrunMinutes !== null && item.overrunMinutes > 0;
        return (
          <li
            key={item.id}
            data-testid="live-agenda-item"
            data-status={item.status}
            aria-current={current ? 'step' : undefined}
            style={{
              display: 'grid',
              gridTemplateColumns: '28px 1fr auto',
              gap: 6,
              alignItems: 'center',
              padding: '5px 6px',
              borderBottom: '1px solid #f0f0f0',
              background: current ? '#e6f4ff' : undefined,
              fontWeight: current ? 600 : 400,
              opacity: item.status === 'done' ? 0.75 : 1,
            }}
          >
            <span style={{ textAlign: 'right' }}>{item.number}.</span>
            <span style={{ minWidth: 0 }}>
              <span style={{ display: 'block' }}>{item.title}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                Dự kiến {range(item.plannedStart, item.plannedEnd)} (
                {minutesText(item.plannedMinutes)})
                {item.actualStart && (
                  <>
                    {' · '}
                    <span style={{ color: over ? '#cf1322' : '#389e0d' }}>
                      Thực tế {range(item.actualStart, item.actualEnd)}
                      {item.actualMinutes !== null && ` (${minutesText(item.actualMinutes)})`}
                    </span>
                  </>
                )}
              </Typography.Text>
            </span>
            <span style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
              {item.status !== 'upcoming' && (
                <Tag color={STATUS_TAGS[item.status].color} style={{ marginInlineEnd: 0 }}>
                  {STATUS_TAGS[item.status].text}
                </Tag>
              )}
              {!current && (
                <Tooltip
                  title={
                    item.status === 'done'
                      ? 'Quay lại mục này (giờ bắt đầu lần đầu được giữ)'
                      : 'Chuyển sang mục này (ghi giờ kết thúc mục đang diễn ra)'
                  }
                >
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={`Chuyển sang mục ${item.number}`}
                    onClick={() => onMoveTo(item.id)}
                  >
                    {item.status === 'done' ? 'Quay lại' : 'Bắt đầu'}
                  </Button>
                </Tooltip>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
