import { Alert, Card, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import type { ElectionFinding } from '../../../../core/domain/electionSetup';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The rules' verdicts on the election (R11–R21), each with the article it comes from: errors first
 * (they stop the vote from starting), then warnings and notes.
 */
export function ElectionFindings({
  findings,
  title = 'Kiểm tra theo quy định',
  okText,
}: {
  findings: readonly ElectionFinding[];
  title?: string;
  okText: string;
}) {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <Card size="small" title={title} data-testid="election-findings">
      {sorted.length === 0 ? (
        <Typography.Text type="success" data-testid="election-findings-ok">
          <CheckCircleOutlined /> {okText}
        </Typography.Text>
      ) : (
        sorted.map((f) => (
          <Alert
            key={f.id}
            style={{ marginBottom: 8 }}
            showIcon
            type={f.severity}
            title={f.message}
            description={<small>Căn cứ: {f.source}</small>}
            data-testid="election-finding"
            data-level={f.severity}
            data-finding={f.id}
          />
        ))
      )}
    </Card>
  );
}
