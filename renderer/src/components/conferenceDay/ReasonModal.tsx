import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';

/** Asks why before a change to the adopted resolution; the reason goes to its change log. */
export function ReasonModal({
  open,
  title,
  description,
  okText,
  busy,
  onOk,
  onCancel,
}: {
  open: boolean;
  title: string;
  description: string;
  okText: string;
  busy: boolean;
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const ok = () => reason.trim() && onOk(reason.trim());
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="Huỷ"
      okButtonProps={{ disabled: !reason.trim(), loading: busy, 'data-testid': 'reason-ok' }}
      onOk={ok}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Input.TextArea
        aria-label="Lý do"
        autoFocus
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder="VD: Sửa theo kết luận của Đoàn Chủ tịch ngày …"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
