import { useEffect, useState } from 'react';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { format, parseISO } from 'date-fns';
import type { JournalEntry } from '../../state/editJournal';
import {
  editJournal,
  discardLeftBehind,
  entryText,
  recoverEdits,
  type RecoveryReport,
} from '../../state/journalSync';

function clock(iso: string): string {
  try {
    return format(parseISO(iso), 'HH:mm:ss');
  } catch {
    return '';
  }
}

/**
 * After a crash (the page, the window or the service), what was typed but never written is sent
 * again when the conference opens (journalSync.ts) — and the user is told, with what came back.
 * What the service refused (its agenda item was deleted…) stays on screen with its text, to be
 * copied elsewhere, until the user lets it go.
 */
export function RestoredEditsNotice({ conferenceId }: { conferenceId: string }) {
  const [report, setReport] = useState<RecoveryReport | undefined>();
  const [closed, setClosed] = useState(false);
  const [dropped, setDropped] = useState<ReadonlySet<JournalEntry>>(new Set());
  // Read once: a browser that refuses storage (private mode, full) keeps refusing.
  const [journalAvailable] = useState(() => editJournal.available);

  useEffect(() => {
    let alive = true;
    void recoverEdits(conferenceId).then((r) => alive && setReport(r));
    return () => {
      alive = false;
    };
  }, [conferenceId]);

  if (!report) return null;
  const failed = report.failed.filter((f) => !dropped.has(f.entry));
  if (journalAvailable && report.restored.length === 0 && failed.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {!journalAvailable && (
        <Alert
          type="warning"
          showIcon
          title="Trình duyệt này không cho giữ bản tạm trên máy"
          description="Nội dung vẫn được lưu vào ứng dụng sau mỗi lần ngừng gõ, nhưng nếu ứng dụng bị tắt đột ngột thì những chữ gõ trong giây cuối có thể mất. Hãy dùng cửa sổ thường (không ẩn danh) của trình duyệt."
        />
      )}
      {report.restored.length > 0 && !closed && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setClosed(true)}
          data-testid="restored-notice"
          title="Đã khôi phục nội dung chưa lưu"
          description={
            <>
              Lần làm việc trước kết thúc đột ngột (mất điện, tắt cửa sổ hoặc ứng dụng bị dừng)
              trước khi kịp lưu. Nội dung đã gõ được giữ trên máy này và nay đã được lưu lại:
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {report.restored.map((e) => (
                  <li key={`${e.key}-${e.seq}`}>
                    {e.label} (gõ lúc {clock(e.at)})
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {failed.map(({ entry, message }) => (
        <Alert
          key={`${entry.key}-${entry.seq}`}
          type="warning"
          showIcon
          data-testid="restore-failed"
          title={`Chưa khôi phục được: ${entry.label} (gõ lúc ${clock(entry.at)})`}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text>{message}</Typography.Text>
              <Input.TextArea readOnly value={entryText(entry)} autoSize={{ maxRows: 8 }} />
              <Typography.Text type="secondary">
                Nội dung vẫn được giữ trên máy này. Hãy sao chép sang chỗ khác rồi mới bỏ, hoặc mở
                lại sau khi ứng dụng chạy lại.
              </Typography.Text>
            </Space>
          }
          action={
            <Button
              size="small"
              danger
              onClick={() => {
                discardLeftBehind(entry);
                setDropped((d) => new Set([...d, entry]));
              }}
            >
              Bỏ nội dung này
            </Button>
          }
        />
      ))}
    </Space>
  );
}
