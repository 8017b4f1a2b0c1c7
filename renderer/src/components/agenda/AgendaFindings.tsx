import { Alert, Button, Card, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import type { ShownFinding } from './agendaShared';

/** The R7 checks of the programme; a finding about one row selects and shows that row. */
export function AgendaFindings({
  findings,
  onShow,
}: {
  findings: ShownFinding[];
  onShow: (f: ShownFinding) => void;
}) {
  return (
    <Card
      size="small"
      title="Kiểm tra theo quy định (R7)"
      styles={{ body: { maxHeight: 320, overflowY: 'auto' } }}
    >
      {findings.length === 0 ? (
        <Typography.Text type="success" data-testid="agenda-ok">
          <CheckCircleOutlined /> Chương trình có đủ các bước và đúng thứ tự của Điều 51.4.
        </Typography.Text>
      ) : (
        findings.map((f, index) => (
          <Alert
            key={`${index}-${f.message}`}
            style={{ marginBottom: 8, cursor: f.itemId ? 'pointer' : undefined }}
            showIcon
            type={f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info'}
            title={<span data-testid="agenda-finding-message">{f.message}</span>}
            description={
              <small>
                Căn cứ: {f.source}
                {f.itemId && (
                  // A real button, so the row can be reached by keyboard too (the alert itself
                  // only takes mouse clicks).
                  <Button
                    type="link"
                    size="small"
                    onClick={(e) => {
                      e.stopPropagation();
                      onShow(f);
                    }}
                    data-testid="agenda-finding-show"
                  >
                    Xem mục trong chương trình
                  </Button>
                )}
              </small>
            }
            onClick={() => onShow(f)}
            data-testid="agenda-finding"
            data-level={f.level}
          />
        ))
      )}
    </Card>
  );
}
