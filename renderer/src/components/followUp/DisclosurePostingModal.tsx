import { useState } from 'react';
import { Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { DISCLOSURE_FORMS, type DisclosureForm } from '../../../../core/domain/followUp';
import { DISCLOSURE_FORM_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { IsoDateInput } from './IsoDateInput';

type Item = FollowUpViewOutput['items'][number];

interface Draft {
  from: string | undefined;
  until: string | undefined;
  where: string;
  forms: DisclosureForm[];
}

const draftOf = (item: Item): Draft => ({
  from: item.posting?.from,
  until: item.posting?.until,
  where: item.posting?.where ?? '',
  forms: item.posting?.forms ?? [],
});

/**
 * R10: how the disclosure was made known (Luật 10/2022/QH15 Điều 47: one or several forms), where,
 * from which day, and — once it came down — until which day. Core checks the dates, marks the
 * disclosure done on the day it went up and counts the 20 days of Điều 48.
 */
export function DisclosurePostingModal({
  conferenceId,
  item,
  open,
  change,
  onClose,
}: {
  conferenceId: string;
  item: Item;
  open: boolean;
  change: FollowUpViewState['change'];
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setDraft(draftOf(item));
  }
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    if (!draft.from) return;
    const posting = {
      from: draft.from,
      ...(draft.until ? { until: draft.until } : {}),
      where: draft.where,
      forms: draft.forms,
    };
    const ok = await change('followUp:updateItem', {
      conferenceId,
      itemId: item.id,
      changes: { posting },
    });
    if (ok) onClose();
  };

  return (
    <Modal
      open={open}
      title="Công khai, niêm yết (Điều 47–48)"
      okText="Lưu"
      cancelText="Huỷ"
      okButtonProps={{ disabled: !draft.from || draft.forms.length === 0 }}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="Hình thức công khai" required>
          <Checkbox.Group
            aria-label="Hình thức công khai"
            data-testid="disclosure-forms"
            value={draft.forms}
            onChange={(forms) => set({ forms: forms as DisclosureForm[] })}
          >
            <Space direction="vertical" size={2}>
              {DISCLOSURE_FORMS.map((f) => (
                <Checkbox key={f} value={f}>
                  {DISCLOSURE_FORM_LABELS[f]}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label="Nơi niêm yết, đăng tải">
          <Input
            aria-label="Nơi niêm yết, đăng tải"
            placeholder="vd. Bảng tin tầng 1; trang thông tin nội bộ"
            value={draft.where}
            onChange={(e) => set({ where: e.target.value })}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label="Ngày bắt đầu niêm yết" required>
            <IsoDateInput
              ariaLabel="Ngày bắt đầu niêm yết"
              value={draft.from}
              onChange={(from) => set({ from })}
            />
          </Form.Item>
          <Form.Item label="Ngày gỡ (nếu đã gỡ)">
            <IsoDateInput
              ariaLabel="Ngày gỡ niêm yết"
              value={draft.until}
              onChange={(until) => set({ until })}
            />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          Niêm yết tại trụ sở hoặc đăng trên trang thông tin phải giữ đủ số ngày liên tục của Điều
          48 (không tính ngày bắt đầu): ứng dụng tính ngày được gỡ khi lưu.
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
