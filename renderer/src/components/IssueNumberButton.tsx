import { useState } from 'react';
import { App, Button, InputNumber, Popover, Space, Typography } from 'antd';
import { NumberOutlined } from '@ant-design/icons';
import type { DocumentId } from '../../../core/documents/documentContext';
import { call } from '../api';

/**
 * "Cấp số": takes the next number of the year from the unit's register (R25), or a number the user
 * types (continuing a paper register). A number is never issued twice; the service says why not.
 * A Ban TTND document (D22) is numbered for the record it prints: `record`, or its latest.
 */
export function IssueNumberButton({
  conferenceId,
  documentId,
  record,
  onIssued,
}: {
  conferenceId: string;
  documentId: DocumentId;
  record?: string;
  onIssued: (numberText: string) => void;
}) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [override, setOverride] = useState<number | null>(null);

  const issue = async () => {
    const result = await call('documents:issueNumber', {
      conferenceId,
      id: documentId,
      ...(record !== undefined ? { record } : {}),
      ...(override ? { override } : {}),
    });
    if (!result.ok) {
      modal.error({ title: 'Không cấp được số', content: result.error.message });
      return;
    }
    setOpen(false);
    message.success(`Đã cấp ${result.data.numberText}.`);
    onIssued(result.data.numberText);
  };

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="Cấp số văn bản"
      content={
        <Space direction="vertical">
          <Typography.Text type="secondary">
            Để trống để lấy số tiếp theo trong năm.
          </Typography.Text>
          <InputNumber
            aria-label="Số văn bản"
            min={1}
            placeholder="Số tiếp theo"
            value={override}
            onChange={(v) => setOverride(v)}
          />
          <Button
            type="primary"
            onClick={() => void issue()}
            data-testid={`issue-number-confirm-${documentId}`}
          >
            Cấp số
          </Button>
        </Space>
      }
    >
      <Button icon={<NumberOutlined />} data-testid={`issue-number-${documentId}`}>
        Cấp số
      </Button>
    </Popover>
  );
}
