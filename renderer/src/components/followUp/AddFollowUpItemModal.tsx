import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import {
  RESOLUTION_SECTIONS,
  type Owner,
  type ResolutionSection,
} from '../../../../core/domain/resolution';
import { RESOLUTION_SECTION_LABELS } from '../../../../core/domain/glossary';
import type { Person } from '../../../../core/domain/person';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { IsoDateInput } from './IsoDateInput';
import { OwnerInput } from './OwnerInput';

/** A task added by hand (not in the resolution): what, which part, who, by when. */
export function AddFollowUpItemModal({
  conferenceId,
  open,
  people,
  change,
  onClose,
}: {
  conferenceId: string;
  open: boolean;
  people: readonly Person[];
  change: FollowUpViewState['change'];
  onClose: () => void;
}) {
  const [title, setTitle] = useState('');
  const [section, setSection] = useState<ResolutionSection | undefined>();
  const [owner, setOwner] = useState<Owner | undefined>();
  const [deadline, setDeadline] = useState<string | undefined>();
  // Made once per new item, so a retried save adds the item once (followUp:addItem's id).
  const [id, setId] = useState(() => crypto.randomUUID());

  const submit = async () => {
    const item = {
      id,
      title,
      ...(section ? { section } : {}),
      ...(owner ? { owner } : {}),
      ...(deadline ? { deadline } : {}),
    };
    if (await change('followUp:addItem', { conferenceId, item })) {
      setTitle('');
      setSection(undefined);
      setOwner(undefined);
      setDeadline(undefined);
      setId(crypto.randomUUID());
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title="Thêm việc cần theo dõi"
      okText="Thêm"
      cancelText="Huỷ"
      okButtonProps={{ disabled: !title.trim() }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="Nội dung công việc" required>
          <Input.TextArea
            aria-label="Nội dung công việc"
            rows={2}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Form.Item>
        <Form.Item label="Thuộc phần">
          <Select
            allowClear
            aria-label="Thuộc phần"
            placeholder="Nội dung khác"
            value={section}
            onChange={setSection}
            options={RESOLUTION_SECTIONS.map((s) => ({
              value: s,
              label: RESOLUTION_SECTION_LABELS[s],
            }))}
          />
        </Form.Item>
        <Form.Item label="Người / đơn vị phụ trách">
          <OwnerInput value={owner} onChange={setOwner} people={people} />
        </Form.Item>
        <Form.Item label="Thời hạn">
          <IsoDateInput ariaLabel="Thời hạn" value={deadline} onChange={setDeadline} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
