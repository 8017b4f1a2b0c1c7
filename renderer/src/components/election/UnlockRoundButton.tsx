import { useState } from 'react';
import { Button, Input, Modal, Typography } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';

const MIN_REASON = 3;

/**
 * Unlocking a counted round is allowed but never silent: the reason is required and kept in the
 * election's log (issue 5 item 4; anchors.md lesson 1 — a reset is logged).
 */
export function UnlockRoundButton({
  round,
  busy,
  onUnlock,
}: {
  round: number;
  busy: boolean;
  onUnlock: (reason: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const ok = reason.trim().length >= MIN_REASON;
  return (
    <>
      <Button icon={<UnlockOutlined />} data-testid="unlock-round" onClick={() => setOpen(true)}>
        Mở khoá để sửa…
      </Button>
      <Modal
        open={open}
        title={`Mở khoá kết quả lần bầu thứ ${round}`}
        okText="Mở khoá"
        cancelText="Huỷ"
        okButtonProps={{ disabled: !ok, danger: true, loading: busy }}
        onOk={() => {
          onUnlock(reason.trim());
          setOpen(false);
          setReason('');
        }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          Kết quả đã khoá là căn cứ của biên bản kiểm phiếu. Mở khoá để sửa phải ghi lý do; lý do
          được lưu vào nhật ký bầu cử cùng thời điểm mở khoá.
        </Typography.Paragraph>
        <Input.TextArea
          autoFocus
          aria-label="Lý do mở khoá"
          data-testid="unlock-reason"
          placeholder="VD: Ban kiểm phiếu phát hiện phiếu số 37 ghi nhầm, kiểm lại theo đề nghị của đoàn chủ tịch"
          maxLength={300}
          rows={3}
          value={reason}
          status={reason && !ok ? 'error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
